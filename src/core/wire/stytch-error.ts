import { ConnectedAppError } from '../error';
import { codeForStatus } from '../error-codes';
import { stringField } from './json';

/** Stytch's error body: `{ status_code, request_id, error_type, error_message, error_url }`. */
export interface StytchErrorBody {
  status_code: number;
  request_id?: string;
  error_type: string;
  error_message: string;
  error_url?: string;
}

/**
 * The error body in Stytch's shape, as the handler, the emulator and the testing kit send it;
 * `request_id` and `error_url` are left out when there are none.
 */
export function stytchErrorBody(fields: {
  status: number;
  errorType: string;
  errorMessage: string;
  requestId?: string | undefined;
  errorUrl?: string | undefined;
}): StytchErrorBody {
  return {
    status_code: fields.status,
    ...(fields.requestId === undefined ? {} : { request_id: fields.requestId }),
    error_type: fields.errorType,
    error_message: fields.errorMessage,
    ...(fields.errorUrl === undefined ? {} : { error_url: fields.errorUrl }),
  };
}

/**
 * The error for a non-success HTTP answer. `body` is the parsed JSON when there was any (Stytch's
 * `{ status_code, request_id, error_type, error_message, error_url }`); its text is never copied
 * otherwise, so an upstream HTML page cannot leak into messages.
 */
export function errorFromResponse(status: number, body: unknown, retryAfterMs?: number): ConnectedAppError {
  const errorMessage = stringField(body, 'error_message');
  return new ConnectedAppError({
    code: codeForStatus(status),
    message: errorMessage ?? `The server answered ${status}${body === undefined ? ' without a JSON body' : ''}`,
    status,
    errorType: stringField(body, 'error_type'),
    errorMessage,
    requestId: stringField(body, 'request_id'),
    errorUrl: stringField(body, 'error_url'),
    retryAfterMs,
  });
}
