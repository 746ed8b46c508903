const KEY_PREFIX = 'react-connected-apps/connected-app/';

/**
 * The SWR cache key of one (organization, app) pair: use it for SWR's `fallback` (server rendering) and
 * `mutate` (refresh from outside). Holds every input of the request, so two pairs never share an entry.
 *
 * @example
 * <SWRConfig value={{ fallback: { [connectedAppKey(orgId, appId)]: app } }}>
 */
export function connectedAppKey(organizationId: string, connectedAppId: string): string {
  return `${KEY_PREFIX}${encodeURIComponent(organizationId)}/${encodeURIComponent(connectedAppId)}`;
}

/**
 * True for any key this library caches under. On sign-out, drop every connected app the last member saw
 * (the cache is not keyed by member):
 *
 * @example
 * mutate(isConnectedAppKey, undefined, { revalidate: false })
 */
export function isConnectedAppKey(key: unknown): boolean {
  return typeof key === 'string' && key.startsWith(KEY_PREFIX);
}

/**
 * The pair a {@link connectedAppKey} was made from. Only for keys `useConnectedApp` made itself: each id
 * was encoded whole, so neither holds a `/`.
 */
export function readConnectedAppKey(key: string): { organizationId: string; connectedAppId: string } {
  const [organization = '', app = ''] = key.slice(KEY_PREFIX.length).split('/');
  return { organizationId: decodeURIComponent(organization), connectedAppId: decodeURIComponent(app) };
}
