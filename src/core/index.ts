export { ConnectedAppError, type ConnectedAppErrorInit, isConnectedAppError, toConnectedAppError } from './error';
export { ConnectedAppErrorCode, codeForStatus } from './error-codes';
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
export { parseRetryAfter } from './retry-after';
export { type RetryPolicy, retryDelay } from './retry-policy';
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
  OrganizationConnectedApp,
  RevokeConnectedAppRequest,
  RevokeConnectedAppResult,
} from './types';
export { connectedAppPath, errorFromResponse, isBlankId } from './wire/index';
