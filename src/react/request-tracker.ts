/** What the tracker knows of one key of one SWR cache. */
interface KeyState {
  /** Mounted hooks showing the key. */
  viewers: number;
  timers: Set<ReturnType<typeof setTimeout>>;
  /** When the next retry fires (epoch ms), while one is waiting. */
  retryAt: number | undefined;
  /** The request in flight, sent by any view of the key. */
  inFlight: Promise<unknown> | undefined;
}

/**
 * The library's own bookkeeping beside an SWR cache: the requests in flight (so `refresh` joins one without
 * reading SWR's internals) and the retries waiting (SWR calls `onErrorRetry` even after the hook that sent
 * the request has unmounted, and never clears the timer). React reads it through `useSyncExternalStore`.
 */
export interface RequestTracker {
  /** Counts a mounted view of `key`; the returned release clears the key's retries when the last view goes. */
  retain(key: string): () => void;
  /** Waits `delayMs`, then runs `retry`, while some view shows `key`; `null` says no retry is coming. */
  schedule(key: string, delayMs: number | null, retry: () => void): void;
  /** Records `request` as the key's request in flight until it settles, and returns it. */
  track<T>(key: string, request: Promise<T>): Promise<T>;
  inFlight(key: string): Promise<unknown> | undefined;
  retryAt(key: string): number | undefined;
  subscribe(key: string, listener: () => void): () => void;
}

function createRequestTracker(): RequestTracker {
  const keys = new Map<string, KeyState>();
  const listeners = new Map<string, Set<() => void>>();
  const stateOf = (key: string): KeyState => {
    let state = keys.get(key);
    if (state === undefined) {
      state = { viewers: 0, timers: new Set(), retryAt: undefined, inFlight: undefined };
      keys.set(key, state);
    }
    return state;
  };
  const notify = (key: string) => {
    for (const listener of [...(listeners.get(key) ?? [])]) listener();
  };
  const forgetIfUnused = (key: string, state: KeyState) => {
    if (state.viewers === 0 && state.inFlight === undefined && state.timers.size === 0) keys.delete(key);
  };
  const setRetryAt = (key: string, state: KeyState, at: number | undefined) => {
    if (state.retryAt === at) return;
    state.retryAt = at;
    notify(key);
  };

  return {
    retain(key) {
      const state = stateOf(key);
      state.viewers += 1;
      return () => {
        state.viewers -= 1;
        if (state.viewers > 0) return;
        for (const timer of state.timers) clearTimeout(timer);
        state.timers.clear();
        state.retryAt = undefined;
        forgetIfUnused(key, state);
      };
    },
    schedule(key, delayMs, retry) {
      const state = keys.get(key);
      // No view shows the key any more: nobody needs the retry.
      if (state === undefined || state.viewers === 0) return;
      if (delayMs === null) return setRetryAt(key, state, undefined);
      const timer = setTimeout(() => {
        state.timers.delete(timer);
        setRetryAt(key, state, undefined);
        retry();
      }, delayMs);
      state.timers.add(timer);
      setRetryAt(key, state, Date.now() + delayMs);
    },
    track(key, request) {
      const state = stateOf(key);
      state.inFlight = request;
      const settle = () => {
        if (state.inFlight === request) state.inFlight = undefined;
        forgetIfUnused(key, state);
      };
      request.then(settle, settle);
      return request;
    },
    inFlight: (key) => keys.get(key)?.inFlight,
    retryAt: (key) => keys.get(key)?.retryAt,
    subscribe(key, listener) {
      let set = listeners.get(key);
      if (set === undefined) {
        set = new Set();
        listeners.set(key, set);
      }
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(key);
      };
    },
  };
}

const trackers = new WeakMap<object, RequestTracker>();

/** The tracker of one SWR cache (each `SWRConfig` provider has its own, as each test does). */
export function requestTrackerFor(cache: object): RequestTracker {
  let tracker = trackers.get(cache);
  if (tracker === undefined) {
    tracker = createRequestTracker();
    trackers.set(cache, tracker);
  }
  return tracker;
}
