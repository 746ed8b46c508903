import { randomUUID } from 'node:crypto';
import type { ConnectedApp } from '../core/types';
import { toStytchResponse } from '../core/wire/connected-app-body';
import { stytchErrorBody } from '../core/wire/stytch-error';

/** What the emulator sends for one request, before it touches the socket. */
export type EmulatorAnswer =
  | { kind: 'json'; status: number; body: unknown; headers?: Record<string, string> }
  | { kind: 'raw'; status: number; contentType: string; body: string }
  | { kind: 'reset' };

/** A fresh id in Stytch's test format, for every answer. */
export function newRequestId(): string {
  return `request-id-test-${randomUUID()}`;
}

/** A Stytch error with exactly the reference's five fields. */
export function stytchError(
  status: number,
  errorType: string,
  errorMessage: string,
  headers?: Record<string, string>,
): EmulatorAnswer {
  return {
    kind: 'json',
    status,
    headers,
    body: stytchErrorBody({
      status,
      errorType,
      errorMessage,
      requestId: newRequestId(),
      errorUrl: `https://stytch.com/docs/api/errors/${status}`,
    }),
  };
}

/** A 200 answer: `fields` with Stytch's `status_code` and a fresh `request_id`. */
export function stytchJson(fields: Record<string, unknown>): EmulatorAnswer {
  return { kind: 'json', status: 200, body: { request_id: newRequestId(), status_code: 200, ...fields } };
}

/** The 200 answer for `app`. */
export function stytchSuccess(app: ConnectedApp): EmulatorAnswer {
  return { kind: 'json', status: 200, body: toStytchResponse(app, newRequestId()) };
}

/** Stytch's reference texts, reused so the emulator reads like the real API. */
export const messages = {
  unauthorized: 'Unauthorized credentials.',
  tooManyRequests: 'Too many requests have been made.',
  internal:
    'Oops, something seems to have gone wrong, please reach out to support@stytch.com to let us know what went wrong.',
  sessionNotFound: 'Member Session could not be found.',
  otherOrganization: "The Member Session's Organization does not match the organization_id in the request.",
  missingPermission: 'The Member is not authorized to perform the requested action on that resource.',
  organizationNotFound: 'Organization could not be found.',
  connectedAppNotFound: 'Connected app could not be found.',
  memberNotFound: 'Member could not be found.',
  routeNotFound: 'The requested route does not exist.',
  methodNotAllowed: 'The requested method is not allowed on this route.',
} as const;
