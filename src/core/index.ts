export { connectedAppPath, isBlankId } from './connected-app-path';
export { ConnectedAppError, type ConnectedAppErrorInit, isConnectedAppError, toConnectedAppError } from './error';
export { ConnectedAppErrorCode, codeForStatus } from './error-codes';
export { createFetchTransport, type FetchTransportOptions } from './fetch-transport';
export {
  createMemoryTransport,
  type MemoryFixtures,
  type MemoryScriptStep,
  type MemoryTransport,
  type MemoryTransportOptions,
} from './memory-transport';
export { parseConnectedApp } from './parse-connected-app';
export { errorFromResponse } from './parse-error-body';
export { parseRetryAfter } from './retry-after';
export { type RetryPolicy, retryDelay } from './retry-policy';
export { describeScope, type ScopeDescription, standardScopes, uniqueScopes } from './scopes';
export type { ConnectedAppTransport } from './transport';
export type { ActiveMember, ClientType, ConnectedApp, ConnectedAppRequest, KnownClientType } from './types';
