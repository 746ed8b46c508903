/** Longest wait honoured from a `Retry-After` header: a day-long value is a misconfiguration, not a plan. */
const MAX_RETRY_AFTER_MS = 10 * 60 * 1000;

/**
 * Parses an HTTP `Retry-After` value, given in seconds or as an HTTP date, into milliseconds from `now`.
 * Returns `undefined` when the value is missing or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value == null) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.min(Math.round(Number(trimmed) * 1000), MAX_RETRY_AFTER_MS);
  // An HTTP date always names a weekday and a GMT time; a bare number or word is not one.
  if (!/GMT$/i.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.min(Math.max(0, at - now), MAX_RETRY_AFTER_MS);
}
