// Sample data shared by the emulator's seed and the testing kit (which exports it to customers). It lives
// in core, below both, so the shipped emulator does not depend on the test kit.
export {
  makeActiveMember,
  makeActiveMembers,
  makeConnectedApp,
  makeConnectedAppError,
  makeMembersDirectory,
  makeOrganizationMember,
} from './factories';
export { FIXTURE_ORGANIZATION_ID, fixtureApps, fixtureScopePolicy, highRiskApp, makeLargeApp } from './fixtures';
