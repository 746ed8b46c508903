import { useCallback, useMemo, useRef } from 'react';
import useSWR, { type SWRConfiguration, useSWRConfig } from 'swr';
import { type ConnectedAppError, toConnectedAppError } from '../core/error';
import { retryDelay } from '../core/retry-policy';
import { callTransport } from '../core/transport';
import type { ConnectedApp } from '../core/types';
import { isBlankId } from '../core/wire/ids';
import { connectedAppKey, readConnectedAppKey } from './connected-app-key';
import { useConnectedAppsContext } from './context';
import { useRetryTimers } from './use-retry-timers';

/** Failures after which the last data must not stay on screen: the member lost access, or the app is gone. */
const ACCESS_OR_EXISTENCE_LOST: readonly string[] = ['UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND'];

interface StateBase {
  /**
   * True while a request for this app is in flight (first load, refresh or retry). A component that reads
   * it re-renders when a request starts and ends; one that never reads it does not.
   */
  isValidating: boolean;
  /**
   * Fetches again now and resolves when the answer is in. While a request is already in flight it joins
   * that one instead (never two at once) and resolves at once. Errors land in the state, not the promise.
   */
  refresh: () => Promise<void>;
}

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
export type ConnectedAppState =
  | (StateBase & { status: 'idle'; data: undefined; error: undefined })
  | (StateBase & { status: 'loading'; data: undefined; error: undefined })
  | (StateBase & { status: 'success'; data: ConnectedApp; error: undefined })
  | (StateBase & {
      status: 'error';
      data: ConnectedApp | undefined;
      error: ConnectedAppError;
      /** When the hook retries by itself (epoch ms), or `undefined` when it will not (not retryable, or out of retries). */
      retryAt: number | undefined;
    });

/** Options of one {@link useConnectedApp} call, over the provider's. */
export type UseConnectedAppOptions = Pick<
  SWRConfiguration<ConnectedApp, ConnectedAppError>,
  'refreshInterval' | 'revalidateOnFocus' | 'revalidateOnReconnect' | 'revalidateOnMount' | 'dedupingInterval'
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

  // The ids come from the key SWR passes, not from this render: while ids change fast SWR can run the latest
  // render's fetcher for an earlier key, which would store one app's data under another app's key.
  const fetcher = useCallback(
    async (requestKey: string) => {
      return callTransport(transport, 'getConnectedApp', readConnectedAppKey(requestKey)).catch((error: unknown) =>
        Promise.reject(toConnectedAppError(error)),
      );
    },
    [transport],
  );
  const { schedule: scheduleRetry, retryAt } = useRetryTimers(key);

  const hookConfig = { ...swr, ...options };
  const host = useSWRConfig();
  // As SWR resolves it: this call's options, then the provider's `swr`, then the host's `SWRConfig`.
  const revalidateOnMount = 'revalidateOnMount' in hookConfig ? hookConfig.revalidateOnMount : host.revalidateOnMount;

  const result = useSWR<ConnectedApp, ConnectedAppError>(key, fetcher, {
    ...hookConfig,
    // Another key's data must never stand in for this one's (a host-wide `keepPreviousData` would do that).
    keepPreviousData: false,
    onErrorRetry: (error, retryKey, _config, revalidate, revalidateOptions) => {
      const delay = retryDelay(toConnectedAppError(error), revalidateOptions.retryCount, retry);
      // `dedupe` stays on, so a retry that meets a manual refresh in flight joins it instead of sending twice.
      scheduleRetry(retryKey, delay, () => revalidate(revalidateOptions));
    },
  });
  const { data, error, mutate } = result;
  // SWR re-renders a hook only for the fields read from its answer. `isValidating` is read when a component
  // reads it (a getter over the latest answer), so a revalidation that brings the same data re-renders none
  // of the components that ignore it.
  const latest = useRef(result);
  latest.current = result;

  // With `revalidateOnMount: false` and nothing cached, SWR sends nothing on mount: the state is `idle` until a
  // request really starts (a refresh, a focus or reconnect revalidation, a host `mutate`). Only in that case is
  // `isValidating` read during render, so that the request's start re-renders this hook (SWR then tracks it for
  // the hook's life). Reading it in every render would re-render every component on every revalidation.
  const waitsForRequest = key !== null && revalidateOnMount === false && data === undefined && error === undefined;
  const requestInFlight = waitsForRequest && result.isValidating;

  const { cache } = host;
  const refresh = useCallback(async () => {
    // A request already in flight is as fresh as a new one: join it. Otherwise a Retry press (or a banner's
    // countdown) that meets the hook's own retry would send the request twice, to a service already limiting us.
    if (key !== null && cache.get(key)?.isValidating) return;
    await mutate().catch(() => undefined);
  }, [cache, key, mutate]);

  return useMemo((): ConnectedAppState => {
    if (key === null) return { status: 'idle', data: undefined, error: undefined, isValidating: false, refresh };
    if (error !== undefined) {
      const failure = toConnectedAppError(error);
      const stale = ACCESS_OR_EXISTENCE_LOST.includes(failure.code) ? undefined : data;
      return withLazyValidating({ status: 'error', data: stale, error: failure, retryAt, refresh }, latest);
    }
    if (data !== undefined) return withLazyValidating({ status: 'success', data, error: undefined, refresh }, latest);
    if (waitsForRequest && !requestInFlight) {
      return { status: 'idle', data: undefined, error: undefined, isValidating: false, refresh };
    }
    return { status: 'loading', data: undefined, error: undefined, isValidating: true, refresh };
  }, [key, data, error, retryAt, refresh, waitsForRequest, requestInFlight]);
}

/** `state` plus an `isValidating` that asks SWR's latest answer only when someone reads it. */
function withLazyValidating<const T extends object>(
  state: T,
  latest: { readonly current: { readonly isValidating: boolean } },
): T & { isValidating: boolean } {
  return Object.defineProperty(state, 'isValidating', {
    enumerable: true,
    get: () => latest.current.isValidating,
  }) as T & { isValidating: boolean };
}
