import { ConnectedAppError, isConnectedAppError } from '../core/error';
import { codeForStatus } from '../core/error-codes';
import { isValidId } from '../core/wire/ids';
import { isPlainObject } from '../core/wire/json';
import { matchRoute, type Resource, type RouteParams } from '../core/wire/routes';
import { normalizeBasePath } from './base-path';
import { callQuietly } from './call-quietly';
import { authenticateSession, callStytch } from './call-stytch';
import { serverDefaults } from './defaults';
import { errorResponse, jsonResponse } from './json-response';
import { checkMemberSession, readMemberSession } from './member-session';
import type { ConnectedAppsClient, MemberSession } from './types';
import { createUpstreamGuard } from './upstream-guard';

/** What `authorize` is asked about. */
export interface AuthorizeContext {
  request: Request;
  /**
   * Which route: `connectedApps`, `connectedApp`, `memberConnectedApps`, `revokeConnectedApp`, `membersSearch`
   * or `scopePolicy` (the project-wide RBAC policy: allowing it without a session serves it to anyone).
   */
  resource: Resource;
  /** `GET`, or `POST` for a revoke and for the members search (whose member ids are in its body, not here). */
  method: string;
  /** The organization of the path; `''` for `scopePolicy`, which names none. */
  organizationId: string;
  /** Set for the routes of one app (`connectedApp`, `revokeConnectedApp`). */
  connectedAppId?: string;
  /** Set for the routes of one member (`memberConnectedApps`, `revokeConnectedApp`). */
  memberId?: string;
  /** The member session found, or `null`. */
  session: MemberSession | null;
}

/**
 * What `onError` is told about the request that failed: what a log needs, and nothing that holds a
 * credential (no headers, no cookies, no query string).
 */
export interface HandlerErrorContext {
  method: string;
  /** The URL's path, ids still encoded. */
  path: string;
  resource: Resource;
  organizationId: string;
  connectedAppId?: string;
  memberId?: string;
  /** The status the browser was answered. */
  status: number;
}

/** Options of {@link createConnectedAppHandler}. */
export interface ConnectedAppHandlerOptions {
  /** The `stytch` SDK's `new B2BClient({ project_id, secret })`. */
  client: ConnectedAppsClient;
  /**
   * Finds the member session of a request.
   * @default readMemberSession (the X-Stytch-Member-Session(JWT) headers, else the stytch_session(_jwt) cookies)
   */
  getSession?: (request: Request) => MemberSession | null | undefined | Promise<MemberSession | null | undefined>;
  /**
   * Your own check, run before Stytch is called. Without it a request needs a member session (Stytch then
   * checks the member's organization and role). With it, returning `true` lets a request through even
   * without a session: Stytch then checks nothing, so only allow what your own auth has verified.
   * Returning `false` answers 401 (no session) or 403.
   */
  authorize?: (context: AuthorizeContext) => boolean | Promise<boolean>;
  /**
   * Origins besides the request's own whose pages may revoke (the one state-changing route), e.g. an admin
   * console served from another host: `['https://admin.example.com']`. A revoke whose `Origin` or
   * `Sec-Fetch-Site` says it came from another site is refused (403) otherwise.
   * @default []
   */
  allowedOrigins?: readonly string[];
  /**
   * The path the handler is mounted at, e.g. `/api/stytch`.
   * @default ''
   */
  basePath?: string;
  /**
   * How long to wait for Stytch before answering 504.
   * @default 10000
   */
  timeoutMs?: number;
  /**
   * `Retry-After` sent with a 429: the SDK does not expose Stytch's own.
   * @default 2
   */
  rateLimitRetryAfterSeconds?: number;
  /**
   * Stytch calls one handler keeps in flight at most; beyond it a request gets 503 with `Retry-After: 1`.
   * A call counts until the SDK settles, also after the handler answered 504: the SDK cannot be cancelled,
   * so this bounds the sockets a hung Stytch can hold (give the SDK an undici `dispatcher` with
   * `headersTimeout` / `bodyTimeout` to end them; see README).
   * @default 64
   */
  maxConcurrentStytchCalls?: number;
  /**
   * How long a session Stytch answered 401 for (unknown, expired) is refused with the same 401 without
   * calling Stytch again, so made-up tokens cannot spend the project's Stytch rate limit.
   * @default 300000
   */
  rejectedSessionTtlMs?: number;
  /**
   * How long the RBAC policy (what each custom scope means) is kept before Stytch is asked again.
   * @default 300000
   */
  policyCacheTtlMs?: number;
  /**
   * Told, for your logs, about what the server's operators must fix: failures the browser sees as 500, 502
   * or 504, and Stytch's 401 `unauthorized_credentials` (the project id or secret is wrong), which the
   * browser gets unchanged and would otherwise take for an expired session. Gets the cause (for an SDK
   * failure an `Error` with only its message and name, plus `status_code` and `error_type` when Stytch
   * answered) and a {@link HandlerErrorContext}: never the request, whose headers hold the member's session.
   * Whatever it throws or rejects with is ignored.
   */
  onError?: (error: unknown, context: HandlerErrorContext) => void;
}

