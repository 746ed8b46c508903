import { ConnectedAppError } from '../core/error';
import { codeForStatus } from '../core/error-codes';
import {
  parseConnectedApp,
  parseConnectedApps,
  parseMemberConnectedApps,
  parseRevokeResult,
} from '../core/parse-connected-app';
import { parseMembersPage, parseScopePolicy } from '../core/parse-members';
import type { ConnectedApp } from '../core/types';
import {
  toStytchConnectedApps,
  toStytchMemberConnectedApps,
  toStytchMembersPage,
  toStytchResponse,
  toStytchRevokeResult,
  toStytchScopePolicy,
} from '../core/wire/connected-app-body';
import { stringField } from '../core/wire/json';
import type { Resource, RouteParams } from '../core/wire/routes';
import { checkMemberSession } from './member-session';
import type { ConnectedAppsClient, MemberSession } from './types';
import type { UpstreamGuard } from './upstream-guard';

/** One server-side call of the SDK. */
export interface CallStytchOptions<R extends Resource> {
  client: ConnectedAppsClient;
  resource: R;
  params: RouteParams<R>;
  session?: MemberSession | null;
  timeoutMs: number;
  /** The SDK drops Stytch's `Retry-After` header, so a 429 carries this instead. */
  rateLimitRetryAfterSeconds: number;
  /** Caps the calls in flight; without one the call is made unconditionally. */
  guard?: UpstreamGuard;
  /** What the request's JSON body asked for (the members search: its member ids and cursor). */
  input?: { memberIds?: string[]; cursor?: string };
}

/** Where Stytch's own error documentation lives: only such an `error_url` is passed on to a browser. */
const STYTCH_ORIGIN = 'https://stytch.com';

/** Stytch's `error_url` when it points at Stytch's documentation, else nothing. */
function stytchErrorUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    return new URL(value).origin === STYTCH_ORIGIN ? value : undefined;
  } catch {
    return undefined;
  }
}

/** What is kept of an SDK error: its message and name, and Stytch's status and error type when it answered. */
interface UpstreamError extends Error {
  status_code?: number;
  error_type?: string;
}

const BUILT_IN_ERRORS = [TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError];

/**
 * The SDK's `RequestError` keeps the request it failed on, whose headers hold the member's session token
 * or JWT: a logger printing it (or a `cause` holding it) would write bearer tokens to the logs. So the
 * SDK's error goes no further than this copy.
 */
function sanitizedSdkError(error: unknown): UpstreamError {
  if (typeof error !== 'object' || error === null) return new Error(String(error));
  const message = error instanceof Error ? error.message : 'The stytch SDK failed';
  // A built-in class (a client's own TypeError) is kept, so `instanceof` checks in a listener still work.
  const builtIn = BUILT_IN_ERRORS.find((type) => Object.getPrototypeOf(error) === type.prototype);
  const copy: UpstreamError = builtIn ? new builtIn(message) : new Error(message);
  // The SDK's classes do not set `name`: their constructor's name tells a RequestError from a StytchError.
  const name: unknown = error instanceof Error && error.name !== 'Error' ? error.name : error.constructor?.name;
  if (typeof name === 'string' && name !== '' && name !== copy.name && name !== 'Object') copy.name = name;
  const status = (error as { status_code?: unknown }).status_code;
  if (typeof status === 'number') copy.status_code = status;
  const errorType = stringField(error, 'error_type');
  if (errorType !== undefined) copy.error_type = errorType;
  return copy;
}

/**
 * The SDK's `StytchError` (a JSON error answer) keeps Stytch's status, type and request id. Anything
 * else (`RequestError`: no connection, reset, a non-JSON page) is a 502 whose text never leaves the server.
 * Detected by shape, not `instanceof`, so `stytch` need not be imported. The `cause` is a sanitized copy.
 */
