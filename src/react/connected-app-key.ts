/**
 * The SWR cache key of one (organization, app) pair: use it for SWR's `fallback` (server rendering) and
 * `mutate` (refresh from outside). Holds every input of the request, so two pairs never share an entry.
 *
 * @example
 * <SWRConfig value={{ fallback: { [connectedAppKey(orgId, appId)]: app } }}>
 */
export function connectedAppKey(organizationId: string, connectedAppId: string): string {
  return `react-connected-apps/connected-app/${encodeURIComponent(organizationId)}/${encodeURIComponent(connectedAppId)}`;
}
