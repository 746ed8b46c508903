import { toStytchResponse as toWire } from '../core/to-stytch-response';
import type { ConnectedApp } from '../core/types';

/** The JSON Stytch sends for `app` (snake_case, with `status_code` and `request_id`). */
export function toStytchResponse(
  app: ConnectedApp,
  requestId = 'request-id-test-b05c992f-ebdc-489d-a754-c7e70ba13141',
) {
  return toWire(app, requestId);
}

/** A Stytch error body with exactly the reference's fields. */
export function toStytchError(status: number, errorType: string, errorMessage: string, requestId?: string) {
  return {
    status_code: status,
    ...(requestId === undefined ? {} : { request_id: requestId }),
    error_type: errorType,
    error_message: errorMessage,
    error_url: `https://stytch.com/docs/api/errors/${status}`,
  };
}
