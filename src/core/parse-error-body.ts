import { ConnectedAppError } from './error';
import { codeForStatus } from './error-codes';

function stringField(body: unknown, key: string): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const value = (body as Record<string, unknown>)[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The error for a non-success HTTP answer. `body` is the parsed JSON when there was any (Stytch's
 * `{ status_code, request_id, error_type, error_message, error_url }`); its text is never copied
 * otherwise, so an upstream HTML page cannot leak into messages.
 */
export function errorFromResponse(status: number, body: unknown, retryAfterMs?: number): ConnectedAppError {
  const errorType = stringField(body, 'error_type');
  const errorMessage = stringField(body, 'error_message');
  return new ConnectedAppError({
    code: codeForStatus(status),
    message: errorMessage ?? `The server answered ${status}${body === undefined ? ' without a JSON body' : ''}`,
    status,
    errorType,
    errorMessage,
    requestId: stringField(body, 'request_id'),
    errorUrl: stringField(body, 'error_url'),
    retryAfterMs,
  });
}
