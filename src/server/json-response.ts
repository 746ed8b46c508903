import type { ConnectedAppError } from '../core/error';
import { stytchErrorBody } from '../core/wire/stytch-error';

/** Every answer may hold one member's view of an organization: no shared cache may keep it. */
const BASE_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'private, no-store',
  'x-content-type-options': 'nosniff',
};

/** A JSON answer with the handler's headers. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...BASE_HEADERS, ...headers } });
}

/**
 * An error in Stytch's shape, `{ status_code, request_id, error_type, error_message, error_url }`, with
 * `request_id` and `error_url` left out when the handler itself answered. `Retry-After` goes with a 429.
 */
export function errorResponse(error: ConnectedAppError, headers: Record<string, string> = {}): Response {
  const status = error.status ?? 500;
  const retryAfter: Record<string, string> =
    error.retryAfterMs === undefined ? {} : { 'retry-after': String(Math.ceil(error.retryAfterMs / 1000)) };
  return jsonResponse(
    status,
    stytchErrorBody({
      status,
      errorType: error.errorType ?? 'internal_error',
      errorMessage: error.errorMessage ?? 'The request failed.',
      requestId: error.requestId,
      errorUrl: error.errorUrl,
    }),
    { ...retryAfter, ...headers },
  );
}
