/**
 * Every way fetching a Connected App can fail. Compare `error.code` against these (a `code` survives
 * duplicated bundles; `instanceof` does not).
 */
export const ConnectedAppErrorCode = {
  BAD_REQUEST: 'BAD_REQUEST',
  UNAUTHORIZED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  RATE_LIMITED: 'RATE_LIMITED',
  SERVER: 'SERVER',
  NETWORK: 'NETWORK',
  TIMEOUT: 'TIMEOUT',
  INVALID_RESPONSE: 'INVALID_RESPONSE',
} as const;

export type ConnectedAppErrorCode = (typeof ConnectedAppErrorCode)[keyof typeof ConnectedAppErrorCode];

const RETRYABLE: ReadonlySet<ConnectedAppErrorCode> = new Set(['RATE_LIMITED', 'SERVER', 'NETWORK', 'TIMEOUT']);

/** Whether trying again later can succeed: rate limits, server faults, network failures and timeouts. */
export function isRetryableCode(code: ConnectedAppErrorCode): boolean {
  return RETRYABLE.has(code);
}

/** The error code for an HTTP status that is not a success. */
export function codeForStatus(status: number): ConnectedAppErrorCode {
  if (status === 401) return 'UNAUTHORIZED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 408 || status === 504) return 'TIMEOUT';
  if (status >= 500 && status <= 599) return 'SERVER';
  if (status >= 400 && status <= 499) return 'BAD_REQUEST';
  return 'INVALID_RESPONSE';
}
