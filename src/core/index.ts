export { ConnectedAppError, type ConnectedAppErrorInit, isConnectedAppError, toConnectedAppError } from './error';
export { ConnectedAppErrorCode, codeForStatus } from './error-codes';
export {
  csvCell,
  type ExportedMember,
  type ExportMembersOptions,
  exportedMembers,
  exportMembers,
} from './export-members';
export { createFetchTransport, type FetchTransportOptions } from './fetch-transport';
export {
  createMemoryTransport,
  type MemoryFixtures,
  type MemoryScriptStep,
  type MemoryTransport,
  type MemoryTransportCall,
  type MemoryTransportOptions,
} from './memory-transport';
export {
  parseConnectedApp,
  parseConnectedApps,
  parseMemberConnectedApps,
  parseRevokeResult,
} from './parse-connected-app';
export { parseMembersPage, parseScopePolicy } from './parse-members';
export { parseRetryAfter } from './retry-after';
export { type RetryPolicy, retryDelay } from './retry-policy';
export { SCOPE_RISK_ORDER, type ScopeRisk, scopeRisk } from './scope-risk';
export { describeScope, type ScopeDescription, standardScopes, uniqueScopes } from './scopes';
export { type CompleteTransport, type ConnectedAppTransport, callTransport, type TransportMethod } from './transport';
export type {
  ActiveMember,
  ClientType,
  ConnectedApp,
  ConnectedAppRequest,
  ConnectedAppsRequest,
  KnownClientType,
  MemberConnectedApp,
  MemberConnectedAppsRequest,
  MembersPage,
  MembersSearchRequest,
  OrganizationConnectedApp,
  OrganizationMember,
  RevokeConnectedAppRequest,
  RevokeConnectedAppResult,
  ScopeDefinition,
  ScopePermission,
  ScopePolicyRequest,
} from './types';
export { connectedAppPath, errorFromResponse, isBlankId } from './wire/index';
