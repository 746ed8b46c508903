import {
  defaultEmulatorData,
  type StytchEmulator,
  seededSessions,
  startStytchEmulator,
} from 'react-connected-apps/emulator';
import { FIXTURE_ORGANIZATION_ID, fixtureApps } from 'react-connected-apps/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { basicAuth, endpointPath } from './helpers';

const ERROR_FIELDS = ['error_message', 'error_type', 'error_url', 'request_id', 'status_code'];

let emulator: StytchEmulator;

beforeAll(async () => {
  emulator = await startStytchEmulator({ projectId: 'project-test-emulator', secret: 'secret-test-emulator' });
});
afterAll(() => emulator.stop());
afterEach(() => emulator.reset());

function get(organizationId: string, appId: string, headers: Record<string, string> = {}) {
  return fetch(emulator.url + endpointPath(organizationId, appId), {
    headers: { authorization: basicAuth(emulator.projectId, emulator.secret), ...headers },
  });
}

async function expectError(response: Response, status: number, errorType: string) {
  expect(response.status).toBe(status);
  const body = (await response.json()) as Record<string, unknown>;
  expect(Object.keys(body).sort()).toEqual(ERROR_FIELDS);
  expect(body).toMatchObject({
    status_code: status,
    error_type: errorType,
    error_url: `https://stytch.com/docs/api/errors/${status}`,
  });
  expect(body.request_id).toMatch(/^request-id-test-[0-9a-f-]{36}$/);
  return body;
}

describe('the emulated endpoint', () => {
  it('answers a connected app in Stytch’s wire format, with a fresh request id each time', async () => {
    const first = await get(FIXTURE_ORGANIZATION_ID, fixtureApps.thirdPartyPublic.connectedAppId);
    const second = await get(FIXTURE_ORGANIZATION_ID, fixtureApps.thirdPartyPublic.connectedAppId);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/json');
    const body = (await first.json()) as Record<string, unknown>;
    const again = (await second.json()) as Record<string, unknown>;
    expect(body).toEqual({
      status_code: 200,
      request_id: expect.stringMatching(/^request-id-test-/),
      connected_app_id: fixtureApps.thirdPartyPublic.connectedAppId,
      name: 'Third Party Public',
      description: 'Third Party Public App',
      client_type: 'third_party_public',
      logo_url: null,
      active_members: [
        { member_id: expect.stringMatching(/^member-test-/), granted_scopes: ['openid', 'profile', 'email'] },
      ],
    });
    expect(again.request_id).not.toBe(body.request_id);
  });

  it('finds the organization by its slug and by its external id', async () => {
    for (const key of ['acme', 'acme-external-id']) {
      const response = await get(key, fixtureApps.firstParty.connectedAppId);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ name: 'Acme Admin Console', client_type: 'first_party' });
    }
  });

  it('seeds apps of the four client types, an unknown type and one with 10,000 members', async () => {
    const acme = defaultEmulatorData.organizations.find((org) => org.organizationSlug === 'acme');
    const types = new Set(acme?.connectedApps.map((app) => app.rawClientType));
    expect([...types].sort()).toEqual([
      'first_party',
      'first_party_public',
      'machine_to_machine',
      'third_party',
      'third_party_public',
    ]);
    const large = await get('acme', 'connected-app-test-large-10000');
    const body = (await large.json()) as { active_members: Array<{ granted_scopes: string[] }> };
    expect(body.active_members).toHaveLength(10_000);
    expect(new Set(body.active_members.map((member) => member.granted_scopes.join(' '))).size).toBeGreaterThan(3);
  });

  it('answers 404 for an unknown organization or app, and for other routes and methods', async () => {
    await expectError(await get('no-such-org', fixtureApps.firstParty.connectedAppId), 404, 'organization_not_found');
    await expectError(await get('acme', 'no-such-app'), 404, 'connected_app_not_found');
    const other = await fetch(`${emulator.url}v1/b2b/organizations/acme`, {
      headers: { authorization: basicAuth(emulator.projectId, emulator.secret) },
    });
    await expectError(other, 404, 'route_not_found');
    const post = await fetch(emulator.url + endpointPath('acme', fixtureApps.firstParty.connectedAppId), {
      method: 'POST',
      headers: { authorization: basicAuth(emulator.projectId, emulator.secret) },
    });
    await expectError(post, 405, 'method_not_allowed');
  });

  it('answers 401 unauthorized_credentials for a wrong secret, a wrong project id or no credentials', async () => {
    const appId = fixtureApps.firstParty.connectedAppId;
    const body = await expectError(
      await get('acme', appId, { authorization: basicAuth(emulator.projectId, 'wrong') }),
      401,
      'unauthorized_credentials',
    );
    expect(body.error_message).toBe('Unauthorized credentials.');
    await expectError(
      await get('acme', appId, { authorization: basicAuth('project-test-other', emulator.secret) }),
      401,
      'unauthorized_credentials',
    );
    const none = await fetch(emulator.url + endpointPath('acme', appId));
    await expectError(none, 401, 'unauthorized_credentials');
  });
});

