import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ConnectedAppError, createFetchTransport } from 'react-connected-apps';
import { type StytchEmulator, seededSessions, startStytchEmulator } from 'react-connected-apps/emulator';
import { createConnectedAppHandler, type NodeRequest, toNodeHandler } from 'react-connected-apps/server';
import { fixtureApps } from 'react-connected-apps/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { stytchClientFor } from './helpers';

const APP = fixtureApps.firstPartyPublic;

let emulator: StytchEmulator;
let server: Server;
let origin: string;
const next = vi.fn();

beforeAll(async () => {
  emulator = await startStytchEmulator();
  const handler = toNodeHandler(
    createConnectedAppHandler({ client: stytchClientFor(emulator), basePath: '/api/stytch', timeoutMs: 200 }),
  );
  const failing = toNodeHandler(() => Promise.reject(new Error('boom')));
  server = createServer((req: NodeRequest, res) => {
    if (req.url?.startsWith('/mounted/')) {
      // What Express does for app.use('/mounted', ...): strips the mount path, keeps originalUrl.
      req.originalUrl = req.url.replace('/mounted', '/api/stytch');
      req.url = req.url.slice('/mounted'.length);
    }
    if (req.url === '/failing') return failing(req, res, next);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await emulator.stop();
});
afterEach(() => emulator.reset());

function transport(
  headers: Record<string, string> = { 'X-Stytch-Member-Session': seededSessions.acmeAdmin.sessionToken },
) {
  return createFetchTransport({ baseUrl: `${origin}/api/stytch`, headers, timeoutMs: 2_000 });
}

async function failure(promise: Promise<unknown>): Promise<ConnectedAppError> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: ConnectedAppError) => error,
  );
}

describe('toNodeHandler over a real http server, read by createFetchTransport', () => {
  it('yields the app, by id or slug', async () => {
    const app = await transport().getConnectedApp({ organizationId: 'acme', connectedAppId: APP.connectedAppId });
    expect(app).toEqual({ ...APP, requestId: expect.stringMatching(/^request-id-test-/) });
  });

  it('reads the Stytch session cookie', async () => {
    const app = await transport({ cookie: `stytch_session=${seededSessions.acmeAdmin.sessionToken}` }).getConnectedApp({
      organizationId: 'acme',
      connectedAppId: APP.connectedAppId,
    });
    expect(app.name).toBe(APP.name);
    expect(emulator.requests).toEqual([expect.objectContaining({ hasSessionToken: true })]);
  });

  it('turns every failure into the right error code', async () => {
    const asMember = transport({ 'X-Stytch-Member-Session': seededSessions.acmeMember.sessionToken });
    const forbidden = await failure(
      asMember.getConnectedApp({ organizationId: 'acme', connectedAppId: APP.connectedAppId }),
    );
    expect(forbidden).toMatchObject({
      code: 'FORBIDDEN',
      status: 403,
      errorType: 'unauthorized_action',
      requestId: expect.any(String),
    });

    const anonymous = await failure(
      transport({}).getConnectedApp({ organizationId: 'acme', connectedAppId: APP.connectedAppId }),
    );
    expect(anonymous).toMatchObject({ code: 'UNAUTHORIZED', status: 401, errorType: 'member_session_required' });

    const missing = await failure(transport().getConnectedApp({ organizationId: 'acme', connectedAppId: 'nope' }));
    expect(missing).toMatchObject({ code: 'NOT_FOUND', status: 404 });

    const badId = await failure(transport().getConnectedApp({ organizationId: 'acme', connectedAppId: 'a b' }));
    // The browser applies the handler's id rule itself: refused before any request, with the same error type.
    expect(badId).toMatchObject({ code: 'BAD_REQUEST', status: undefined, errorType: 'invalid_connected_app_id' });

    emulator.injectFault({ kind: 'rate_limited' });
    const limited = await failure(
      transport().getConnectedApp({ organizationId: 'acme', connectedAppId: APP.connectedAppId }),
    );
    expect(limited).toMatchObject({ code: 'RATE_LIMITED', status: 429, retryAfterMs: 2_000, retryable: true });

    emulator.injectFault({ kind: 'html_502' });
    const upstream = await failure(
      transport().getConnectedApp({ organizationId: 'acme', connectedAppId: APP.connectedAppId }),
    );
    expect(upstream).toMatchObject({ code: 'SERVER', status: 502, retryable: true });

    emulator.injectFault({ kind: 'slow', delayMs: 2_000 });
    const slow = await failure(
      transport().getConnectedApp({ organizationId: 'acme', connectedAppId: APP.connectedAppId }),
    );
    expect(slow).toMatchObject({ code: 'TIMEOUT', status: 504, retryable: true });

    expect(emulator.requests.map((request) => request.status)).toEqual([403, 404, 429, 502, null]);
  });

  it('matches basePath against Express’s originalUrl when mounted under a path', async () => {
    const response = await fetch(`${origin}/mounted/organizations/acme/connected_apps/${APP.connectedAppId}`, {
      headers: { 'x-stytch-member-session': seededSessions.acmeAdmin.sessionToken },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(await response.json()).toMatchObject({ name: APP.name });
  });

  it('answers 405 for methods a Web Request cannot carry, and hands unexpected failures to next', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request(`${origin}/api/stytch/organizations/acme/connected_apps/x`, { method: 'TRACE' }, (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(405);

    const pending = fetch(`${origin}/failing`).catch(() => undefined);
    await vi.waitFor(() => expect(next).toHaveBeenCalledWith(expect.objectContaining({ message: 'boom' })));
    server.closeAllConnections();
    await pending;
  });
});
