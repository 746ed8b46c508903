import type { ConnectedApp } from '../core/types';
import { toStytchResponse as toWire } from '../core/wire/connected-app-body';
import { stytchErrorBody } from '../core/wire/stytch-error';

/** The JSON Stytch sends for `app` (snake_case, with `status_code` and `request_id`). */
export function toStytchResponse(
  app: ConnectedApp,
  requestId = 'request-id-test-b05c992f-ebdc-489d-a754-c7e70ba13141',
) {
  return toWire(app, requestId);
}

/** A Stytch error body with exactly the reference's fields. */
export function toStytchError(status: number, errorType: string, errorMessage: string, requestId?: string) {
  return stytchErrorBody({
    status,
    errorType,
    errorMessage,
    requestId,
    errorUrl: `https://stytch.com/docs/api/errors/${status}`,
  });
}
