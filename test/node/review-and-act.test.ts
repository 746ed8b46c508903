import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createFetchTransport,
  parseConnectedApp,
  parseConnectedApps,
  parseMemberConnectedApps,
} from 'react-connected-apps';
import { type StytchEmulator, seededSessions, startStytchEmulator } from 'react-connected-apps/emulator';
import { createConnectedAppHandler, toNodeHandler } from 'react-connected-apps/server';
import { fixtureApps } from 'react-connected-apps/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { stytchClientFor } from './helpers';

const ADMIN = seededSessions.acmeAdmin.sessionToken;
const AUDITOR = seededSessions.acmeAuditor.sessionToken;
const BASE = 'http://localhost/api/stytch';
const APP = fixtureApps.firstParty; // three members
const [FIRST, SECOND, THIRD] = APP.activeMembers.map((member) => member.memberId) as [string, string, string];

let emulator: StytchEmulator;
let handler: (request: Request) => Promise<Response>;

beforeAll(async () => {
  emulator = await startStytchEmulator({ rateLimit: false });
  handler = createConnectedAppHandler({
    client: stytchClientFor(emulator),
    basePath: '/api/stytch',
    allowedOrigins: ['https://admin.example.com'],
  });
});
afterAll(() => emulator.stop());
afterEach(() => emulator.reset());

function get(path: string, token: string | undefined = ADMIN) {
  return handler(new Request(`${BASE}${path}`, { headers: token ? { 'x-stytch-member-session': token } : {} }));
}

function revoke(memberId: string, appId: string, headers: Record<string, string> = {}, token = ADMIN) {
  return handler(
    new Request(`${BASE}/organizations/acme/members/${memberId}/connected_apps/${appId}/revoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-stytch-member-session': token, ...headers },
      body: '{}',
    }),
  );
}

const revokeCalls = () => emulator.requests.filter((request) => request.path.endsWith('/revoke')).length;

describe('the organization’s apps and a member’s apps, through the real SDK and the emulator', () => {
  it('lists the apps some member installed, not the one nobody did', async () => {
    const response = await get('/organizations/acme/connected_apps');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const apps = parseConnectedApps(await response.json());
    const ids = apps.map((app) => app.connectedAppId);
    expect(ids).toContain(APP.connectedAppId);
    expect(ids).not.toContain(fixtureApps.noMembers.connectedAppId);
    expect(apps.find((app) => app.connectedAppId === APP.connectedAppId)).toMatchObject({
      name: APP.name,
      clientType: 'first_party',
      logoUrl: APP.logoUrl,
    });
  });

  it('lists a member’s apps with the scopes from Stytch’s space-separated string', async () => {
    const response = await get(`/organizations/acme/members/${FIRST}/connected_apps`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(typeof body.connected_apps[0].scopes_granted).toBe('string');
    const apps = parseMemberConnectedApps(body);
    const granted = apps.find((app) => app.connectedAppId === APP.connectedAppId);
    expect(granted?.scopesGranted).toEqual(APP.activeMembers[0]?.grantedScopes);
  });

  it('answers a member with no apps an empty list, an unknown member 404, and nothing without a session', async () => {
    const none = await get(
      '/organizations/acme/members/member-test-0d1e2f3a-4b5c-4d6e-8f70-000000000000/connected_apps',
    );
    expect(parseMemberConnectedApps(await none.json())).toEqual([]);
    expect((await get('/organizations/acme/members/member-test-nobody/connected_apps')).status).toBe(404);
    const before = emulator.requestCount;
    for (const path of ['/organizations/acme/connected_apps', `/organizations/acme/members/${FIRST}/connected_apps`]) {
      expect((await get(path, '')).status).toBe(401);
    }
    expect(emulator.requestCount).toBe(before);
  });

  it('lets a read-only role read both lists and not revoke (Stytch’s 403 passes through)', async () => {
    expect((await get('/organizations/acme/connected_apps', AUDITOR)).status).toBe(200);
    expect((await get(`/organizations/acme/members/${FIRST}/connected_apps`, AUDITOR)).status).toBe(200);
    const refused = await revoke(FIRST, APP.connectedAppId, {}, AUDITOR);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error_type: 'unauthorized_action', request_id: expect.any(String) });
    const app = parseConnectedApp(await (await get(`/organizations/acme/connected_apps/${APP.connectedAppId}`)).json());
    expect(app.activeMembers.map((member) => member.memberId)).toContain(FIRST);
  });

  it('serves a fault queued for one route to that route only', async () => {
    emulator.injectFault({ kind: 'server_error', route: 'revokeConnectedApp' });
    expect((await get('/organizations/acme/connected_apps')).status).toBe(200);
    expect((await get(`/organizations/acme/members/${FIRST}/connected_apps`)).status).toBe(200);
    expect((await revoke(FIRST, APP.connectedAppId)).status).toBe(500);
    expect((await revoke(FIRST, APP.connectedAppId)).status).toBe(200);
  });

  it('answers a fault on every route as Stytch’s error', async () => {
    const paths = [
      '/organizations/acme/connected_apps',
      `/organizations/acme/connected_apps/${APP.connectedAppId}`,
      `/organizations/acme/members/${FIRST}/connected_apps`,
    ];
    for (const path of paths) {
      emulator.injectFault({ kind: 'server_error' });
      expect((await get(path)).status).toBe(500);
      emulator.injectFault({ kind: 'rate_limited' });
      expect((await get(path)).status).toBe(429);
    }
    emulator.injectFault({ kind: 'html_502' });
    expect((await revoke(FIRST, APP.connectedAppId)).status).toBe(502);
    // A slow Stytch: the handler gives up (504); the emulator still answers later, so wait for it to land.
    emulator.injectFault({ kind: 'slow', delayMs: 100 });
    const slow = createConnectedAppHandler({ client: stytchClientFor(emulator), timeoutMs: 20 });
    const timedOut = await slow(
      new Request(`http://x/organizations/acme/members/${FIRST}/connected_apps`, {
        headers: { 'x-stytch-member-session': ADMIN },
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(timedOut.status).toBe(504);
  });
});

