'use client';
import { useCallback } from 'react';
import { callTransport } from '../core/transport';
import type { ConnectedApp } from '../core/types';
import { isBlankId } from '../core/wire/ids';
import { connectedAppKey, readConnectedAppKey } from './connected-app-key';
import { useConnectedAppsContext } from './context';
import type { ResourceOptions, ResourceState } from './resource-state';
import { useResource } from './use-resource';

/**
 * What {@link useConnectedApp} returns, narrowed by `status`:
 * - `idle`: an id is missing or blank, or `revalidateOnMount` is `false` and nothing is cached: nothing is
 *   requested until `refresh()` (or SWR by itself: focus, reconnect, a `mutate` of the key) starts a request;
 * - `loading`: the first answer is on its way;
 * - `success`: `data` is the app;
 * - `error`: `error` says why; `data` is the last good answer when a refresh failed for a passing reason
 *   (rate limit, server, network, timeout, invalid answer), never after 401, 403 or 404: access or the app
 *   is gone, so its data must not stay on screen. `retryAt` is when the hook retries by itself.
 */
export type ConnectedAppState = ResourceState<ConnectedApp>;

/** Options of one {@link useConnectedApp} call, over the provider's. */
export type UseConnectedAppOptions = ResourceOptions<ConnectedApp>;

/**
 * Fetches one Connected App of one Organization through the provider's transport, cached and
 * deduplicated by SWR: many components asking for the same pair make one request.
 *
 * @example
 * const app = useConnectedApp(orgId, appId)
 * if (app.status === 'success') return <h2>{app.data.name}</h2>
 */
export function useConnectedApp(
  orgId: string | null | undefined,
  appId: string | null | undefined,
  options?: UseConnectedAppOptions,
): ConnectedAppState {
  const { transport } = useConnectedAppsContext('useConnectedApp');
  const key = isBlankId(orgId) || isBlankId(appId) ? null : connectedAppKey(orgId, appId);
  const fetch = useCallback(
    (requestKey: string) => callTransport(transport, 'getConnectedApp', readConnectedAppKey(requestKey)),
    [transport],
  );
  return useResource('useConnectedApp', key, fetch, options);
}