function fromSdkError(error: unknown, rateLimitRetryAfterSeconds: number): ConnectedAppError {
  const status = typeof error === 'object' && error !== null ? (error as { status_code?: unknown }).status_code : null;
  if (typeof error === 'object' && error !== null && typeof status === 'number' && status >= 400 && status <= 599) {
    return new ConnectedAppError({
      code: codeForStatus(status),
      message: `Stytch answered ${status}`,
      status,
      errorType: stringField(error, 'error_type') ?? 'stytch_error',
      errorMessage: stringField(error, 'error_message') ?? `Stytch answered ${status}.`,
      requestId: stringField(error, 'request_id'),
      errorUrl: stytchErrorUrl(stringField(error, 'error_url')),
      retryAfterMs: status === 429 ? rateLimitRetryAfterSeconds * 1000 : undefined,
      cause: sanitizedSdkError(error),
    });
  }
  return new ConnectedAppError({
    code: 'SERVER',
    message: 'Stytch could not be reached or sent an unreadable answer',
    status: 502,
    errorType: 'upstream_unavailable',
    errorMessage: 'Stytch could not be reached or sent an unreadable answer.',
    cause: sanitizedSdkError(error),
  });
}

type Authorization = { authorization: { session_token?: string; session_jwt?: string } } | undefined;

/** Each resource's SDK call, and how its answer is validated and written back in Stytch's format. */
const sdk: {
  [R in Resource]: {
    call: (
      client: ConnectedAppsClient,
      params: Record<string, string>,
      options: Authorization,
      input: NonNullable<CallStytchOptions<Resource>['input']>,
    ) => Promise<unknown>;
    /** Validates the answer and returns it in Stytch's format (`request_id` kept), for the browser to parse again. */
    rewrite: (body: unknown) => unknown;
  };
} = {
  connectedApp: {
    call: (client, p, options) =>
      client.organizations.getConnectedApp(
        { organization_id: p.organizationId ?? '', connected_app_id: p.connectedAppId ?? '' },
        options,
      ),
    rewrite: (body) => toStytchResponse(parseConnectedApp(body)),
  },
  connectedApps: {
    call: (client, p, options) => {
      const { organizations } = client;
      // Called on their owner objects: the SDK's methods need their `this`.
      if (!organizations.connectedApps) return notImplemented();
      return organizations.connectedApps({ organization_id: p.organizationId ?? '' }, options);
    },
    rewrite: (body) => toStytchConnectedApps(parseConnectedApps(body), requestIdOf(body)),
  },
  memberConnectedApps: {
    call: (client, p, options) => {
      const members = client.organizations.members;
      if (!members?.getConnectedApps) return notImplemented();
      return members.getConnectedApps(
        { organization_id: p.organizationId ?? '', member_id: p.memberId ?? '' },
        options,
      );
    },
    rewrite: (body) => toStytchMemberConnectedApps(parseMemberConnectedApps(body), requestIdOf(body)),
  },
  revokeConnectedApp: {
    call: (client, p, options) => {
      const connectedApps = client.organizations.members?.connectedApps;
      if (!connectedApps?.revoke) return notImplemented();
      return connectedApps.revoke(
        {
          organization_id: p.organizationId ?? '',
          member_id: p.memberId ?? '',
          connected_app_id: p.connectedAppId ?? '',
        },
        options,
      );
    },
    rewrite: (body) => toStytchRevokeResult(parseRevokeResult(body)),
  },
  membersSearch: {
    call: (client, p, options, input) => {
      const members = client.organizations.members;
      if (!members?.search) return notImplemented();
      return members.search(
        {
          organization_ids: [p.organizationId ?? ''],
          query: { operator: 'AND', operands: [{ filter_name: 'member_ids', filter_value: input.memberIds ?? [] }] },
          limit: 1000,
          ...(input.cursor ? { cursor: input.cursor } : {}),
        },
        options,
      );
    },
    rewrite: (body) => toStytchMembersPage(parseMembersPage(body), requestIdOf(body)),
  },
  scopePolicy: {
    // Takes no member session: the handler authenticates the session itself before it asks.
    call: (client) => (client.rbac?.policy ? client.rbac.policy() : notImplemented()),
    rewrite: (body) => toStytchScopePolicy(parseScopePolicy(body), requestIdOf(body)),
  },
};

function requestIdOf(body: unknown): string | undefined {
  return stringField(body, 'request_id');
}

/** A client of an older or custom shape lacks this call: 501, not a crash. */
function notImplemented(): Promise<never> {
  return Promise.reject(
    new ConnectedAppError({
      code: 'SERVER',
      status: 501,
      errorType: 'not_implemented',
      errorMessage: 'The server’s Stytch client cannot do this.',
    }),
  );
}

