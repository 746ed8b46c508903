import { ConnectedAppError, codeForStatus, isConnectedAppError, toConnectedAppError } from 'react-connected-apps';
import { describe, expect, it } from 'vitest';

describe('ConnectedAppError', () => {
  it('serializes to plain JSON without the cause', () => {
    const error = new ConnectedAppError({
      code: 'RATE_LIMITED',
      status: 429,
      requestId: 'request-1',
      retryAfterMs: 2000,
      cause: new Error('secret detail'),
    });
    const json = JSON.parse(JSON.stringify(error));
    expect(json).toMatchObject({ name: 'ConnectedAppError', code: 'RATE_LIMITED', status: 429, retryable: true });
    expect(JSON.stringify(error)).not.toContain('secret detail');
  });

  it('is recognised across copies of the library (brand, not instanceof)', () => {
    const foreign = Object.assign(Object.create(Error.prototype), {
      [Symbol.for('react-connected-apps.ConnectedAppError')]: true,
      code: 'SERVER',
    });
    expect(isConnectedAppError(foreign)).toBe(true);
    expect(isConnectedAppError(new Error('x'))).toBe(false);
    expect(isConnectedAppError(null)).toBe(false);
  });

  it('wraps anything else a transport throws as NETWORK', () => {
    const wrapped = toConnectedAppError('boom');
    expect(wrapped).toBeInstanceOf(ConnectedAppError);
    expect(wrapped.code).toBe('NETWORK');
    expect(wrapped.cause).toBe('boom');
  });

  it.each([
    [400, 'BAD_REQUEST'],
    [401, 'UNAUTHORIZED'],
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [405, 'BAD_REQUEST'],
    [408, 'TIMEOUT'],
    [429, 'RATE_LIMITED'],
    [500, 'SERVER'],
    [502, 'SERVER'],
    [503, 'SERVER'],
    [504, 'TIMEOUT'],
    [302, 'INVALID_RESPONSE'],
  ])('maps status %i to %s', (status, code) => {
    expect(codeForStatus(status)).toBe(code);
  });
});
