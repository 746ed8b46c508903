import { type ConnectedAppErrorCode, isRetryableCode } from './error-codes';

/** The fields a {@link ConnectedAppError} is made from; everything but `code` is optional. */
export interface ConnectedAppErrorInit {
  code: ConnectedAppErrorCode;
  /** A sentence for developers (logs); components show their own messages. */
  message?: string;
  /** The HTTP status, when there was an answer. */
  status?: number;
  /** Stytch's `error_type`, e.g. `unauthorized_credentials`. */
  errorType?: string;
  /** Stytch's `error_message`. */
  errorMessage?: string;
  /** Stytch's `request_id`: support asks for it. */
  requestId?: string;
  /** Stytch's `error_url` (unchecked: components link it only when it is http(s)). */
  errorUrl?: string;
  /** How long to wait before trying again, from `Retry-After`. */
  retryAfterMs?: number;
  cause?: unknown;
}

const BRAND = Symbol.for('react-connected-apps.ConnectedAppError');

/**
 * The one error type of the library: every failure of a transport or the hook is one of these.
 *
 * @example
 * if (isConnectedAppError(error) && error.code === 'RATE_LIMITED') retryIn(error.retryAfterMs)
 */
export class ConnectedAppError extends Error {
  override readonly name = 'ConnectedAppError';
  // `declare`: assigned in the constructor, so no field initializers need to ship.
  declare readonly code: ConnectedAppErrorCode;
  declare readonly status: number | undefined;
  declare readonly errorType: string | undefined;
  declare readonly errorMessage: string | undefined;
  declare readonly requestId: string | undefined;
  declare readonly errorUrl: string | undefined;
  declare readonly retryAfterMs: number | undefined;
  /** Whether trying again can succeed (rate limit, server fault, network, timeout). */
  declare readonly retryable: boolean;
  readonly [BRAND] = true;

  constructor(init: ConnectedAppErrorInit) {
    super(init.message ?? init.errorMessage ?? `Connected app request failed (${init.code})`, { cause: init.cause });
    this.code = init.code;
    this.status = init.status;
    this.errorType = init.errorType;
    this.errorMessage = init.errorMessage;
    this.requestId = init.requestId;
    this.errorUrl = init.errorUrl;
    this.retryAfterMs = init.retryAfterMs;
    this.retryable = isRetryableCode(init.code);
  }

  /** Plain data for logs and `JSON.stringify` (the `cause` is left out: it may hold anything). */
  toJSON(): Omit<ConnectedAppErrorInit, 'cause'> & { name: string; retryable: boolean } {
    // Own fields only (the cause is not enumerable), without the brand: a plain copy is not an error.
    const { [BRAND]: _brand, ...fields } = this;
    return { ...fields, message: this.message };
  }
}

/** True for a {@link ConnectedAppError}, even one made by another copy of this library. */
export function isConnectedAppError(value: unknown): value is ConnectedAppError {
  return value instanceof ConnectedAppError || (typeof value === 'object' && value !== null && BRAND in value);
}

/** Anything thrown by a transport, as a {@link ConnectedAppError} (unknown failures count as NETWORK). */
export function toConnectedAppError(value: unknown): ConnectedAppError {
  if (isConnectedAppError(value)) return value;
  return new ConnectedAppError({
    code: 'NETWORK',
    message: value instanceof Error ? value.message : 'The transport failed',
    cause: value,
  });
}
