export {
  createMemoryTransport,
  type MemoryFixtures,
  type MemoryScriptStep,
  type MemoryTransport,
  type MemoryTransportOptions,
} from '../core/memory-transport';
export {
  FIXTURE_ORGANIZATION_ID,
  fixtureApps,
  fixtureScopePolicy,
  highRiskApp,
  makeActiveMember,
  makeActiveMembers,
  makeConnectedApp,
  makeConnectedAppError,
  makeLargeApp,
  makeMembersDirectory,
  makeOrganizationMember,
} from '../core/samples/index';
export { toStytchError, toStytchResponse } from './wire';
