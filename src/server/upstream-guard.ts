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
  let inFlight = 0;

  return {
    /** The earlier refusal of `session`, while it is remembered. */
    async rejection(session: MemberSession): Promise<RejectedSession | undefined> {
      if (rejected.size === 0) return undefined;
      const key = await sessionKey(session);
      const entry = rejected.get(key);
      if (entry === undefined) return undefined;
      if (entry.until > now()) return entry;
      rejected.delete(key);
      return undefined;
    },
    async reject(session: MemberSession, refusal: RejectedSession): Promise<void> {
      const key = await sessionKey(session);
      rejected.delete(key);
      rejected.set(key, { ...refusal, until: now() + rejectedSessionTtlMs });
      // A Map keeps insertion order: the first key is the oldest.
      while (rejected.size > maxRejectedSessions) {
        const oldest = rejected.keys().next().value;
        if (oldest === undefined) break;
        rejected.delete(oldest);
      }
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
