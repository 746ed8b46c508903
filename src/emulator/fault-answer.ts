import { type EmulatorAnswer, messages, newRequestId, stytchError } from './answers';
import type { EmulatorFault } from './types';

/** The answer a fault gives instead of the normal one; `undefined` for `slow`, which only delays it. */
export function answerForFault(fault: EmulatorFault): EmulatorAnswer | undefined {
  switch (fault.kind) {
    case 'server_error':
      return stytchError(500, 'internal_server_error', messages.internal);
    case 'rate_limited':
      return stytchError(429, 'too_many_requests', messages.tooManyRequests, {
        'retry-after': String(fault.retryAfterSeconds ?? 1),
      });
    case 'malformed_json':
      // Cut off mid-object, as a proxy that drops the connection halfway would leave it.
      return {
        kind: 'raw',
        status: 200,
        contentType: 'application/json',
        body: `{"status_code":200,"request_id":"${newRequestId()}","connected_app_id":"connected-app-test-`,
      };
    case 'html_502':
      return {
        kind: 'raw',
        status: 502,
        contentType: 'text/html; charset=utf-8',
        body: '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>',
      };
    case 'connection_reset':
      return { kind: 'reset' };
    case 'slow':
      return undefined;
  }
}
