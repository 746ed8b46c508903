import type { ConnectedAppError } from './error';

/** How the hook retries a failed request. */
export interface RetryPolicy {
  /**
   * Retries after the first failure, at most.
   * @default 3
   */
  maxRetries?: number;
  /**
   * Delay before the first retry; each further retry doubles it.
   * @default 1000
   */
  baseDelayMs?: number;
  /**
   * No delay exceeds this, whatever the backoff or `Retry-After` says.
   * @default 30000
   */
  maxDelayMs?: number;
  /** Source of jitter, for deterministic tests. @default Math.random */
  random?: () => number;
}

/**
 * The delay before retry number `attempt` (1 for the first retry) of a failed request, or `null` when it
 * must not be retried: 400/401/403/404 and invalid responses never are; 429 waits for `retryAfterMs`
 * (or backs off when there is none); server, network and timeout failures back off exponentially with
 * "equal jitter" (half fixed, half random) so many clients do not retry in step.
 *
 * @example
 * retryDelay(error, 1, { baseDelayMs: 500 }) // 250..500 for a 500, null for a 404
 */
export function retryDelay(error: ConnectedAppError, attempt: number, policy: RetryPolicy = {}): number | null {
  const { maxRetries = 3, baseDelayMs = 1000, maxDelayMs = 30_000, random = Math.random } = policy;
  if (!error.retryable || attempt > maxRetries || attempt < 1) return null;
  if (error.code === 'RATE_LIMITED' && error.retryAfterMs !== undefined) {
    return Math.min(error.retryAfterMs, maxDelayMs);
  }
  const ceiling = Math.min(baseDelayMs * 2 ** (attempt - 1), maxDelayMs);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