type SdkCallOptions = Pick<CallStytchOptions<Resource>, 'timeoutMs' | 'rateLimitRetryAfterSeconds' | 'guard'>;

/**
 * Runs one SDK call under the guard (calls in flight are capped) and a timeout of its own (the SDK's
 * `timeout` option has no effect); a failure becomes the `ConnectedAppError` the browser should get.
 */
async function runSdk(run: () => Promise<unknown>, options: SdkCallOptions): Promise<unknown> {
  const { timeoutMs, guard } = options;
  const call = guard ? guard.run(run) : Promise.resolve().then(run);
  if (call === undefined) {
    throw new ConnectedAppError({
      code: 'SERVER',
      message: 'Too many Stytch calls are in flight',
      status: 503,
      errorType: 'upstream_busy',
      errorMessage: 'The server is busy. Try again shortly.',
      retryAfterMs: 1000,
    });
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new ConnectedAppError({
            code: 'TIMEOUT',
            message: `Stytch did not answer within ${timeoutMs} ms`,
            status: 504,
            errorType: 'upstream_timeout',
            errorMessage: 'Stytch did not answer in time.',
          }),
        ),
      timeoutMs,
    );
  });
  // The SDK cannot be cancelled: a late failure must not become an unhandled rejection.
  call.catch(() => undefined);
  try {
    return await Promise.race([call, timeout]);
  } catch (error) {
    if (error instanceof ConnectedAppError) throw error;
    throw fromSdkError(error, options.rateLimitRetryAfterSeconds);
  } finally {
    clearTimeout(timer);
  }
}

/** Only a usable session becomes headers: a blank one would reach Stytch as an empty header, read as none. */
function authorizationOf(session: MemberSession | null | undefined) {
  const usable = checkMemberSession(session).session;
  return usable
    ? {
        ...(usable.sessionToken ? { session_token: usable.sessionToken } : {}),
        ...(usable.sessionJwt ? { session_jwt: usable.sessionJwt } : {}),
      }
    : undefined;
}

/**
 * Asks Stytch whether `session` is a live member session (`sessions.authenticate`): for the one route whose
 * SDK call takes no session (the RBAC policy). Rejects with Stytch's 401 when it is not.
 */
export async function authenticateSession(
  client: ConnectedAppsClient,
  session: MemberSession,
  options: SdkCallOptions,
): Promise<void> {
  const { sessions } = client;
  const authorization = authorizationOf(session);
  await runSdk(() => {
    if (!sessions) return notImplemented();
    return sessions.authenticate(
      authorization?.session_token
        ? { session_token: authorization.session_token }
        : { session_jwt: authorization?.session_jwt ?? '' },
    );
  }, options);
}

/**
 * Calls the SDK for `resource` with the member session, under the guard and a timeout, and validates the
 * answer. Resolves to the answer in Stytch's format or rejects with a `ConnectedAppError` whose `status` is
 * what the browser should get.
 */
export async function callStytch<R extends Resource>(options: CallStytchOptions<R>): Promise<unknown> {
  const { client, resource, session } = options;
  const params = options.params as Record<string, string>;
  const authorization = authorizationOf(session);
  const { call: sdkCall, rewrite } = sdk[resource];
  const body = await runSdk(
    () => sdkCall(client, params, authorization ? { authorization } : undefined, options.input ?? {}),
    options,
  );
  try {
    return rewrite(body);
  } catch (error) {
    throw new ConnectedAppError({
      code: 'SERVER',
      message: 'Stytch sent an answer that is not what was asked for',
      status: 502,
      errorType: 'invalid_upstream_response',
      errorMessage: 'Stytch sent an answer that is not what was asked for.',
      cause: error,
    });
  }
}

/** One connected app, validated: what `prefetchConnectedApp` caches. */
export async function fetchConnectedApp(
  options: Omit<CallStytchOptions<'connectedApp'>, 'resource' | 'params'> & {
    organizationId: string;
    connectedAppId: string;
  },
): Promise<ConnectedApp> {
  const { organizationId, connectedAppId, ...rest } = options;
  return parseConnectedApp(
    await callStytch({ ...rest, resource: 'connectedApp', params: { organizationId, connectedAppId } }),
  );
}
