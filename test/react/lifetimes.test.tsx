import { act, screen, waitFor } from '@testing-library/react';
import {
  type ConnectedApp,
  ConnectedAppPanel,
  type ConnectedAppState,
  ErrorBanner,
  useConnectedApp,
} from 'react-connected-apps';
import {
  createMemoryTransport,
  FIXTURE_ORGANIZATION_ID,
  fixtureApps,
  type MemoryScriptStep,
  makeConnectedApp,
  makeConnectedAppError,
} from 'react-connected-apps/testing';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { renderWithProvider } from './render-with-provider';

const ORG = FIXTURE_ORGANIZATION_ID;
const A = fixtureApps.firstParty;

/** Ten apps with distinct ids and names, so a wrong answer is visible. */
const APPS: ConnectedApp[] = Array.from({ length: 10 }, (_, index) =>
  makeConnectedApp({ connectedAppId: `connected-app-test-race-${index}`, name: `Race app ${index}` }),
);

/** A small deterministic generator (mulberry32), so a failure replays the same switches. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Entry = { appId: string; state: ConnectedAppState };

function Page({ appId, log }: { appId: string; log: Entry[] }) {
  const state = useConnectedApp(ORG, appId);
  log.push({ appId, state });
  return (
    <div>
      <p>status: {state.status}</p>
      {state.data && <h2>{state.data.name}</h2>}
    </div>
  );
}

let consoleError: MockInstance<typeof console.error>;
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error');
});
afterEach(() => {
  vi.useRealTimers();
  consoleError.mockRestore();
});

/** React reports state updates on unmounted trees, act() misuse and key clashes through console.error. */
function expectNoReactWarning() {
  expect(consoleError.mock.calls.map((call) => String(call[0]))).toEqual([]);
}

describe('100 rapid switches between apps', () => {
  it.each([1, 2, 3])('end on the last app asked for and never show another’s data (seed %i)', async (seed) => {
    const random = seeded(seed);
    // Each answer takes 0-30 ms, so answers routinely come back in another order than asked; one in eight fails.
    const script: MemoryScriptStep[] = Array.from({ length: 400 }, () =>
      random() < 0.125
        ? { respond: 'error', error: { code: 'SERVER', status: 500 }, latencyMs: Math.floor(random() * 30) }
        : { respond: 'fixture', latencyMs: Math.floor(random() * 30) },
    );
    const transport = createMemoryTransport({ [ORG]: APPS }, { script });
    const log: Entry[] = [];
    const pick = () => APPS[Math.floor(random() * APPS.length)] ?? A;
    let asked = pick();
    const { rerender } = renderWithProvider(<Page appId={asked.connectedAppId} log={log} />, {
      transport,
      retry: { baseDelayMs: 5, maxRetries: 6 },
    });
    for (let switches = 0; switches < 100; switches += 1) {
      asked = pick();
      rerender(<Page appId={asked.connectedAppId} log={log} />);
      await act(() => new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 8))));
    }
    // Retries may still be needed for the last one (a 500 on its first answer, or on its refresh).
    await waitFor(() => expect(screen.getByText('status: success')).toBeInTheDocument(), { timeout: 3000 });
    expect(screen.getByRole('heading')).toHaveTextContent(asked.name);

    const wrong = log.filter(({ appId, state }) => state.data !== undefined && state.data.connectedAppId !== appId);
    expect(wrong).toEqual([]);
    expect(log.at(-1)?.appId).toBe(asked.connectedAppId);
    expect(log.at(-1)?.state.status).toBe('success');
    // The switches did reach the transport: this is not a test of one cached answer.
    expect(new Set(transport.calls.map((call) => call.connectedAppId)).size).toBeGreaterThan(5);
    expectNoReactWarning();
  });
});

