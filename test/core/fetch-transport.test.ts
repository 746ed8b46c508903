import { createFetchTransport, type FetchTransportOptions, isConnectedAppError } from 'react-connected-apps';
import { fixtureApps, toStytchError, toStytchResponse } from 'react-connected-apps/testing';
import { describe, expect, it, vi } from 'vitest';

const ORG = 'organization-test-07971b06';
const APP = fixtureApps.thirdPartyPublic;
const REQUEST_ID = 'request-id-test-b05c992f-ebdc-489d-a754-c7e70ba13141';

function json(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

function transportAnswering(
  answer: Response | (() => Promise<Response>),
  options: Partial<FetchTransportOptions> = {},
) {
  const fetch = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) =>
    typeof answer === 'function' ? answer() : answer,
  );
  const transport = createFetchTransport({ baseUrl: 'https://admin.example.com/api/stytch/', fetch, ...options });
  return { transport, fetch };
}

async function failureOf(answer: Response | (() => Promise<Response>), options: Partial<FetchTransportOptions> = {}) {
  const { transport } = transportAnswering(answer, options);
  const error = await transport.getConnectedApp({ organizationId: ORG, connectedAppId: APP.connectedAppId }).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!isConnectedAppError(error)) throw new Error(`expected a ConnectedAppError, got ${String(error)}`);
  return error;
}

function stytchError(status: number, type: string, headers: Record<string, string> = {}) {
  return json(toStytchError(status, type, `${type} happened`, REQUEST_ID), status, headers);
}