describe('member sessions', () => {
  const appId = fixtureApps.thirdParty.connectedAppId;

  it('lets an admin of the organization through, by token or JWT, whatever key names the organization', async () => {
    const { sessionToken, sessionJwt } = seededSessions.acmeAdmin;
    expect((await get(FIXTURE_ORGANIZATION_ID, appId, { 'x-stytch-member-session': sessionToken })).status).toBe(200);
    expect((await get('acme', appId, { 'x-stytch-member-sessionjwt': sessionJwt })).status).toBe(200);
  });

  it('answers 403 to an admin of another organization and to a role without the permission', async () => {
    const other = await get('acme', appId, { 'x-stytch-member-session': seededSessions.globexAdmin.sessionToken });
    expect((await expectError(other, 403, 'unauthorized_action')).error_message).toMatch(/Organization does not match/);
    const member = await get('acme', appId, { 'x-stytch-member-sessionjwt': seededSessions.acmeMember.sessionJwt });
    expect((await expectError(member, 403, 'unauthorized_action')).error_message).toMatch(/not authorized/);
  });

  it('answers 401 to an unknown session, and checks nothing without one', async () => {
    await expectError(await get('acme', appId, { 'x-stytch-member-session': 'forged' }), 401, 'session_not_found');
    expect((await get('globex', appId)).status).toBe(200);
  });

  it('records each request’s path and which session headers it carried', async () => {
    await get('acme', appId, { 'x-stytch-member-session': seededSessions.acmeAdmin.sessionToken });
    await get('acme', appId, { 'x-stytch-member-sessionjwt': seededSessions.acmeAdmin.sessionJwt });
    await get('acme', appId);
    expect(emulator.requests).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: `/${endpointPath('acme', appId)}`,
        hasSessionToken: true,
        hasSessionJwt: false,
        status: 200,
      }),
      expect.objectContaining({ hasSessionToken: false, hasSessionJwt: true, status: 200 }),
      expect.objectContaining({ hasAuthorization: true, hasSessionToken: false, hasSessionJwt: false }),
    ]);
  });
});

describe('rate limit', () => {
  it('answers 429 too_many_requests with Retry-After past the limit, per project', async () => {
    const limited = await startStytchEmulator({ rateLimit: { limit: 2, windowMs: 30_000 } });
    try {
      const call = () =>
        fetch(limited.url + endpointPath('acme', fixtureApps.firstParty.connectedAppId), {
          headers: { authorization: basicAuth(limited.projectId, limited.secret) },
        });
      expect((await call()).status).toBe(200);
      expect((await call()).status).toBe(200);
      const third = await call();
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThanOrEqual(29);
      expect((await expectError(third, 429, 'too_many_requests')).error_message).toBe(
        'Too many requests have been made.',
      );
    } finally {
      await limited.stop();
    }
  });
});

describe('faults', () => {
  const appId = fixtureApps.firstParty.connectedAppId;

  it('serves the next N answers as 500, then answers normally', async () => {
    emulator.injectFault({ kind: 'server_error' }, 2);
    await expectError(await get('acme', appId), 500, 'internal_server_error');
    await expectError(await get('acme', appId), 500, 'internal_server_error');
    expect((await get('acme', appId)).status).toBe(200);
  });

  it('serves malformed JSON, an HTML 502, a slow answer and a reset connection', async () => {
    emulator.injectFault({ kind: 'malformed_json' });
    emulator.injectFault({ kind: 'html_502' });
    emulator.injectFault({ kind: 'slow', delayMs: 300 });
    emulator.injectFault({ kind: 'connection_reset' });
    const malformed = await get('acme', appId);
    expect(malformed.status).toBe(200);
    await expect(malformed.json()).rejects.toThrow(SyntaxError);
    const html = await get('acme', appId);
    expect(html.status).toBe(502);
    expect(await html.text()).toContain('<h1>502 Bad Gateway</h1>');
    const started = Date.now();
    expect((await get('acme', appId)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    await expect(get('acme', appId)).rejects.toThrow();
    expect(emulator.requests.map((request) => request.status)).toEqual([200, 502, 200, null]);
  });

  it('takes faults over HTTP from JSON requests only', async () => {
    const control = (method: string, body?: unknown, contentType = 'application/json') =>
      fetch(`${emulator.url}__emulator/faults`, {
        method,
        headers: { 'content-type': contentType },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    expect((await control('POST', { kind: 'server_error' }, 'text/plain')).status).toBe(415);
    expect((await control('POST', { kind: 'explode' })).status).toBe(400);
    expect((await control('POST', { kind: 'slow', delayMs: -1 })).status).toBe(400);
    const added = await control('POST', { kind: 'rate_limited', retryAfterSeconds: 7, times: 1 });
    expect(await added.json()).toEqual({
      faults: [{ fault: { kind: 'rate_limited', retryAfterSeconds: 7 }, remaining: 1 }],
    });
    const limited = await get('acme', appId);
    expect(limited.headers.get('retry-after')).toBe('7');
    await expectError(limited, 429, 'too_many_requests');
    const requests = await fetch(`${emulator.url}__emulator/requests`);
    expect(await requests.json()).toEqual({ requests: [expect.objectContaining({ status: 429 })], requestCount: 1 });
  });
});

describe('stop()', () => {
  it('closes idle keep-alive and pending slow connections at once', async () => {
    const running = await startStytchEmulator();
    const call = () =>
      fetch(running.url + endpointPath('acme', fixtureApps.firstParty.connectedAppId), {
        headers: { authorization: basicAuth(running.projectId, running.secret) },
      });
    expect((await call()).status).toBe(200);
    running.injectFault({ kind: 'slow', delayMs: 60_000 });
    const pending = call().catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await running.stop();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await pending).toBeInstanceOf(Error);
  });
});
