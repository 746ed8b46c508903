import { useCallback, useMemo } from 'react';
import useSWR, { type SWRConfiguration } from 'swr';
import { isBlankId } from '../core/connected-app-path';
import { type ConnectedAppError, toConnectedAppError } from '../core/error';
import { retryDelay } from '../core/retry-policy';
import type { ConnectedApp } from '../core/types';
import { connectedAppKey } from './connected-app-key';
import { useConnectedAppsContext } from './context';

interface StateBase {
  /** True while a request for this app is in flight (first load, refresh or retry). */
  isValidating: boolean;
  /** Fetches again now; resolves when done (errors land in the state, not in the promise). */
  refresh: () => Promise<void>;
}

/**
 * What {@link useConnectedApp} returns, narrowed by `status`:
 * - `idle`: an id is missing or blank, nothing is requested;
 * - `loading`: the first answer is on its way;
 * - `success`: `data` is the app;
 * - `error`: `error` says why; `data` is the last good answer when a refresh failed.
 */
export type ConnectedAppState =
  | (StateBase & { status: 'idle'; data: undefined; error: undefined })
  | (StateBase & { status: 'loading'; data: undefined; error: undefined })
  | (StateBase & { status: 'success'; data: ConnectedApp; error: undefined })
  | (StateBase & { status: 'error'; data: ConnectedApp | undefined; error: ConnectedAppError });

/** Options of one {@link useConnectedApp} call, over the provider's. */
export type UseConnectedAppOptions = Pick<
  SWRConfiguration<ConnectedApp, ConnectedAppError>,
  | 'refreshInterval'
  | 'revalidateOnFocus'
  | 'revalidateOnReconnect'
  | 'revalidateOnMount'
  | 'dedupingInterval'
  | 'fallbackData'
>;

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
  const { transport, retry, swr } = useConnectedAppsContext('useConnectedApp');
  const idle = isBlankId(orgId) || isBlankId(appId);
  const key = idle ? null : connectedAppKey(orgId, appId);

  const fetcher = useCallback(
    () =>
      transport
        .getConnectedApp({ organizationId: orgId as string, connectedAppId: appId as string })
        .catch((error: unknown) => Promise.reject(toConnectedAppError(error))),
    [transport, orgId, appId],
  );

  const result = useSWR<ConnectedApp, ConnectedAppError>(key, fetcher, {
    ...swr,
    ...options,
    onErrorRetry: (error, _key, _config, revalidate, revalidateOptions) => {
      const delay = retryDelay(toConnectedAppError(error), revalidateOptions.retryCount, retry);
      // `dedupe` stays on, so a retry that meets a manual refresh in flight joins it instead of sending twice.
      if (delay !== null) setTimeout(() => revalidate(revalidateOptions), delay);
    },
  });
  const { data, error, isValidating, mutate } = result;

  const refresh = useCallback(async () => {
    await mutate().catch(() => undefined);
  }, [mutate]);

  return useMemo((): ConnectedAppState => {
    if (key === null) return { status: 'idle', data: undefined, error: undefined, isValidating: false, refresh };
    if (error !== undefined) return { status: 'error', data, error: toConnectedAppError(error), isValidating, refresh };
    if (data !== undefined) return { status: 'success', data, error: undefined, isValidating, refresh };
    return { status: 'loading', data: undefined, error: undefined, isValidating: true, refresh };
  }, [key, data, error, isValidating, refresh]);
}
