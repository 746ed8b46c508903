/** Every SWR key this library caches under starts with this. */
const LIBRARY_PREFIX = 'react-connected-apps/';
const KEY_PREFIX = `${LIBRARY_PREFIX}connected-app/`;
const APPS_PREFIX = `${LIBRARY_PREFIX}connected-apps/`;
const MEMBER_APPS_PREFIX = `${LIBRARY_PREFIX}member-connected-apps/`;

/** Each id encoded whole, so none holds a `/` and two id lists never make the same key. */
function join(prefix: string, ids: readonly string[]): string {
  return prefix + ids.map(encodeURIComponent).join('/');
}

function split(key: string, prefix: string): string[] {
  return key.slice(prefix.length).split('/').map(decodeURIComponent);
}

/**
 * The SWR cache key of one (organization, app) pair: use it for SWR's `fallback` (server rendering) and
 * `mutate` (refresh from outside). Holds every input of the request, so two pairs never share an entry.
 *
 * @example
 * <SWRConfig value={{ fallback: { [connectedAppKey(orgId, appId)]: app } }}>
 */
export function connectedAppKey(organizationId: string, connectedAppId: string): string {
  return join(KEY_PREFIX, [organizationId, connectedAppId]);
}

/**
 * The SWR cache key of an Organization's list of Connected Apps (`useConnectedApps`).
 *
 * @example
 * mutate(connectedAppsKey(orgId))
 */
export function connectedAppsKey(organizationId: string): string {
  return join(APPS_PREFIX, [organizationId]);
}

/**
 * The SWR cache key of one Member's Connected Apps (`useMemberConnectedApps`).
 *
 * @example
 * mutate(memberConnectedAppsKey(orgId, memberId))
 */
export function memberConnectedAppsKey(organizationId: string, memberId: string): string {
  return join(MEMBER_APPS_PREFIX, [organizationId, memberId]);
}

/**
 * True for any key this library caches under. On sign-out, drop everything the last member saw (the cache
 * is not keyed by member):
 *
 * @example
 * mutate(isConnectedAppKey, undefined, { revalidate: false })
 */
export function isConnectedAppKey(key: unknown): boolean {
  return typeof key === 'string' && key.startsWith(LIBRARY_PREFIX);
}

/**
 * The pair a {@link connectedAppKey} was made from. Only for keys `useConnectedApp` made itself: each id
 * was encoded whole, so neither holds a `/`.
 */
export function readConnectedAppKey(key: string): { organizationId: string; connectedAppId: string } {
  const [organizationId = '', connectedAppId = ''] = split(key, KEY_PREFIX);
  return { organizationId, connectedAppId };
}

/** The organization a {@link connectedAppsKey} was made from. */
export function readConnectedAppsKey(key: string): { organizationId: string } {
  const [organizationId = ''] = split(key, APPS_PREFIX);
  return { organizationId };
}

/** The pair a {@link memberConnectedAppsKey} was made from. */
export function readMemberConnectedAppsKey(key: string): { organizationId: string; memberId: string } {
  const [organizationId = '', memberId = ''] = split(key, MEMBER_APPS_PREFIX);
  return { organizationId, memberId };
}

/** True for a {@link memberConnectedAppsKey} of `organizationId` (any member). */
export function isMemberConnectedAppsKeyOf(key: unknown, organizationId: string): boolean {
  return typeof key === 'string' && key.startsWith(`${MEMBER_APPS_PREFIX}${encodeURIComponent(organizationId)}/`);
}
