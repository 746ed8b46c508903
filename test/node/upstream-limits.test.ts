import { type StytchEmulator, seededSessions, startStytchEmulator } from 'react-connected-apps/emulator';
import { type ConnectedAppsClient, createConnectedAppHandler } from 'react-connected-apps/server';
import { fixtureApps, toStytchResponse } from 'react-connected-apps/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { stytchClientFor } from './helpers';

const APP = fixtureApps.thirdParty;
const PATH = `/organizations/acme/connected_apps/${APP.connectedAppId}`;
const TOKEN = seededSessions.acmeAdmin.sessionToken;

let emulator: StytchEmulator;
beforeAll(async () => {
  emulator = await startStytchEmulator({ rateLimit: { limit: 100, windowMs: 60_000 } });
});
afterAll(() => emulator.stop());
afterEach(() => emulator.reset());

function get(handler: (request: Request) => Promise<Response>, token: string) {
  return handler(new Request(`http://localhost${PATH}`, { headers: { 'x-stytch-member-session': token } }));
}

describe('junk sessions and a hung Stytch', () => {
  it('calls Stytch once for a made-up token sent 120 times, so a real admin is not rate-limited after', async () => {
    const handler = createConnectedAppHandler({ client: stytchClientFor(emulator) });
    const statuses: number[] = [];
    for (let index = 0; index < 120; index += 1) statuses.push((await get(handler, 'session-token-made-up')).status);
    expect(new Set(statuses)).toEqual(new Set([401]));
    expect(emulator.requestCount).toBe(1);
    const refused = await get(handler, 'session-token-made-up');
    expect(await refused.json()).toMatchObject({ status_code: 401, error_type: 'session_not_found' });

    const admin = await get(handler, TOKEN);
    expect(admin.status).toBe(200);
    expect(emulator.requestCount).toBe(2);
  });

  it('calls Stytch once for a burst of 50 concurrent requests with one made-up token, and serves a real one in full', async () => {
    const handler = createConnectedAppHandler({ client: stytchClientFor(emulator) });
    const forged = await Promise.all(Array.from({ length: 50 }, () => get(handler, 'session-token-made-up-burst')));
    expect(new Set(forged.map((response) => response.status))).toEqual(new Set([401]));
    expect(emulator.requestCount).toBe(1);
    const real = await Promise.all(Array.from({ length: 20 }, () => get(handler, TOKEN)));
    expect(new Set(real.map((response) => response.status))).toEqual(new Set([200]));
    expect(emulator.requestCount).toBe(21);
  });

  it('asks Stytch again about a rejected session once its time is up', async () => {
    const handler = createConnectedAppHandler({ client: stytchClientFor(emulator), rejectedSessionTtlMs: 50 });
    await get(handler, 'session-token-made-up');
    await get(handler, 'session-token-made-up');
    expect(emulator.requestCount).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 80));
    await get(handler, 'session-token-made-up');
    expect(emulator.requestCount).toBe(2);
  });

  it('does not remember a 401 for a wrong project secret as a rejected session', async () => {
    const handler = createConnectedAppHandler({ client: stytchClientFor(emulator, { secret: 'wrong' }) });
    await get(handler, TOKEN);
    await get(handler, TOKEN);
    expect(emulator.requestCount).toBe(2);
  });

  it('caps the Stytch calls in flight, also those past the timeout, and answers 503 with Retry-After beyond', async () => {
    let release: () => void = () => undefined;
    const hung = new Promise<void>((resolve) => {
      release = resolve;
    });
    const getConnectedApp = vi.fn(async () => {
      await hung;
      return toStytchResponse(APP, 'request-late');
    });
    const client: ConnectedAppsClient = { organizations: { getConnectedApp } };
    const onError = vi.fn();
    const handler = createConnectedAppHandler({ client, maxConcurrentStytchCalls: 3, timeoutMs: 20, onError });
    const timedOut = await Promise.all([1, 2, 3].map(() => get(handler, TOKEN)));
    expect(timedOut.map((response) => response.status)).toEqual([504, 504, 504]);

    const shed = await get(handler, TOKEN);
    expect(shed.status).toBe(503);
    expect(shed.headers.get('retry-after')).toBe('1');
    expect(await shed.json()).toMatchObject({ status_code: 503, error_type: 'upstream_busy' });
    expect(getConnectedApp).toHaveBeenCalledTimes(3);

    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect((await get(handler, TOKEN)).status).toBe(200);
    expect(getConnectedApp).toHaveBeenCalledTimes(4);
    // Timeouts are faults for the operators; load shedding is not logged once per request.
    expect(onError.mock.calls.map(([, context]) => context.status)).toEqual([504, 504, 504]);
  });
});
