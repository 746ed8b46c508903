import { parseConnectedApp } from 'react-connected-apps';
import { type StytchEmulator, seededSessions, startStytchEmulator } from 'react-connected-apps/emulator';
import { type ConnectedAppHandlerOptions, createConnectedAppHandler } from 'react-connected-apps/server';
import { FIXTURE_ORGANIZATION_ID, fixtureApps } from 'react-connected-apps/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { stytchClientFor } from './helpers';

const APP = fixtureApps.thirdParty;
const ADMIN = { 'x-stytch-member-session': seededSessions.acmeAdmin.sessionToken };

let emulator: StytchEmulator;

beforeAll(async () => {
  emulator = await startStytchEmulator({ projectId: 'project-test-handler', secret: 'secret-test-handler-42' });
});
afterAll(() => emulator.stop());
afterEach(() => emulator.reset());

function handlerWith(options: Partial<ConnectedAppHandlerOptions> = {}) {
  return createConnectedAppHandler({ client: stytchClientFor(emulator), basePath: '/api/stytch', ...options });
}

function request(
  organizationId: string,
  appId: string,
  headers: Record<string, string> = ADMIN,
  method = 'GET',
): Request {
  const path = `/api/stytch/organizations/${encodeURIComponent(organizationId)}/connected_apps/${encodeURIComponent(appId)}`;
  return new Request(`http://localhost${path}`, { method, headers });
}

/** Reads an error answer and checks what every answer of the handler must hold. */
async function errorOf(response: Response) {
  expect(response.headers.get('cache-control')).toBe('private, no-store');
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const text = await response.text();
  expect(text).not.toContain(emulator.secret);
  expect(text).not.toMatch(/at .+\.(ts|js):\d+/);
  const body = JSON.parse(text) as Record<string, unknown>;
  expect(body.status_code).toBe(response.status);
  expect(
    Object.keys(body).every((key) =>
      ['status_code', 'request_id', 'error_type', 'error_message', 'error_url'].includes(key),
    ),
  ).toBe(true);
  return body;
}

