import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { type StytchEmulator, seededSessions, startStytchEmulator } from 'react-connected-apps/emulator';
import { type ConnectedAppsClient, createConnectedAppHandler, toNodeHandler } from 'react-connected-apps/server';
import { FIXTURE_ORGANIZATION_ID, fixtureApps, toStytchResponse } from 'react-connected-apps/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stytchClientFor } from './helpers';

const RUNS = 1_000;
const APP = fixtureApps.firstParty;

let server: Server;
let host: string;
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
const calls: Array<{ organization_id: string; connected_app_id: string }> = [];
/** The URL of each Request the handler was given. */
const seen: URL[] = [];

beforeAll(async () => {
  const client: ConnectedAppsClient = {
    organizations: {
      getConnectedApp: async (params) => {
        calls.push(params);
        return toStytchResponse(APP);
      },
    },
  };
  const handler = createConnectedAppHandler({
    client,
    basePath: '/api/stytch',
    getSession: (webRequest) => {
      seen.push(new URL(webRequest.url));
      return { sessionToken: 'token-1' };
    },
  });
  // Mounted at the root, as `http.createServer(toNodeHandler(handler))`: every path reaches it.
  server = createServer(toNodeHandler(handler));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  agent.destroy();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Sends `target` as the request line's target, byte for byte. */
function send(target: string, headers: Record<string, string> = {}) {
  const [hostname, port] = host.split(':');
  return new Promise<number>((resolve, reject) => {
    request({ host: hostname, port, path: target, headers, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    })
      .on('error', reject)
      .end();
  });
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function validId(id: string | undefined): id is string {
  return id !== undefined && /^[A-Za-z0-9._~|-]{1,128}$/.test(id) && id !== '.' && id !== '..';
}

/** Whether a URL parser would read the path otherwise than sent: a backslash or a dot segment. */
function rewritten(target: string): boolean {
  const path = target.split(/[?#]/)[0] ?? '';
  const segments = path.split('/').map((segment) => segment.toLowerCase().replaceAll('%2e', '.'));
  return path.includes('\\') || path.toLowerCase().includes('%5c') || segments.some((s) => s === '.' || s === '..');
}

/**
 * The ids an origin-form target names: it is a path on this server, even when it starts with `//`, and
 * none when a URL parser would rewrite it.
 */
function idsOf(target: string): { organization_id: string; connected_app_id: string } | undefined {
  if (rewritten(target)) return undefined;
  const { pathname } = new URL(`http://${host}${target}`);
  const match = /^\/api\/stytch\/organizations\/([^/]*)\/connected_apps\/([^/]*)$/.exec(pathname);
  const organizationId = decode(match?.[1] ?? '');
  const connectedAppId = decode(match?.[2] ?? '');
  if (!validId(organizationId) || !validId(connectedAppId)) return undefined;
  return { organization_id: organizationId, connected_app_id: connectedAppId };
}

const segment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('acme', APP.connectedAppId, 'a.b', 'x|y') },
  fc.constantFrom('..', '.', '%2e%2e', '%2F', '%5C', '\\', '%00', '%', '%zz', '//', 'evil.example'),
  fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 12 }),
);
const lead = fc.constantFrom('', '', '', '/', '//evil.example', '//evil.example:8080', '///', '/x/..', '/.', '/%2e');
const target = fc
  .tuple(lead, segment, segment, fc.constantFrom('', '', '?q=1', '/', '/..', '#x'))
  .map(([before, org, app, after]) => `${before}/api/stytch/organizations/${org}/connected_apps/${app}${after}`);

describe('toNodeHandler under hostile request targets', () => {
  it('hands the handler this server’s URL and the path as sent, never a host taken from the path', async () => {
    const status = await send('//evil.example/api/stytch/organizations/acme/connected_apps/app-1');
    expect(status).toBe(404);
    expect(calls).toEqual([]);
    expect(seen).toEqual([]);

    // Nor a path taken from the Host header.
    const hosted = await send('/connected_apps/app-1', { host: `${host}/api/stytch/organizations/acme` });
    expect(hosted).toBe(404);
    expect(calls).toEqual([]);
    const fine = await send('/api/stytch/organizations/acme/connected_apps/app-1', { host: `${host}/x?y` });
    expect(fine).toBe(200);
    expect(seen.map((url) => url.href)).toEqual([`http://${host}/api/stytch/organizations/acme/connected_apps/app-1`]);
  });

  it(`routes ${RUNS} generated targets to exactly the ids their path names`, async () => {
    await fc.assert(
      fc.asyncProperty(target, async (raw) => {
        calls.length = 0;
        seen.length = 0;
        const status = await send(raw);
        const expected = idsOf(raw);
        expect(calls).toEqual(expected ? [expected] : []);
        if (expected) expect(status).toBe(200);
        else if (rewritten(raw)) expect(status).toBe(400);
        else expect([400, 404]).toContain(status);
        for (const url of seen) expect(url.host).toBe(host);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('toNodeHandler in front of the real SDK and the emulator, under paths a URL parser would rewrite', () => {
  let emulator: StytchEmulator;
  let mounted: Server;
  let mountedHost: string;
  const mountedAgent = new Agent({ keepAlive: true, maxSockets: 1 });
  const route = `organizations/${FIXTURE_ORGANIZATION_ID}/connected_apps/${APP.connectedAppId}`;

  beforeAll(async () => {
    emulator = await startStytchEmulator();
    const handler = createConnectedAppHandler({ client: stytchClientFor(emulator), basePath: '/api/rca' });
    // Mounted at the root: a proxy or middleware in front decides by path which requests reach `/api/rca`.
    mounted = createServer(toNodeHandler(handler));
    await new Promise<void>((resolve) => mounted.listen(0, '127.0.0.1', resolve));
    mountedHost = `127.0.0.1:${(mounted.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    mountedAgent.destroy();
    mounted.closeAllConnections();
    await new Promise((resolve) => mounted.close(resolve));
    await emulator.stop();
  });

  /** Sends `target` byte for byte, as a member with a session, and reads the answer. */
  function get(target: string) {
    const [hostname, port] = mountedHost.split(':');
    const headers = { 'x-stytch-member-session': seededSessions.acmeAdmin.sessionToken };
    return new Promise<{ status: number; body: Record<string, unknown> }>((resolve, reject) => {
      request({ host: hostname, port, path: target, headers, agent: mountedAgent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }),
        );
      })
        .on('error', reject)
        .end();
    });
  }

  it.each([
    ['backslashes', `/api\\rca\\${route.replaceAll('/', '\\')}`],
    ['one backslash', `/api\\rca/${route}`],
    ['an encoded backslash', `/api%5crca/${route}`],
    ['an upper-case encoded backslash', `/api/rca%5C${route}`],
    ['`..`', `/x/../api/rca/${route}`],
    ['`%2e%2e`', `/x/%2e%2e/api/rca/${route}`],
    ['`%2E%2E`', `/x/%2E%2E/api/rca/${route}`],
    ['`.%2e`', `/x/.%2e/api/rca/${route}`],
    ['`%2E.`', `/x/%2E./api/rca/${route}`],
    ['`.`', `/api/rca/./${route}`],
    ['`%2e`', `/api/rca/%2e/${route}`],
    ['a trailing `..`', `/api/rca/${route}/../${APP.connectedAppId}`],
    ['`..` before a fragment', `/api/rca/${route}/x/..#y`],
    ['`..` before a query', `/api/rca/${route}/x/..?y=1`],
    ['an absolute-form target with `..`', `http://127.0.0.1/x/../api/rca/${route}`],
  ])('answers a path with %s 400 invalid_path without calling Stytch', async (_name, target) => {
    const before = emulator.requestCount;
    const { status, body } = await get(target);
    expect(status).toBe(400);
    expect(body).toMatchObject({ status_code: 400, error_type: 'invalid_path' });
    expect(emulator.requestCount).toBe(before);
  });

  it('still answers the path as sent 200 through the SDK, with a query and a dot inside a segment', async () => {
    const before = emulator.requestCount;
    expect((await get(`/api/rca/${route}`)).status).toBe(200);
    expect((await get(`/api/rca/${route}?x=..\\y`)).status).toBe(200);
    expect(emulator.requestCount).toBe(before + 2);
  });
});
