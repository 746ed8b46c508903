/** Defaults shared by the handler and `prefetchConnectedApp`. */
export const serverDefaults = {
  /** How long to wait for Stytch before giving up (504). */
  timeoutMs: 10_000,
  /** `Retry-After` sent with a 429: the SDK does not expose Stytch's own. */
  rateLimitRetryAfterSeconds: 2,
} as const;
