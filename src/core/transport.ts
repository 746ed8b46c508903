import type { ConnectedApp, ConnectedAppRequest } from './types';

/**
 * How the hook gets a Connected App: over HTTP from your server ({@link createFetchTransport}), from
 * memory in tests and stories ({@link createMemoryTransport}), or anything you write.
 * It resolves to validated data (see `parseConnectedApp`) or rejects with a `ConnectedAppError`;
 * anything else it throws is treated as a NETWORK error.
 */
export interface ConnectedAppTransport {
  getConnectedApp(request: ConnectedAppRequest): Promise<ConnectedApp>;
}
