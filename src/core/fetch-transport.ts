import { ConnectedAppError, isConnectedAppError } from './error';
import {
  parseConnectedApp,
  parseConnectedApps,
  parseMemberConnectedApps,
  parseRevokeResult,
} from './parse-connected-app';
import { parseMembersPage, parseScopePolicy } from './parse-members';
import { parseRetryAfter } from './retry-after';
import type { CompleteTransport } from './transport';
import { buildPath, type Resource, type RouteParams, routes } from './wire/routes';
import { errorFromResponse } from './wire/stytch-error';

type HeaderRecord = Record<string, string>;

/** Options of {@link createFetchTransport}. */
export interface FetchTransportOptions {
  /** Where your server mounted `createConnectedAppHandler`, e.g. `/api/stytch`. */
  baseUrl: string;
  /**
   * Extra request headers, or a function (sync or async) called before every request, e.g. to send a
   * fresh `X-Stytch-Member-SessionJWT`.
   */
  headers?: HeaderRecord | (() => HeaderRecord | Promise<HeaderRecord>);
  /**
   * Whether cookies (the Stytch session cookie) are sent.
   * @default 'same-origin'
   */
  credentials?: RequestCredentials;
  /**
   * A request taking longer fails with code TIMEOUT.
   * @default 15000
   */
  timeoutMs?: number;
  /** The `fetch` to use. @default globalThis.fetch */
  fetch?: typeof fetch;
}

/** The body as JSON, or `undefined` when it is not JSON (an HTML error page, a truncated answer). */
async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** One request through the pipeline: a resource of the wire table, its ids, and the caller's signal. */
type Send = <R extends Resource>(
  resource: R,
  params: RouteParams<R>,
  signal: AbortSignal | undefined,
  body?: Record<string, unknown>,
) => Promise<unknown>;

/**
 * The request pipeline every resource shares: the path from the wire table (ids validated and encoded),
 * the extra headers, credentials, the timeout, and every failure mapped to a `ConnectedAppError`.
 * Resolves to the parsed JSON of a success (`undefined` when it is not JSON: its parser then refuses it).
 */
function createSend(options: FetchTransportOptions): Send {
  const { baseUrl, headers, credentials = 'same-origin', timeoutMs = 15_000 } = options;
  const root = baseUrl.replace(/\/+$/, '');
  return async (resource, params, signal, input = {}) => {
    if (signal?.aborted) throw signal.reason;
    const url = root + buildPath(resource, params);
    const doFetch = options.fetch ?? globalThis.fetch;
    const controller = new AbortController();
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      const extra = typeof headers === 'function' ? await headers() : headers;
      const { method } = routes[resource];
      // The one state-changing route takes an empty JSON body, as Stytch's does; `application/json` is also
      // what the handler requires of it (a form on another site cannot send it without a CORS preflight).
      const post = method === 'POST';
      const response = await doFetch(url, {
        method,
        headers: { accept: 'application/json', ...(post ? { 'content-type': 'application/json' } : {}), ...extra },
        body: post ? JSON.stringify(input) : undefined,
        credentials,
        signal: controller.signal,
      });
      const body = await readJson(response);
      if (!response.ok) {
        throw errorFromResponse(response.status, body, parseRetryAfter(response.headers.get('retry-after')));
      }
      return body;
    } catch (error) {
      if (isConnectedAppError(error)) throw error;
      if (signal?.aborted) throw signal.reason;
      if (timedOut) {
        throw new ConnectedAppError({ code: 'TIMEOUT', message: `No answer within ${timeoutMs} ms`, cause: error });
      }
      throw new ConnectedAppError({
        code: 'NETWORK',
        message: 'The request could not reach the server',
        cause: error,
      });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  };
}

/**
 * A transport that calls your server's handler over HTTP, e.g.
 * `GET {baseUrl}/organizations/{organizationId}/connected_apps/{connectedAppId}`.
 * Every outcome becomes validated data or a `ConnectedAppError`.
 *
 * @example
 * const transport = createFetchTransport({ baseUrl: '/api/stytch' })
 */
export function createFetchTransport(options: FetchTransportOptions): CompleteTransport {
  const send = createSend(options);
  return {
    // A success that is not JSON fails validation like any other malformed answer (INVALID_RESPONSE).
    getConnectedApp: ({ organizationId, connectedAppId, signal }) =>
      send('connectedApp', { organizationId, connectedAppId }, signal).then(parseConnectedApp),
    getConnectedApps: ({ organizationId, signal }) =>
      send('connectedApps', { organizationId }, signal).then(parseConnectedApps),
    getMemberConnectedApps: ({ organizationId, memberId, signal }) =>
      send('memberConnectedApps', { organizationId, memberId }, signal).then(parseMemberConnectedApps),
    revokeConnectedApp: ({ organizationId, memberId, connectedAppId, signal }) =>
      send('revokeConnectedApp', { organizationId, memberId, connectedAppId }, signal).then(parseRevokeResult),
    searchMembers: ({ organizationId, memberIds, cursor, signal }) =>
      send('membersSearch', { organizationId }, signal, {
        member_ids: memberIds,
        ...(cursor ? { cursor } : {}),
      }).then(parseMembersPage),
    getScopePolicy: ({ signal }) => send('scopePolicy', {}, signal).then(parseScopePolicy),
  };
}