describe('revoking, through the real SDK and the emulator', () => {
  it('revokes one member: every view agrees, and the app leaves the list when its last member goes', async () => {
    const response = await revoke(FIRST, APP.connectedAppId);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status_code: 200, request_id: expect.any(String) });
    const app = parseConnectedApp(await (await get(`/organizations/acme/connected_apps/${APP.connectedAppId}`)).json());
    expect(app.activeMembers.map((member) => member.memberId)).toEqual([SECOND, THIRD]);
    const mine = parseMemberConnectedApps(
      await (await get(`/organizations/acme/members/${FIRST}/connected_apps`)).json(),
    );
    expect(mine.map((entry) => entry.connectedAppId)).not.toContain(APP.connectedAppId);

    expect((await revoke(SECOND, APP.connectedAppId)).status).toBe(200);
    expect((await revoke(THIRD, APP.connectedAppId)).status).toBe(200);
    const list = parseConnectedApps(await (await get('/organizations/acme/connected_apps')).json());
    expect(list.map((entry) => entry.connectedAppId)).not.toContain(APP.connectedAppId);
    // Already revoked: Stytch's 404 passes through.
    expect((await revoke(FIRST, APP.connectedAppId)).status).toBe(404);
  });

  it.each([
    ['a form’s content type', { 'content-type': 'application/x-www-form-urlencoded' }, 'json_content_type_required'],
    ['text/plain', { 'content-type': 'text/plain' }, 'json_content_type_required'],
    ['another site’s Origin', { origin: 'https://evil.example' }, 'cross_origin_request_refused'],
    ['a look-alike Origin', { origin: 'http://localhost.evil.example' }, 'cross_origin_request_refused'],
    ['Origin null', { origin: 'null' }, 'cross_origin_request_refused'],
    ['Sec-Fetch-Site cross-site', { 'sec-fetch-site': 'cross-site' }, 'cross_origin_request_refused'],
    ['Sec-Fetch-Site same-site', { 'sec-fetch-site': 'same-site' }, 'cross_origin_request_refused'],
  ])('refuses a forged revoke (%s) with 403 and never calls Stytch', async (_what, headers, errorType) => {
    const response = await revoke(FIRST, APP.connectedAppId, headers);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ status_code: 403, error_type: errorType });
    expect(emulator.requestCount).toBe(0);
  });

  it('accepts a revoke from its own origin, same-origin fetch metadata, or an allowed origin', async () => {
    expect(
      (await revoke(FIRST, APP.connectedAppId, { origin: 'http://localhost', 'sec-fetch-site': 'same-origin' })).status,
    ).toBe(200);
    expect(
      (
        await revoke(SECOND, APP.connectedAppId, {
          origin: 'https://admin.example.com',
          'sec-fetch-site': 'cross-site',
        })
      ).status,
    ).toBe(200);
    expect(revokeCalls()).toBe(2);
  });

  it('compares Origin with the Host the browser sent, as under `next start`, where request.url says localhost', async () => {
    // The framework builds request.url from its listen address; the browser addressed app.example.test.
    const fromBrowser = {
      host: 'app.example.test',
      origin: 'https://app.example.test',
      'sec-fetch-site': 'same-origin',
    };
    expect((await revoke(FIRST, APP.connectedAppId, fromBrowser)).status).toBe(200);
    // Another site's page still cannot pass: its Origin is neither the URL's host nor the Host it sent,
    // and an X-Forwarded-Host naming the page's own host is not believed (a page could send that header).
    const forged = await revoke(SECOND, APP.connectedAppId, {
      host: 'app.example.test',
      origin: 'https://evil.example',
    });
    expect(forged.status).toBe(403);
    const forwarded = { host: 'app.example.test', 'x-forwarded-host': 'evil.example', origin: 'https://evil.example' };
    expect((await revoke(SECOND, APP.connectedAppId, forwarded)).status).toBe(403);
    expect(revokeCalls()).toBe(1);
  });

  it('refuses a GET on the revoke route and a POST on a read route (405), and a revoke without a session (401)', async () => {
    const path = `/organizations/acme/members/${FIRST}/connected_apps/${APP.connectedAppId}/revoke`;
    expect((await get(path)).status).toBe(405);
    const post = await handler(
      new Request(`${BASE}/organizations/acme/connected_apps`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-stytch-member-session': ADMIN },
        body: '{}',
      }),
    );
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET');
    const anonymous = await handler(
      new Request(`${BASE}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }),
    );
    expect(anonymous.status).toBe(401);
    expect(emulator.requestCount).toBe(0);
  });

  it('revokes through toNodeHandler over HTTP, the browser’s fetch transport sending the JSON body', async () => {
    const server = createServer(toNodeHandler(handler));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const transport = createFetchTransport({
        baseUrl: `http://127.0.0.1:${port}/api/stytch`,
        headers: { 'x-stytch-member-session': ADMIN },
      });
      await expect(
        transport.revokeConnectedApp({ organizationId: 'acme', memberId: FIRST, connectedAppId: APP.connectedAppId }),
      ).resolves.toEqual({ requestId: expect.any(String) });
      const apps = await transport.getMemberConnectedApps({ organizationId: 'acme', memberId: FIRST });
      expect(apps.map((app) => app.connectedAppId)).not.toContain(APP.connectedAppId);
      await expect(transport.getConnectedApps({ organizationId: 'acme' })).resolves.toContainEqual(
        expect.objectContaining({ connectedAppId: APP.connectedAppId }),
      );
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('the Node adapter and a members search', () => {
  it('passes a search of 1,000 ids (about 50 kB of JSON) to the handler, and refuses a body over 256 kB', async () => {
    const server = createServer(toNodeHandler(handler));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const post = (body: string) =>
      fetch(`http://127.0.0.1:${port}/api/stytch/organizations/acme/members/search`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-stytch-member-session': ADMIN },
        body,
      });
    try {
      const ids = Array.from(
        { length: 1000 },
        (_, index) => `member-test-32fc5024-9c09-4da3-bd2e-${index.toString(16).padStart(12, '0')}`,
      );
      const found = await post(JSON.stringify({ member_ids: ids }));
      expect(found.status).toBe(200);
      expect(((await found.json()) as { members: unknown[] }).members.length).toBeGreaterThan(900);
      expect((await post(JSON.stringify({ member_ids: ids, padding: 'x'.repeat(300 * 1024) }))).status).toBe(413);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
