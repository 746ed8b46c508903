// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import {
  ConnectedAppsProvider,
  type ConnectedAppTransport,
  createFetchTransport,
  type RevokeConnectedAppState,
  useConnectedApp,
  useRevokeConnectedApp,
} from 'react-connected-apps';
import {
  defaultEmulatorData,
  type StytchEmulator,
  seededSessions,
  startStytchEmulator,
} from 'react-connected-apps/emulator';
import { createConnectedAppHandler } from 'react-connected-apps/server';
import { FIXTURE_ORGANIZATION_ID, makeLargeApp } from 'react-connected-apps/testing';
import { SWRConfig } from 'swr';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { stytchClientFor } from './helpers';

const MEMBERS = 1_000;
const CONCURRENCY = 6;
const BULK = { ...makeLargeApp(MEMBERS), connectedAppId: 'connected-app-test-bulk' };

let emulator: StytchEmulator;
let inFlight = 0;
let mostInFlight = 0;
let transport: ConnectedAppTransport;

beforeAll(async () => {
  const [acme, ...others] = defaultEmulatorData.organizations;
  if (!acme) throw new Error('no Acme');
  emulator = await startStytchEmulator({
    // A tight per-project limit, so the run meets many 429s.
    rateLimit: { limit: 150, windowMs: 400 },
    data: {
      ...defaultEmulatorData,
      organizations: [{ ...acme, connectedApps: [...acme.connectedApps, BULK] }, ...others],
    },
  });
  const handler = createConnectedAppHandler({ client: stytchClientFor(emulator), rateLimitRetryAfterSeconds: 1 });
  const fetchTransport = createFetchTransport({
    baseUrl: 'http://localhost',
    headers: { 'x-stytch-member-session': seededSessions.acmeAdmin.sessionToken },
    fetch: (input, init) => handler(new Request(input, init)),
  });
  // A transport of one's own, wrapping the fetch transport: it counts the revokes in flight.
  transport = {
    ...fetchTransport,
    async revokeConnectedApp(request) {
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      try {
        return await fetchTransport.revokeConnectedApp(request);
      } finally {
        inFlight -= 1;
      }
    },
  };
});
afterAll(() => emulator.stop());

function wrapper({ children }: { children: ReactNode }) {
  return (
    <SWRConfig value={{ provider: () => new Map() }}>
      <ConnectedAppsProvider transport={transport}>{children}</ConnectedAppsProvider>
    </SWRConfig>
  );
}

describe('a bulk revoke of 1,000 members under a rate limit, through the handler, the SDK and the emulator', () => {
  it('keeps at most the bound in flight and revokes each member exactly once, the app’s view agreeing', async () => {
    const { result } = renderHook(
      () => ({
        app: useConnectedApp(FIXTURE_ORGANIZATION_ID, BULK.connectedAppId),
        revoker: useRevokeConnectedApp({ concurrency: CONCURRENCY, maxRateLimitRetries: 20 }),
      }),
      { wrapper },
    );
    await vi.waitFor(() => expect(result.current.app.data?.activeMembers).toHaveLength(MEMBERS), { timeout: 5_000 });
    const memberIds = BULK.activeMembers.map((member) => member.memberId);
    // Besides the tight limit (which a slow machine may not reach), three 429s for sure.
    emulator.injectFault({ kind: 'rate_limited', route: 'revokeConnectedApp', retryAfterSeconds: 1 }, 3);
    let outcomes: Awaited<ReturnType<RevokeConnectedAppState['revoke']>> = [];
    await act(async () => {
      outcomes = await result.current.revoker.revoke({
        organizationId: FIXTURE_ORGANIZATION_ID,
        connectedAppId: BULK.connectedAppId,
        // A double click: every member twice.
        memberIds: [...memberIds, ...memberIds],
      });
    });

    expect(mostInFlight).toBeLessThanOrEqual(CONCURRENCY);
    expect(mostInFlight).toBeGreaterThan(1);
    expect(outcomes).toHaveLength(MEMBERS);
    expect(outcomes.every((outcome) => outcome.status === 'revoked')).toBe(true);
    expect(result.current.revoker.progress).toEqual({ done: MEMBERS, total: MEMBERS });
    expect(result.current.revoker.status).toBe('done');

    const revokes = emulator.requests.filter((request) => request.path.endsWith('/revoke'));
    const limited = revokes.filter((request) => request.status === 429).length;
    expect(limited, 'the run met the rate limit').toBeGreaterThan(0);
    const revokedOnce = new Map<string, number>();
    for (const request of revokes.filter((entry) => entry.status === 200)) {
      const memberId = /\/members\/([^/]+)\//.exec(request.path)?.[1] ?? '';
      revokedOnce.set(memberId, (revokedOnce.get(memberId) ?? 0) + 1);
    }
    expect(revokedOnce.size).toBe(MEMBERS);
    expect([...revokedOnce.values()].every((count) => count === 1)).toBe(true);
    // The app's view agrees without a reload.
    expect(result.current.app.data?.activeMembers).toEqual([]);
  }, 60_000);
});
