import { useCallback, useEffect, useLayoutEffect } from 'react';
import { useSWRConfig } from 'swr';

/** The hooks showing one key of one SWR cache, and the retries waiting for them. */
interface Viewers {
  count: number;
  timers: Set<ReturnType<typeof setTimeout>>;
}

const viewersByCache = new WeakMap<object, Map<string, Viewers>>();

// Before paint in the browser, so a request that fails within a microtask already finds its viewer.
const useCommitEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/**
 * Schedules SWR's error retries so that none outlives the views that need it. SWR calls `onErrorRetry`
 * even when the hook that sent the request has unmounted (or moved to another app) meanwhile, and never
 * clears the timer. Here a retry is scheduled only while some mounted hook shows its key, and every retry
 * of a key is cleared when the last hook showing it goes. Counted per key, not per hook: a second view of
 * the same app keeps the retry that the first one scheduled before it unmounted.
 *
 * Returns `schedule(key, delayMs, retry)`, for `onErrorRetry`.
 */
export function useRetryTimers(key: string | null) {
  const { cache } = useSWRConfig();

  useCommitEffect(() => {
    if (key === null) return;
    let keys = viewersByCache.get(cache);
    if (keys === undefined) {
      keys = new Map();
      viewersByCache.set(cache, keys);
    }
    const viewers = keys.get(key) ?? { count: 0, timers: new Set() };
    viewers.count += 1;
    keys.set(key, viewers);
    return () => {
      viewers.count -= 1;
      if (viewers.count > 0) return;
      for (const timer of viewers.timers) clearTimeout(timer);
      keys.delete(key);
    };
  }, [cache, key]);

  return useCallback(
    (retryKey: string, delayMs: number, retry: () => void) => {
      const viewers = viewersByCache.get(cache)?.get(retryKey);
      if (viewers === undefined) return;
      const timer = setTimeout(() => {
        viewers.timers.delete(timer);
        retry();
      }, delayMs);
      viewers.timers.add(timer);
    },
    [cache],
  );
}
