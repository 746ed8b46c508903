import { useCallback } from 'react';
import { useSWRConfig } from 'swr';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect';

/** The hooks showing one key of one SWR cache, and the retries waiting for them. */
interface Viewers {
  count: number;
  timers: Set<ReturnType<typeof setTimeout>>;
  /** When the next retry of this key fires (epoch ms), while one is waiting. */
  retryAt: number | undefined;
}

const viewersByCache = new WeakMap<object, Map<string, Viewers>>();

/**
 * Schedules SWR's error retries so that none outlives the views that need it. SWR calls `onErrorRetry`
 * even when the hook that sent the request has unmounted (or moved to another app) meanwhile, and never
 * clears the timer. Here a retry is scheduled only while some mounted hook shows its key, and every retry
 * of a key is cleared when the last hook showing it goes. Counted per key, not per hook: a second view of
 * the same app keeps the retry that the first one scheduled before it unmounted.
 *
 * Returns `schedule(key, delayMs, retry)` for `onErrorRetry` (`delayMs` null: no retry is coming), and
 * `retryAt`: when this key's next retry fires, so a banner can count down to the retry that will happen
 * instead of sending one of its own.
 */
export function useRetryTimers(key: string | null) {
  const { cache } = useSWRConfig();

  // Before paint in the browser, so a request that fails within a microtask already finds its viewer.
  useIsomorphicLayoutEffect(() => {
    if (key === null) return;
    let keys = viewersByCache.get(cache);
    if (keys === undefined) {
      keys = new Map();
      viewersByCache.set(cache, keys);
    }
    const viewers: Viewers = keys.get(key) ?? { count: 0, timers: new Set(), retryAt: undefined };
    viewers.count += 1;
    keys.set(key, viewers);
    return () => {
      viewers.count -= 1;
      if (viewers.count > 0) return;
      for (const timer of viewers.timers) clearTimeout(timer);
      keys.delete(key);
    };
  }, [cache, key]);

  const schedule = useCallback(
    (retryKey: string, delayMs: number | null, retry: () => void) => {
      const viewers = viewersByCache.get(cache)?.get(retryKey);
      if (viewers === undefined) return;
      if (delayMs === null) {
        viewers.retryAt = undefined;
        return;
      }
      viewers.retryAt = Date.now() + delayMs;
      const timer = setTimeout(() => {
        viewers.timers.delete(timer);
        viewers.retryAt = undefined;
        retry();
      }, delayMs);
      viewers.timers.add(timer);
    },
    [cache],
  );
  // Read at render: SWR calls onErrorRetry before it publishes the error, so the error's render sees it.
  const retryAt = key === null ? undefined : viewersByCache.get(cache)?.get(key)?.retryAt;
  return { schedule, retryAt };
}
