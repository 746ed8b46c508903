import type { SWRConfiguration } from 'swr';
import type { ConnectedAppError } from '../core/error';

interface StateBase {
  /**
   * True while a request for this resource is in flight (first load, refresh or retry). A component that
   * reads it re-renders when a request starts and ends; one that never reads it does not.
   */
  isValidating: boolean;
  /**
   * Fetches again now and resolves when the answer is in. While a request is already in flight it joins
   * that one instead (never two at once). Errors land in the state, not the promise.
   */
  refresh: () => Promise<void>;
}

/**
 * What every resource hook returns, narrowed by `status`:
 * - `idle`: an id is missing or blank, or `revalidateOnMount` is `false` and nothing is cached: nothing is
 *   requested until `refresh()` (or SWR by itself: focus, reconnect, a `mutate` of the key) starts a request;
 * - `loading`: the first answer is on its way;
 * - `success`: `data` is the answer;
 * - `error`: `error` says why; `data` is the last good answer when a refresh failed for a passing reason
 *   (rate limit, server, network, timeout, invalid answer), never after 401, 403 or 404: access or the
 *   resource is gone, so its data must not stay on screen. `retryAt` is when the hook retries by itself.
 */
export type ResourceState<T> =
  | (StateBase & { status: 'idle'; data: undefined; error: undefined })
  | (StateBase & { status: 'loading'; data: undefined; error: undefined })
  | (StateBase & { status: 'success'; data: T; error: undefined })
  | (StateBase & {
      status: 'error';
      data: T | undefined;
      error: ConnectedAppError;
      /** When the hook retries by itself (epoch ms), or `undefined` when it will not (not retryable, or out of retries). */
      retryAt: number | undefined;
    });

/** The SWR options one hook call may set, over the provider's. */
export type ResourceOptions<T> = Pick<
  SWRConfiguration<T, ConnectedAppError>,
  'refreshInterval' | 'revalidateOnFocus' | 'revalidateOnReconnect' | 'revalidateOnMount' | 'dedupingInterval'
>;