/**
 * The failures the operators, not the member, can fix. A 503 from the handler's own cap on calls in flight
 * is load, not a fault: under a flood, one log line a request would be more load.
 */
function isServerFault(error: ConnectedAppError): boolean {
  const status = error.status ?? 500;
  if (error.errorType === 'upstream_busy') return false;
  return status >= 500 || (status === 401 && error.errorType === 'unauthorized_credentials');
}

/** Stytch refused the member session (unknown, expired): not the project's credentials. */
function isRejectedSession(error: ConnectedAppError): boolean {
  return error.status === 401 && error.errorType !== 'unauthorized_credentials';
}

function localError(status: number, errorType: string, errorMessage: string): ConnectedAppError {
  return new ConnectedAppError({ code: codeForStatus(status), status, errorType, errorMessage });
}

/**
 * The hosts this request was addressed to: the URL's and the `Host` header's. A framework may build
 * `request.url` from its own listen address (`next start` gives `http://localhost:PORT` whatever the browser
 * asked for), while `Host` is what the browser sent, and a page cannot set it. `X-Forwarded-Host` is not
 * trusted: a page could send it wherever other middleware approves its CORS preflight. Behind a proxy that
 * rewrites `Host`, name the public origin in `allowedOrigins`.
 */
function ownHosts(request: Request): string[] {
  const hosts = [new URL(request.url).host, request.headers.get('host')];
  return hosts.filter((host): host is string => typeof host === 'string' && host !== '').map((h) => h.toLowerCase());
}

/**
 * Why a state-changing request could have been forged by another site, or `undefined` when it could not:
 * it must be `application/json` (a form or a "simple" cross-site fetch cannot send that without a CORS
 * preflight, which this handler never approves), and `Origin` / `Sec-Fetch-Site`, when sent, must say the
 * request came from this origin (or one of `allowedOrigins`). Hosts are compared, not schemes: behind a TLS
 * proxy the handler may see `http` while the browser says `https`.
 */
function forgeryRisk(request: Request, allowedOrigins: readonly string[]): string | undefined {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(contentType)) return 'json_content_type_required';
  const origin = request.headers.get('origin');
  const site = request.headers.get('sec-fetch-site');
  if (origin !== null && allowedOrigins.includes(origin)) return undefined;
  if (origin !== null) {
    let host: string | undefined;
    try {
      host = origin === 'null' ? undefined : new URL(origin).host;
    } catch {
      host = undefined;
    }
    if (host === undefined || !ownHosts(request).includes(host)) return 'cross_origin_request_refused';
  }
  if (site !== null && site !== 'same-origin') return 'cross_origin_request_refused';
  return undefined;
}

/** The most ids one members search takes: Stytch's page size. */
const MAX_SEARCH_IDS = 1000;

