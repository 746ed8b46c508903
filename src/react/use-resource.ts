'use client';
import { useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import useSWR, { useSWRConfig } from 'swr';
import { type ConnectedAppError, toConnectedAppError } from '../core/error';
import { retryDelay } from '../core/retry-policy';
import { ConnectedAppsContext, missingProvider } from './context';
import { requestTrackerFor } from './request-tracker';
import type { ResourceOptions, ResourceState } from './resource-state';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect';

/** Failures after which the last data must not stay on screen: the member lost access, or the resource is gone. */
const ACCESS_OR_EXISTENCE_LOST: readonly string[] = ['UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND'];

const noRetry = () => undefined;
const ignore = () => undefined;

/**
 * The one hook over SWR behind every resource hook (`caller` names it in the missing-provider error; `null`:
 * without a provider it stays idle, for components that work with or without one): the `status` union, stale data beside passing errors,
 * the provider's retry policy, `refresh` joining a request in flight. `key` is `null` for idle (nothing is
 * requested); `fetch` gets the key SWR passes, which is the one to read ids from (while ids change fast SWR
 * can run the latest render's fetcher for an earlier key).
 */
export function useResource<T>(
  caller: string | null,
  requestedKey: string | null,
  fetch: (key: string) => Promise<T>,
  options?: ResourceOptions<T>,
): ResourceState<T> {
  // Without a provider, a caller that allows it (`caller: null`) stays idle instead of throwing.
  const context = useContext(ConnectedAppsContext);
  if (context === null && caller !== null) throw missingProvider(caller);
  const key = context === null ? null : requestedKey;
  const retry = context?.retry;
  const swr = context?.swr;
  const host = useSWRConfig();
  const tracker = requestTrackerFor(host.cache);

  // Counted before paint in the browser, so a request that fails within a microtask already finds its view.
  useIsomorphicLayoutEffect(() => (key === null ? undefined : tracker.retain(key)), [tracker, key]);
  const retryAt = useSyncExternalStore(
    useCallback((listener: () => void) => (key === null ? ignore : tracker.subscribe(key, listener)), [tracker, key]),
    () => (key === null ? undefined : tracker.retryAt(key)),
    noRetry,
  );

  const fetcher = useCallback(
    (requestKey: string) =>
      tracker.track(
        requestKey,
        fetch(requestKey).catch((error: unknown) => Promise.reject(toConnectedAppError(error))),
      ),
    [tracker, fetch],
  );

  const hookConfig = { ...swr, ...options };
  // As SWR resolves it: this call's options, then the provider's `swr`, then the host's `SWRConfig`.
  const revalidateOnMount = 'revalidateOnMount' in hookConfig ? hookConfig.revalidateOnMount : host.revalidateOnMount;

  const result = useSWR<T, ConnectedAppError>(key, fetcher, {
    ...hookConfig,
    // Another key's data must never stand in for this one's (a host-wide `keepPreviousData` would do that).
    keepPreviousData: false,
    onErrorRetry: (error, retryKey, _config, revalidate, revalidateOptions) => {
      const delay = retryDelay(toConnectedAppError(error), revalidateOptions.retryCount, retry);
      // `dedupe` stays on, so a retry that meets a manual refresh in flight joins it instead of sending twice.
      tracker.schedule(retryKey, delay, () => revalidate(revalidateOptions));
    },
  });
  const { data, error, mutate } = result;

  // With `revalidateOnMount: false` and nothing cached, SWR sends nothing on mount: the state is `idle` until a
  // request really starts. Only then is `isValidating` read during render, so that the request's start
  // re-renders this hook (SWR then tracks it for the hook's life); reading it in every render would re-render
  // every component on every revalidation.
  const waitsForRequest = key !== null && revalidateOnMount === false && data === undefined && error === undefined;
  const requestInFlight = waitsForRequest && result.isValidating;

  const refresh = useCallback(async () => {
    // A request already in flight is as fresh as a new one: join it. Otherwise a Retry press (or a banner's
    // countdown) that meets the hook's own retry would send the request twice, to a service already limiting us.
    const pending = key === null ? undefined : tracker.inFlight(key);
    await (pending ?? mutate()).catch(ignore);
  }, [tracker, key, mutate]);

  const state = useMemo((): Omit<ResourceState<T>, 'isValidating'> | ResourceState<T> => {
    if (key === null) return { status: 'idle', data: undefined, error: undefined, isValidating: false, refresh };
    if (error !== undefined) {
      const failure = toConnectedAppError(error);
      const stale = ACCESS_OR_EXISTENCE_LOST.includes(failure.code) ? undefined : data;
      return { status: 'error', data: stale, error: failure, retryAt, refresh };
    }
    if (data !== undefined) return { status: 'success', data, error: undefined, refresh };
    if (waitsForRequest && !requestInFlight) {
      return { status: 'idle', data: undefined, error: undefined, isValidating: false, refresh };
    }
    return { status: 'loading', data: undefined, error: undefined, isValidating: true, refresh };
  }, [key, data, error, retryAt, refresh, waitsForRequest, requestInFlight]);

  // SWR re-renders a hook only for the fields read from its answer. `isValidating` is read from this render's
  // answer only when a component reads it, so a revalidation that brings the same data re-renders none of the
  // components that ignore it.
  return useMemo(
    () =>
      'isValidating' in state
        ? (state as ResourceState<T>)
        : (Object.defineProperty({ ...state }, 'isValidating', {
            enumerable: true,
            get: () => result.isValidating,
          }) as ResourceState<T>),
    [state, result],
  );
}