describe('unmounting', () => {
  // Fake timers make "no timer left" exact. SWR's own bookkeeping timers (deduplication, slow-loading
  // notice) end within a few seconds; the retry policy below waits a minute, so a retry timer left behind
  // is still counted after them.
  const slowRetry = { baseDelayMs: 60_000, maxDelayMs: 60_000, maxRetries: 3 };
  const settle = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('during a request: no warning, and once the answer lands no timer and no further request', async () => {
    const transport = createMemoryTransport({ [ORG]: [A] }, { latencyMs: 500 });
    const { unmount } = renderWithProvider(<ConnectedAppPanel orgId={ORG} appId={A.connectedAppId} />, {
      transport,
      retry: slowRetry,
    });
    await settle(100);
    expect(screen.getByRole('status')).toHaveTextContent('Loading');
    unmount();
    await settle(5_000);
    expect(vi.getTimerCount()).toBe(0);
    await settle(120_000);
    expect(transport.calls).toHaveLength(1);
    expectNoReactWarning();
  });

  it('during a request that then fails: no retry is scheduled for nobody', async () => {
    const transport = createMemoryTransport(
      { [ORG]: [A] },
      { script: [{ respond: 'error', error: { code: 'SERVER', status: 500 }, latencyMs: 500 }] },
    );
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const { unmount } = renderWithProvider(<ConnectedAppPanel orgId={ORG} appId={A.connectedAppId} />, {
        transport,
        retry: slowRetry,
      });
      await settle(100);
      unmount();
      await settle(5_000);
      expect(vi.getTimerCount()).toBe(0);
      await settle(120_000);
      expect(transport.calls).toHaveLength(1);
      expect(unhandled).not.toHaveBeenCalled();
      expectNoReactWarning();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('while a retry waits: the retry timer is cleared and never fires', async () => {
    const transport = createMemoryTransport(
      { [ORG]: [A] },
      { script: [{ respond: 'error', error: { code: 'SERVER', status: 500 } }] },
    );
    const { unmount } = renderWithProvider(<ConnectedAppPanel orgId={ORG} appId={A.connectedAppId} />, {
      transport,
      retry: slowRetry,
    });
    await settle(10);
    expect(screen.getByRole('alert')).toHaveAttribute('data-code', 'SERVER');
    await settle(5_000);
    // Only the retry and the banner's countdown to it are left: the test would show nothing if none were waiting.
    expect(vi.getTimerCount()).toBe(2);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
    await settle(120_000);
    expect(transport.calls).toHaveLength(1);
    expectNoReactWarning();
  });

  it('keeps the retry for a second view of the same app when the first one unmounts', async () => {
    const transport = createMemoryTransport(
      { [ORG]: [A] },
      { script: [{ respond: 'error', error: { code: 'SERVER', status: 500 } }] },
    );
    const retry = { baseDelayMs: 2_000, maxDelayMs: 2_000, maxRetries: 3, random: () => 1 };
    const both = (
      <>
        <ConnectedAppPanel key="first" orgId={ORG} appId={A.connectedAppId} />
        <ConnectedAppPanel key="second" orgId={ORG} appId={A.connectedAppId} />
      </>
    );
    const { rerender } = renderWithProvider(both, { transport, retry, swr: { dedupingInterval: 2_000 } });
    await settle(10);
    expect(screen.getAllByRole('alert')).toHaveLength(2);
    rerender(<ConnectedAppPanel key="second" orgId={ORG} appId={A.connectedAppId} />);
    await settle(2_500);
    expect(transport.calls).toHaveLength(2);
    expect(screen.getByRole('heading', { level: 2, name: A.name })).toBeInTheDocument();
    expectNoReactWarning();
  });

  it('stops a rate limit’s countdown when its banner unmounts', async () => {
    const onRetry = vi.fn();
    const error = makeConnectedAppError('RATE_LIMITED', { retryAfterMs: 5_000 });
    const { unmount } = renderWithProvider(<ErrorBanner error={error} onRetry={onRetry} />, {
      transport: createMemoryTransport({}),
    });
    expect(screen.getByRole('timer')).toHaveTextContent('Retrying in 5 seconds');
    await settle(1_500);
    expect(screen.getByRole('timer')).toHaveTextContent('Retrying in 4 seconds');
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
    await settle(10_000);
    expect(onRetry).not.toHaveBeenCalled();
    expectNoReactWarning();
  });

  it('stops both the countdown and the hook’s retry when a rate-limited panel unmounts', async () => {
    const transport = createMemoryTransport(
      { [ORG]: [A] },
      { script: [{ respond: 'error', error: { code: 'RATE_LIMITED', status: 429, retryAfterMs: 5_000 } }] },
    );
    const { unmount } = renderWithProvider(<ConnectedAppPanel orgId={ORG} appId={A.connectedAppId} />, {
      transport,
    });
    await settle(3_200);
    expect(screen.getByRole('timer')).toHaveTextContent('Retrying in 2 seconds');
    unmount();
    expect(vi.getTimerCount()).toBe(0);
    await settle(10_000);
    expect(transport.calls).toHaveLength(1);
    expectNoReactWarning();
  });
});
