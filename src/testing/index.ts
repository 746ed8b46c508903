export {
  createMemoryTransport,
  type MemoryFixtures,
  type MemoryScriptStep,
  type MemoryTransport,
  type MemoryTransportOptions,
} from '../core/memory-transport';
export { makeActiveMember, makeActiveMembers, makeConnectedApp, makeConnectedAppError } from './factories';
export { FIXTURE_ORGANIZATION_ID, fixtureApps, makeLargeApp } from './fixtures';
export { toStytchError, toStytchResponse } from './wire';