/** 1,000 ids of up to 128 characters, quoted and separated, with room for a cursor. */
const MAX_SEARCH_BODY_BYTES = 200_000;

/**
 * The body as text, read as it streams and given up on beyond `limit` bytes (`undefined`), so a huge body
 * never sits in memory whole.
 */
async function readText(request: Request, limit: number): Promise<string | undefined> {
  const reader = request.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * The JSON body of a members search, `{ member_ids: string[], cursor?: string }`: 1 to 1,000 valid ids and
 * an opaque cursor of visible ASCII, or why it is not one.
 */
async function readSearchInput(request: Request): Promise<{ memberIds: string[]; cursor?: string } | string> {
  let body: unknown;
  try {
    const text = await readText(request, MAX_SEARCH_BODY_BYTES);
    if (text === undefined) return 'The body is too large.';
    body = JSON.parse(text);
  } catch {
    return 'The body must be JSON.';
  }
  if (!isPlainObject(body)) return 'The body must be a JSON object.';
  const ids = body.member_ids;
  if (!Array.isArray(ids) || ids.length === 0 || ids.length > MAX_SEARCH_IDS) {
    return `member_ids must hold 1 to ${MAX_SEARCH_IDS} ids.`;
  }
  if (!ids.every((id): id is string => typeof id === 'string' && isValidId(id))) {
    return 'Each member id must be 1 to 128 letters, digits or the characters . _ ~ | -';
  }
  const { cursor } = body;
  if (cursor === undefined || cursor === null || cursor === '') return { memberIds: [...new Set(ids)] };
  if (typeof cursor !== 'string' || !/^[\x21-\x7e]{1,1024}$/.test(cursor)) return 'cursor must be a string.';
  return { memberIds: [...new Set(ids)], cursor };
}

/**
 * A `Request → Response` handler (Next.js route handlers, Remix, Hono, edge runtimes) answering, under
 * `basePath`, in Stytch's JSON format (which `createFetchTransport` reads), through the `stytch` SDK:
 * `GET /organizations/{org}/connected_apps`, `GET /organizations/{org}/connected_apps/{app}`,
 * `GET /organizations/{org}/members/{member}/connected_apps` and
 * `POST /organizations/{org}/members/{member}/connected_apps/{app}/revoke` (JSON only, same origin only). It never calls Stytch for a request
 * without a member session unless `authorize` allows it; errors keep Stytch's status, `error_type` and
 * `request_id`, and never carry a secret, a stack trace or an upstream page.
 *
 * @example
 * // app/api/stytch/[...path]/route.ts
 * const client = new B2BClient({ project_id: process.env.STYTCH_PROJECT_ID, secret: process.env.STYTCH_SECRET })
 * export const GET = createConnectedAppHandler({ client, basePath: '/api/stytch' })
 * export const POST = GET
 */
export function createConnectedAppHandler(
  options: ConnectedAppHandlerOptions,
): (request: Request) => Promise<Response> {
  const {
    client,
    getSession = readMemberSession,
    authorize,
    allowedOrigins = [],
    timeoutMs = serverDefaults.timeoutMs,
    rateLimitRetryAfterSeconds = serverDefaults.rateLimitRetryAfterSeconds,
    maxConcurrentStytchCalls = 64,
    rejectedSessionTtlMs = 300_000,
    policyCacheTtlMs = 300_000,
    onError,
  } = options;
  const basePath = normalizeBasePath(options.basePath ?? '');
  // The RBAC policy is project-wide and changes rarely: kept for `policyCacheTtlMs`, as the SDK does.
  let policy: { body: unknown; until: number } | undefined;
  const guard = createUpstreamGuard({
    maxConcurrentCalls: maxConcurrentStytchCalls,
    rejectedSessionTtlMs,
    maxRejectedSessions: 10_000,
  });

  return async (request) => {
    const route = matchRoute(new URL(request.url).pathname, basePath);
    if (route.kind === 'not_found') {
      return errorResponse(localError(404, 'route_not_found', 'No such route.'));
    }
    if (request.method !== route.method) {
      return errorResponse(localError(405, 'method_not_allowed', `Only ${route.method} is allowed.`), {
        allow: route.method,
      });
    }
    if (route.kind === 'bad_id') return errorResponse(localError(400, route.errorType, route.message));
    const { resource, method, params } = route;
    const { organizationId = '', connectedAppId, memberId } = params;
    if (method !== 'GET') {
      const risk = forgeryRisk(request, allowedOrigins);
      if (risk !== undefined) {
        return errorResponse(localError(403, risk, 'The request may come from another site: it was refused.'));
      }
    }
    let session: MemberSession | null = null;
    // How this request's Stytch call ended, for the sessions guard: a refusal, an answer, or nothing learnt.
    let outcome: 'accepted' | 'unknown' | { errorType: string; errorMessage: string } = 'unknown';
    let admission: Awaited<ReturnType<typeof guard.admit>> | undefined;
    try {
      const checked = checkMemberSession(await getSession(request));
      // Control characters or a huge value: a bad session (401), not an outage, and nothing to log.
      if (checked.kind === 'malformed') {
        return errorResponse(localError(401, 'invalid_member_session', 'The member session is malformed.'));
      }
      session = checked.session;
      admission = session ? await guard.admit(session) : undefined;
      const rejected = admission?.rejected;
      if (rejected) return errorResponse(localError(401, rejected.errorType, rejected.errorMessage));
      const allowed = authorize
        ? await authorize({ request, resource, method, organizationId, connectedAppId, memberId, session })
        : session !== null;
      if (!allowed && session === null) {
        return errorResponse(localError(401, 'member_session_required', 'A member session is required.'));
      }
      if (!allowed) {
        return errorResponse(localError(403, 'unauthorized_action', 'The member may not do this.'));
      }
      const sdkOptions = { timeoutMs, rateLimitRetryAfterSeconds, guard };
      if (resource === 'scopePolicy') {
        // The policy call takes no member session, so Stytch would check nothing: the session is checked here.
        if (session) await authenticateSession(client, session, sdkOptions);
        if (policy && policy.until > Date.now()) return jsonResponse(200, policy.body);
      }
      let input: { memberIds: string[]; cursor?: string } | undefined;
      if (resource === 'membersSearch') {
        const read = await readSearchInput(request);
        if (typeof read === 'string') return errorResponse(localError(400, 'invalid_members_search', read));
        input = read;
      }
      const body = await callStytch({
        client,
        resource,
        params: params as RouteParams<typeof resource>,
        session,
        ...sdkOptions,
        ...(input ? { input } : {}),
      });
      outcome = 'accepted';
      if (resource === 'scopePolicy') policy = { body, until: Date.now() + policyCacheTtlMs };
      return jsonResponse(200, body);
    } catch (error) {
      const failure = isConnectedAppError(error)
        ? error
        : new ConnectedAppError({
            code: 'SERVER',
            status: 500,
            errorType: 'internal_error',
            errorMessage: 'The server failed to answer.',
            cause: error,
          });
      if (session && isRejectedSession(failure)) {
        outcome = {
          errorType: failure.errorType ?? 'session_not_found',
          errorMessage: failure.errorMessage ?? 'The member session was not accepted.',
        };
      } else if ((failure.status === 403 || failure.status === 404) && failure.requestId) {
        // Stytch answered (a 403, a 404): the session itself was good.
        outcome = 'accepted';
      }
      if (onError && isServerFault(failure)) {
        const context: HandlerErrorContext = {
          method: request.method,
          path: new URL(request.url).pathname,
          resource,
          organizationId,
          ...(connectedAppId === undefined ? {} : { connectedAppId }),
          ...(memberId === undefined ? {} : { memberId }),
          status: failure.status ?? 500,
        };
        callQuietly(() => onError(failure.cause ?? failure, context));
      }
      return errorResponse(failure);
    } finally {
      admission?.settle(outcome);
    }
  };
}