describe('createConnectedAppHandler with the stytch SDK against the emulator', () => {
  it('answers 200 with the app in Stytch’s wire format, which parses back to the seeded app', async () => {
    const response = await handlerWith()(request(FIXTURE_ORGANIZATION_ID, APP.connectedAppId));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status_code: 200, connected_app_id: APP.connectedAppId, client_type: 'third_party' });
    expect(body.request_id).toMatch(/^request-id-test-/);
    const { requestId, ...app } = parseConnectedApp(body);
    expect(app).toEqual(APP);
    expect(requestId).toBe(body.request_id);
    expect(emulator.requests).toEqual([expect.objectContaining({ hasSessionToken: true, status: 200 })]);
  });

  it('passes a session JWT header and the Stytch session cookies on to Stytch', async () => {
    const handler = handlerWith();
    const jwt = await handler(
      request('acme', APP.connectedAppId, { 'x-stytch-member-sessionjwt': seededSessions.acmeAdmin.sessionJwt }),
    );
    expect(jwt.status).toBe(200);
    const cookie = await handler(
      request('acme', APP.connectedAppId, {
        cookie: `theme=dark; stytch_session=${seededSessions.acmeAdmin.sessionToken}`,
      }),
    );
    expect(cookie.status).toBe(200);
    const forbidden = await handler(
      request('acme', APP.connectedAppId, { cookie: `stytch_session_jwt=${seededSessions.acmeMember.sessionJwt}` }),
    );
    expect(forbidden.status).toBe(403);
    expect(emulator.requests.map(({ hasSessionToken, hasSessionJwt }) => [hasSessionToken, hasSessionJwt])).toEqual([
      [false, true],
      [true, false],
      [false, true],
    ]);
  });

  it('answers 401 for a bad secret, keeping Stytch’s error type and request id', async () => {
    const handler = handlerWith({ client: stytchClientFor(emulator, { secret: 'not-the-secret' }) });
    const response = await handler(request('acme', APP.connectedAppId));
    expect(response.status).toBe(401);
    expect(await errorOf(response)).toEqual({
      status_code: 401,
      request_id: expect.stringMatching(/^request-id-test-/),
      error_type: 'unauthorized_credentials',
      error_message: 'Unauthorized credentials.',
      error_url: 'https://stytch.com/docs/api/errors/401',
    });
  });

  it('answers 403 for an admin of another organization and for a role without the permission', async () => {
    const handler = handlerWith();
    const other = await handler(
      request('acme', APP.connectedAppId, { 'x-stytch-member-session': seededSessions.globexAdmin.sessionToken }),
    );
    expect(other.status).toBe(403);
    expect(await errorOf(other)).toMatchObject({ error_type: 'unauthorized_action', request_id: expect.any(String) });
    const member = await handler(
      request('acme', APP.connectedAppId, { 'x-stytch-member-session': seededSessions.acmeMember.sessionToken }),
    );
    expect(member.status).toBe(403);
    expect(await errorOf(member)).toMatchObject({ error_type: 'unauthorized_action', request_id: expect.any(String) });
  });

  it('answers 401 for an unknown session and 404 for an unknown organization or app', async () => {
    const handler = handlerWith();
    const unknown = await handler(
      request('acme', APP.connectedAppId, { 'x-stytch-member-session': 'session-token-forged' }),
    );
    expect(unknown.status).toBe(401);
    expect(await errorOf(unknown)).toMatchObject({ error_type: 'session_not_found' });
    const noApp = await handler(request('acme', 'connected-app-test-missing'));
    expect(noApp.status).toBe(404);
    expect(await errorOf(noApp)).toMatchObject({
      error_type: 'connected_app_not_found',
      request_id: expect.any(String),
    });
    const noOrg = await handler(request('organization-test-missing', APP.connectedAppId));
    expect(noOrg.status).toBe(404);
    expect(await errorOf(noOrg)).toMatchObject({ error_type: 'organization_not_found' });
  });

  it('answers 429 with Retry-After when Stytch rate-limits, and 500 when Stytch fails', async () => {
    const handler = handlerWith({ rateLimitRetryAfterSeconds: 3 });
    emulator.injectFault({ kind: 'rate_limited' });
    const limited = await handler(request('acme', APP.connectedAppId));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    expect(await errorOf(limited)).toMatchObject({ error_type: 'too_many_requests', request_id: expect.any(String) });
    emulator.injectFault({ kind: 'server_error' });
    const failed = await handler(request('acme', APP.connectedAppId));
    expect(failed.status).toBe(500);
    expect(await errorOf(failed)).toMatchObject({
      error_type: 'internal_server_error',
      request_id: expect.any(String),
    });
  });

  it('answers 502 for malformed JSON, an HTML 502 and a reset connection, without the upstream text', async () => {
    const onError = vi.fn();
    const handler = handlerWith({ onError });
    for (const kind of ['malformed_json', 'html_502', 'connection_reset'] as const) {
      emulator.injectFault({ kind });
      const response = await handler(request('acme', APP.connectedAppId));
      expect(response.status).toBe(502);
      const body = await errorOf(response);
      expect(body).toEqual({
        status_code: 502,
        error_type: 'upstream_unavailable',
        error_message: 'Stytch could not be reached or sent an unreadable answer.',
      });
    }
    expect(onError).toHaveBeenCalledTimes(3);
    expect(String(onError.mock.calls[0]?.[0])).toMatch(/Unable to parse JSON/);
  });

  it('answers 504 when Stytch is slower than timeoutMs', async () => {
    const handler = handlerWith({ timeoutMs: 150 });
    emulator.injectFault({ kind: 'slow', delayMs: 5_000 });
    const started = Date.now();
    const response = await handler(request('acme', APP.connectedAppId));
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(response.status).toBe(504);
    expect(await errorOf(response)).toEqual({
      status_code: 504,
      error_type: 'upstream_timeout',
      error_message: 'Stytch did not answer in time.',
    });
  });

  it('answers 400 for a bad id and 401 without a session, and never calls Stytch for either', async () => {
    const handler = handlerWith();
    for (const badId of ['a/b', 'x'.repeat(129), 'drop table;', 'élan', '.']) {
      const response = await handler(request('acme', badId));
      expect(response.status, badId).toBe(400);
      expect(await errorOf(response)).toMatchObject({ error_type: 'invalid_connected_app_id' });
    }
    const orgResponse = await handler(request('acme corp', APP.connectedAppId));
    expect(await errorOf(orgResponse)).toMatchObject({ status_code: 400, error_type: 'invalid_organization_id' });
    const anonymous = await handler(request('acme', APP.connectedAppId, {}));
    expect(anonymous.status).toBe(401);
    expect(await errorOf(anonymous)).toEqual({
      status_code: 401,
      error_type: 'member_session_required',
      error_message: 'A member session is required.',
    });
    expect(emulator.requests).toHaveLength(0);
  });

  it('lets `authorize` allow a request without a session, or refuse one with a session', async () => {
    const allowAll = handlerWith({ authorize: () => true });
    expect((await allowAll(request('acme', APP.connectedAppId, {}))).status).toBe(200);
    expect(emulator.requests).toEqual([expect.objectContaining({ hasSessionToken: false, hasSessionJwt: false })]);
    const authorize = vi.fn(() => false);
    const refuseAll = handlerWith({ authorize });
    const refused = await refuseAll(request('acme', APP.connectedAppId));
    expect(refused.status).toBe(403);
    expect(authorize).toHaveBeenCalledWith(
      expect.objectContaining({
        organizationId: 'acme',
        connectedAppId: APP.connectedAppId,
        session: { sessionToken: ADMIN['x-stytch-member-session'] },
      }),
    );
    expect((await refuseAll(request('acme', APP.connectedAppId, {}))).status).toBe(401);
    expect(emulator.requests).toHaveLength(1);
  });

  it('answers only GET on its one route: 405 for other methods, 404 elsewhere', async () => {
    const handler = handlerWith();
    const post = await handler(request('acme', APP.connectedAppId, ADMIN, 'POST'));
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET');
    expect(await errorOf(post)).toMatchObject({ error_type: 'method_not_allowed' });
    for (const path of [
      '/api/stytch/organizations/acme',
      '/organizations/acme/connected_apps/x',
      '/api/stytch/organizations/acme/connected_apps/x/extra',
    ]) {
      const response = await handler(new Request(`http://localhost${path}`, { headers: ADMIN }));
      expect(response.status, path).toBe(404);
      expect(await errorOf(response)).toMatchObject({ error_type: 'route_not_found' });
    }
    expect(emulator.requests).toHaveLength(0);
  });
});
