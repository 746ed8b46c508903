import type { MemberSession } from './types';

/** Options of {@link createUpstreamGuard}: what unauthenticated traffic may make a handler do. */
export interface UpstreamGuardOptions {
  /** Stytch calls in flight at once, counted until the SDK settles (also past the handler's timeout). */
  maxConcurrentCalls: number;
  /** How long a session Stytch answered 401 for is refused without asking Stytch again. */
  rejectedSessionTtlMs: number;
  /** Rejected sessions remembered at most (oldest forgotten first), so junk cannot grow memory. */
  maxRejectedSessions: number;
  now?: () => number;
}

/** What a rejected session was refused with, replayed while it is remembered. */
export interface RejectedSession {
  errorType: string;
  errorMessage: string;
}

/**
 * A session's key: a SHA-256 of its values, so the server's memory never holds a bearer token (Web Crypto,
 * available in Node 20 and edge runtimes).
 */
async function sessionKey(session: MemberSession): Promise<string> {
  const bytes = new TextEncoder().encode(`${session.sessionToken ?? ''}\n${session.sessionJwt ?? ''}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Bounds the Stytch calls one handler makes: a session Stytch rejected is refused for a while without
 * another call (a made-up token costs one call, not one per request), and the calls in flight are capped
 * (the SDK cannot be cancelled: a hung call holds its socket until it settles).
 */
export function createUpstreamGuard(options: UpstreamGuardOptions) {
  const { maxConcurrentCalls, rejectedSessionTtlMs, maxRejectedSessions, now = Date.now } = options;
  const rejected = new Map<string, RejectedSession & { until: number }>();
  /** Sessions Stytch answered for (not with a 401) lately: their concurrent requests need not queue. */
  const accepted = new Map<string, number>();
  /** The first call of a session not yet known, which its other requests wait for. */
  const first = new Map<string, Promise<void>>();
  let inFlight = 0;

  const remember = <T>(map: Map<string, T>, key: string, value: T) => {
    map.delete(key);
    map.set(key, value);
    // A Map keeps insertion order: the first key is the oldest.
    while (map.size > maxRejectedSessions) {
      const oldest = map.keys().next().value;
      if (oldest === undefined) break;
      map.delete(oldest);
    }
  };

  return {
    /**
     * Lets a request with `session` go on, or says Stytch already refused the session. While the first call of
     * a session nobody knows yet is in flight, its other requests wait for that call's outcome, so a burst
     * with one made-up token costs one Stytch call, not one per request. `settle` must be called once with
     * how the request's Stytch call ended (`'accepted'`, the refusal, or `'unknown'` when it proved nothing).
     */
    async admit(
      session: MemberSession,
    ): Promise<{ rejected?: RejectedSession; settle(outcome: 'accepted' | 'unknown' | RejectedSession): void }> {
      const key = await sessionKey(session);
      for (;;) {
        const refusal = rejected.get(key);
        if (refusal && refusal.until > now()) return { rejected: refusal, settle: () => undefined };
        if (refusal) rejected.delete(key);
        const pending = first.get(key);
        if (pending === undefined || (accepted.get(key) ?? 0) > now()) break;
        await pending;
      }
      let done: () => void = () => undefined;
      const leads = !first.has(key) && !((accepted.get(key) ?? 0) > now());
      if (leads) first.set(key, new Promise<void>((resolve) => (done = resolve)));
      return {
        settle(outcome) {
          if (outcome === 'accepted') remember(accepted, key, now() + rejectedSessionTtlMs);
          else if (outcome !== 'unknown') remember(rejected, key, { ...outcome, until: now() + rejectedSessionTtlMs });
          if (leads) {
            first.delete(key);
            done();
          }
        },
      };
    },
    /**
     * Runs `call` when a slot is free and returns its promise, or `undefined` when `maxConcurrentCalls` are
     * in flight. The slot is held until `call` settles, not until the caller stops waiting.
     */
    run<T>(call: () => Promise<T>): Promise<T> | undefined {
      if (inFlight >= maxConcurrentCalls) return undefined;
      inFlight += 1;
      const running = Promise.resolve().then(call);
      running.then(
        () => {
          inFlight -= 1;
        },
        () => {
          inFlight -= 1;
        },
      );
      return running;
    },
  };
}

export type UpstreamGuard = ReturnType<typeof createUpstreamGuard>;