describe('createFetchTransport', () => {
  it('200: returns the validated app with its request id', async () => {
    const { transport, fetch } = transportAnswering(json(toStytchResponse(APP, REQUEST_ID)));
    const app = await transport.getConnectedApp({ organizationId: ORG, connectedAppId: APP.connectedAppId });
    expect(app).toEqual({ ...APP, requestId: REQUEST_ID });
    expect(String(fetch.mock.calls[0]?.[0])).toBe(
      `https://admin.example.com/api/stytch/organizations/${ORG}/connected_apps/${APP.connectedAppId}`,
    );
    expect(fetch.mock.calls[0]?.[1]).toMatchObject({ method: 'GET', credentials: 'same-origin' });
  });

  it('400 maps to BAD_REQUEST, not retryable', async () => {
    const error = await failureOf(stytchError(400, 'invalid_connected_app_id'));
    expect(error).toMatchObject({
      code: 'BAD_REQUEST',
      status: 400,
      errorType: 'invalid_connected_app_id',
      retryable: false,
    });
    expect(error.requestId).toBe(REQUEST_ID);
  });

  it('401 maps to UNAUTHORIZED with Stytch fields kept', async () => {
    const error = await failureOf(stytchError(401, 'unauthorized_credentials'));
    expect(error).toMatchObject({
      code: 'UNAUTHORIZED',
      status: 401,
      errorType: 'unauthorized_credentials',
      errorMessage: 'unauthorized_credentials happened',
      requestId: REQUEST_ID,
      errorUrl: 'https://stytch.com/docs/api/errors/401',
      retryable: false,
    });
  });

  it('403 maps to FORBIDDEN', async () => {
    const error = await failureOf(stytchError(403, 'unauthorized_action'));
    expect(error).toMatchObject({
      code: 'FORBIDDEN',
      status: 403,
      errorType: 'unauthorized_action',
      requestId: REQUEST_ID,
    });
  });

  it('404 maps to NOT_FOUND', async () => {
    const error = await failureOf(stytchError(404, 'connected_app_not_found'));
    expect(error).toMatchObject({ code: 'NOT_FOUND', status: 404, requestId: REQUEST_ID, retryable: false });
  });

  it('429 with Retry-After in seconds keeps the wait', async () => {
    const error = await failureOf(stytchError(429, 'too_many_requests', { 'retry-after': '2' }));
    expect(error).toMatchObject({ code: 'RATE_LIMITED', status: 429, retryAfterMs: 2000, retryable: true });
    expect(error.requestId).toBe(REQUEST_ID);
  });

  it('429 with Retry-After as an HTTP date keeps the wait', async () => {
    const inFiveSeconds = new Date(Date.now() + 5000).toUTCString();
    const error = await failureOf(stytchError(429, 'too_many_requests', { 'retry-after': inFiveSeconds }));
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.retryAfterMs).toBeGreaterThan(3000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(5000);
  });

  it('429 without Retry-After has no wait (the retry policy backs off)', async () => {
    const error = await failureOf(stytchError(429, 'too_many_requests'));
    expect(error).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: undefined, retryable: true });
  });

  it('500 maps to SERVER, retryable', async () => {
    const error = await failureOf(stytchError(500, 'internal_server_error'));
    expect(error).toMatchObject({ code: 'SERVER', status: 500, errorType: 'internal_server_error', retryable: true });
  });

  it('an HTML 502 from a proxy maps to SERVER without copying the page', async () => {
    const page = '<html><body><h1>502 Bad Gateway</h1><script>alert(1)</script></body></html>';
    const error = await failureOf(new Response(page, { status: 502, headers: { 'content-type': 'text/html' } }));
    expect(error).toMatchObject({ code: 'SERVER', status: 502, errorType: undefined, requestId: undefined });
    expect(error.message).not.toContain('<');
  });

  it('a network failure maps to NETWORK with the cause kept', async () => {
    const cause = new TypeError('Failed to fetch');
    const error = await failureOf(() => Promise.reject(cause));
    expect(error).toMatchObject({ code: 'NETWORK', status: undefined, retryable: true });
    expect(error.cause).toBe(cause);
  });

  it('no answer within timeoutMs maps to TIMEOUT and aborts the request', async () => {
    let signal: AbortSignal | undefined;
    const fetch = (_url: string | URL | Request, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        signal = init?.signal ?? undefined;
        signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    const transport = createFetchTransport({ baseUrl: '/api', fetch, timeoutMs: 20 });
    await expect(transport.getConnectedApp({ organizationId: ORG, connectedAppId: 'app' })).rejects.toMatchObject({
      code: 'TIMEOUT',
      retryable: true,
    });
    expect(signal?.aborted).toBe(true);
  });

  it('malformed JSON with status 200 maps to INVALID_RESPONSE', async () => {
    const error = await failureOf(new Response('{"connected_app_id": "x", ', { status: 200 }));
    expect(error).toMatchObject({ code: 'INVALID_RESPONSE', retryable: false });
  });

  it('JSON with a missing field maps to INVALID_RESPONSE naming the field', async () => {
    const { name: _name, ...withoutName } = toStytchResponse(APP, REQUEST_ID);
    const error = await failureOf(json(withoutName));
    expect(error).toMatchObject({ code: 'INVALID_RESPONSE', requestId: REQUEST_ID });
    expect(error.message).toContain('name');
  });

  it('JSON with a mistyped field maps to INVALID_RESPONSE naming the field', async () => {
    const body = toStytchResponse(APP);
    const mistyped = { ...body, active_members: [{ member_id: 'member-1', granted_scopes: ['openid', 42] }] };
    const error = await failureOf(json(mistyped));
    expect(error.code).toBe('INVALID_RESPONSE');
    expect(error.message).toContain('active_members[0].granted_scopes[1]');
  });

  it('an unknown client type is kept, not an error', async () => {
    const { transport } = transportAnswering(json({ ...toStytchResponse(APP), client_type: 'machine_to_machine' }));
    const app = await transport.getConnectedApp({ organizationId: ORG, connectedAppId: APP.connectedAppId });
    expect(app).toMatchObject({ clientType: 'unknown', rawClientType: 'machine_to_machine', name: APP.name });
  });

  it.each([
    ['a slash', 'org/../admin', 'app/1'],
    ['a question mark', 'org?x=1', 'app?y=2'],
    ['a hash', 'org#frag', 'app#x'],
    ['spaces', 'my org', 'my app'],
    ['a backslash', 'org\\x', 'app'],
    ['an encoded dot segment', '%2e%2e', 'app'],
    ['over 128 characters', 'o'.repeat(129), 'app'],
  ])(
    'ids with %s are refused with BAD_REQUEST, the handler’s own rule, and nothing is sent',
    async (_what, organizationId, connectedAppId) => {
      const { transport, fetch } = transportAnswering(json(toStytchResponse(APP)));
      await expect(transport.getConnectedApp({ organizationId, connectedAppId })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
        errorType: organizationId === 'org' ? 'invalid_connected_app_id' : 'invalid_organization_id',
      });
      expect(fetch).not.toHaveBeenCalled();
    },
  );

  it.each([
    ['dots inside', 'org..x', 'app.v2'],
    ['a pipe and a tilde', 'acme|external', 'app~1'],
    ['exactly 128 characters', 'o'.repeat(128), 'a'.repeat(128)],
  ])('ids with %s are sent as one path segment each', async (_what, organizationId, connectedAppId) => {
    const { transport, fetch } = transportAnswering(json(toStytchResponse(APP)));
    await transport.getConnectedApp({ organizationId, connectedAppId });
    const url = new URL(String(fetch.mock.calls[0]?.[0]));
    expect(url.search).toBe('');
    expect(url.hash).toBe('');
    const segments = url.pathname.split('/').slice(1);
    expect(segments).toHaveLength(6);
    expect(segments.slice(0, 3)).toEqual(['api', 'stytch', 'organizations']);
    expect(segments[4]).toBe('connected_apps');
    expect(decodeURIComponent(segments[3] ?? '')).toBe(organizationId);
    expect(decodeURIComponent(segments[5] ?? '')).toBe(connectedAppId);
  });

  it.each(['.', '..'])('an id that is exactly %j is refused with BAD_REQUEST and nothing is sent', async (id) => {
    const { transport, fetch } = transportAnswering(json(toStytchResponse(APP)));
    await expect(transport.getConnectedApp({ organizationId: ORG, connectedAppId: id })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('sends headers from an async function, fresh on every request', async () => {
    let token = 0;
    const { transport, fetch } = transportAnswering(() => Promise.resolve(json(toStytchResponse(APP))), {
      headers: async () => ({ 'X-Stytch-Member-SessionJWT': `jwt-${++token}` }),
      credentials: 'include',
    });
    await transport.getConnectedApp({ organizationId: ORG, connectedAppId: 'a' });
    await transport.getConnectedApp({ organizationId: ORG, connectedAppId: 'a' });
    const sent = fetch.mock.calls.map((call) => new Headers(call[1]?.headers).get('X-Stytch-Member-SessionJWT'));
    expect(sent).toEqual(['jwt-1', 'jwt-2']);
    expect(fetch.mock.calls[0]?.[1]?.credentials).toBe('include');
  });

  it('sends nothing when the caller’s signal is already aborted', async () => {
    const { transport, fetch } = transportAnswering(json(toStytchResponse(APP)));
    const controller = new AbortController();
    controller.abort(new Error('gone before it started'));
    await expect(
      transport.getConnectedApp({ organizationId: ORG, connectedAppId: 'a', signal: controller.signal }),
    ).rejects.toThrow('gone before it started');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('rejects with the caller’s abort reason when the caller aborts', async () => {
    const controller = new AbortController();
    const fetch = (_url: string | URL | Request, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    const transport = createFetchTransport({ baseUrl: '/api', fetch });
    const pending = transport.getConnectedApp({ organizationId: ORG, connectedAppId: 'a', signal: controller.signal });
    controller.abort(new Error('navigated away'));
    await expect(pending).rejects.toThrow('navigated away');
  });
});
