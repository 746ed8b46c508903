import type { EmulatorRateLimit } from './types';

/** A fixed-window counter per project, like an API gateway's. */
export class RateLimiter {
  readonly #limit: EmulatorRateLimit | false;
  readonly #windows = new Map<string, { startedAt: number; count: number }>();

  constructor(limit: EmulatorRateLimit | false) {
    this.#limit = limit;
  }

  /** Counts one request; when over the limit, says how many whole seconds until the window ends. */
  take(projectId: string, now = Date.now()): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    if (this.#limit === false) return { allowed: true };
    const { limit, windowMs } = this.#limit;
    let window = this.#windows.get(projectId);
    if (!window || now - window.startedAt >= windowMs) {
      window = { startedAt: now, count: 0 };
      this.#windows.set(projectId, window);
    }
    window.count += 1;
    if (window.count <= limit) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.startedAt + windowMs - now) / 1000)) };
  }

  reset(): void {
    this.#windows.clear();
  }
}
