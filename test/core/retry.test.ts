import { ConnectedAppError, type ConnectedAppErrorCode, parseRetryAfter, retryDelay } from 'react-connected-apps';
import { describe, expect, it } from 'vitest';

const error = (code: ConnectedAppErrorCode, retryAfterMs?: number) => new ConnectedAppError({ code, retryAfterMs });

describe('retryDelay', () => {
  it.each<ConnectedAppErrorCode>(['BAD_REQUEST', 'UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_RESPONSE'])(
    'never retries %s',
    (code) => {
      expect(retryDelay(error(code), 1)).toBeNull();
    },
  );

  it('waits exactly Retry-After for a 429', () => {
    expect(retryDelay(error('RATE_LIMITED', 2000), 1)).toBe(2000);
    expect(retryDelay(error('RATE_LIMITED', 2000), 3)).toBe(2000);
  });

  it('caps a long Retry-After at maxDelayMs', () => {
    expect(retryDelay(error('RATE_LIMITED', 600_000), 1, { maxDelayMs: 30_000 })).toBe(30_000);
  });

  it.each<ConnectedAppErrorCode>(['SERVER', 'NETWORK', 'TIMEOUT', 'RATE_LIMITED'])(
    'backs off exponentially with jitter for %s',
    (code) => {
      const low = { baseDelayMs: 1000, random: () => 0 };
      const high = { baseDelayMs: 1000, random: () => 1 };
      expect([1, 2, 3].map((attempt) => retryDelay(error(code), attempt, low))).toEqual([500, 1000, 2000]);
      expect([1, 2, 3].map((attempt) => retryDelay(error(code), attempt, high))).toEqual([1000, 2000, 4000]);
    },
  );

  it('gives up after maxRetries', () => {
    expect(retryDelay(error('SERVER'), 3, { maxRetries: 3 })).not.toBeNull();
    expect(retryDelay(error('SERVER'), 4, { maxRetries: 3 })).toBeNull();
    expect(retryDelay(error('SERVER'), 1, { maxRetries: 0 })).toBeNull();
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-26T12:00:00Z');
  it('reads seconds', () => {
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });
  it('reads an HTTP date', () => {
    expect(parseRetryAfter('Thu, 26 Nov 2026 12:00:07 GMT', now)).toBe(7000);
    expect(parseRetryAfter('Thu, 26 Nov 2026 11:00:00 GMT', now)).toBe(0);
  });
  it('ignores missing or unreadable values', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
  });
  it('caps absurd waits at ten minutes', () => {
    expect(parseRetryAfter('86400', now)).toBe(600_000);
  });
});
