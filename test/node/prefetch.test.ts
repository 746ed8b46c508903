import { inspect } from 'node:util';
import { createElement } from 'react';
import {
  type ConnectedApp,
  ConnectedAppsProvider,
  connectedAppKey,
  createFetchTransport,
  useConnectedApp,
} from 'react-connected-apps';
import { type StytchEmulator, seededSessions, startStytchEmulator } from 'react-connected-apps/emulator';
import { createConnectedAppHandler, prefetchConnectedApp } from 'react-connected-apps/server';
import { createMemoryTransport, fixtureApps } from 'react-connected-apps/testing';
import { renderToString } from 'react-dom/server';
import { SWRConfig } from 'swr';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { stytchClientFor } from './helpers';

const APP = fixtureApps.unknownType;
const SESSION = { sessionToken: seededSessions.acmeAdmin.sessionToken };

let emulator: StytchEmulator;

beforeAll(async () => {
  emulator = await startStytchEmulator();
});
afterAll(() => emulator.stop());
afterEach(() => emulator.reset());

function AppName({ orgId, appId }: { orgId: string; appId: string }) {
  const state = useConnectedApp(orgId, appId);
  return createElement('h2', null, state.status === 'success' ? state.data.name : state.status);
}

describe('prefetchConnectedApp', () => {
  it('returns the app under connectedAppKey, equal to what the browser transport reads from the handler', async () => {
    const client = stytchClientFor(emulator);
    const fallback = await prefetchConnectedApp({
      client,
      organizationId: 'acme',
      connectedAppId: APP.connectedAppId,
      session: SESSION,
    });
    expect(Object.keys(fallback)).toEqual([connectedAppKey('acme', APP.connectedAppId)]);

    const handler = createConnectedAppHandler({ client });
    const transport = createFetchTransport({
      baseUrl: 'http://localhost',
      headers: { 'x-stytch-member-session': SESSION.sessionToken },
      fetch: (input, init) => handler(new Request(input, init)),
    });
    const fromBrowser = await transport.getConnectedApp({ organizationId: 'acme', connectedAppId: APP.connectedAppId });
    const prefetched = fallback[connectedAppKey('acme', APP.connectedAppId)] as ConnectedApp;
    expect({ ...prefetched, requestId: undefined }).toEqual({ ...fromBrowser, requestId: undefined });
    expect(prefetched.clientType).toBe('unknown');
    expect(JSON.parse(JSON.stringify(fallback))).toEqual(fallback);
  });

  it('serves as SWR fallback: a server render shows the app without calling the transport', async () => {
    const fallback = await prefetchConnectedApp({
      client: stytchClientFor(emulator),
      organizationId: 'acme',
      connectedAppId: APP.connectedAppId,
      session: SESSION,
    });
    const transport = createMemoryTransport({});
    const html = renderToString(
      createElement(
        SWRConfig,
        { value: { fallback, provider: () => new Map() } },
        createElement(
          ConnectedAppsProvider,
          { transport },
          createElement(AppName, { orgId: 'acme', appId: APP.connectedAppId }),
        ),
      ),
    );
    expect(html).toBe(`<h2>${APP.name}</h2>`);
    expect(transport.calls).toHaveLength(0);
  });

  it('never throws: a refusal, a timeout or a bad id give {} and tell onError why', async () => {
    const onError = vi.fn();
    const client = stytchClientFor(emulator);
    const forbidden = await prefetchConnectedApp({
      client,
      organizationId: 'acme',
      connectedAppId: APP.connectedAppId,
      session: { sessionJwt: seededSessions.globexAdmin.sessionJwt },
      onError,
    });
    expect(forbidden).toEqual({});
    expect(onError).toHaveBeenLastCalledWith(expect.objectContaining({ code: 'FORBIDDEN', status: 403 }));

    emulator.injectFault({ kind: 'slow', delayMs: 2_000 });
    const slow = await prefetchConnectedApp({
      client,
      organizationId: 'acme',
      connectedAppId: APP.connectedAppId,
      session: SESSION,
      timeoutMs: 100,
      onError,
    });
    expect(slow).toEqual({});
    expect(onError).toHaveBeenLastCalledWith(expect.objectContaining({ code: 'TIMEOUT' }));

    const calls = emulator.requests.length;
    expect(await prefetchConnectedApp({ client, organizationId: 'acme', connectedAppId: '../x', onError })).toEqual({});
    expect(onError).toHaveBeenLastCalledWith(expect.objectContaining({ code: 'BAD_REQUEST' }));
    expect(emulator.requests).toHaveLength(calls);
  });

  it('keeps the session token out of what onError gets, and never throws when onError does', async () => {
    const onError = vi.fn();
    emulator.injectFault({ kind: 'connection_reset' });
    const reset = await prefetchConnectedApp({
      client: stytchClientFor(emulator),
      organizationId: 'acme',
      connectedAppId: APP.connectedAppId,
      session: SESSION,
      onError,
    });
    expect(reset).toEqual({});
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'SERVER', status: 502 }));
    const error: unknown = onError.mock.calls[0]?.[0];
    expect(JSON.stringify(error)).not.toContain(SESSION.sessionToken);
    expect(inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true })).not.toContain(SESSION.sessionToken);

    const throwing = () => {
      throw new Error('the logger is down');
    };
    emulator.injectFault({ kind: 'connection_reset' });
    for (const connectedAppId of [APP.connectedAppId, '../x']) {
      await expect(
        prefetchConnectedApp({
          client: stytchClientFor(emulator),
          organizationId: 'acme',
          connectedAppId,
          session: SESSION,
          onError: throwing,
        }),
      ).resolves.toEqual({});
    }
    expect(emulator.requests.map((recorded) => recorded.status)).toEqual([null, null]);
  });
});
