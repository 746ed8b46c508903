import { act, render, screen, waitFor } from '@testing-library/react';
import { type ConnectedAppState, connectedAppKey, isConnectedAppKey, useConnectedApp } from 'react-connected-apps';
import { createMemoryTransport, FIXTURE_ORGANIZATION_ID, fixtureApps } from 'react-connected-apps/testing';
import { SWRConfig, useSWRConfig } from 'swr';
import { describe, expect, it } from 'vitest';
import { renderWithProvider } from './render-with-provider';

const ORG = FIXTURE_ORGANIZATION_ID;
const A = fixtureApps.firstParty;
const B = fixtureApps.thirdParty;
const fixtures = { [ORG]: [A, B] };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Entry = { appId: string | undefined; state: ConnectedAppState };

/** A page that shows the hook's state and records every render's state in `log`. */
function Page({ orgId = ORG, appId, log }: { orgId?: string | undefined; appId: string | undefined; log: Entry[] }) {
  const state = useConnectedApp(orgId, appId);
  log.push({ appId, state });
  return (
    <div>
      <p>status: {state.status}</p>
      {state.data && <h2>{state.data.name}</h2>}
      {state.error && <p role="alert">{state.error.code}</p>}
      <button type="button" onClick={() => void state.refresh()}>
        refresh
      </button>
    </div>
  );
}

/** Hands the host's SWR `mutate` out of the tree. */
function Host({ expose }: { expose: { mutate?: (key: string) => Promise<unknown> } }) {
  expose.mutate = useSWRConfig().mutate;
  return null;
}

/** What a host's sign-out does: forget every connected app the last member saw. */
function SignOut() {
  const { mutate } = useSWRConfig();
  return (
    <button type="button" onClick={() => void mutate(isConnectedAppKey, undefined, { revalidate: false })}>
      sign out
    </button>
  );
}

function recorder() {
  const states: Entry[] = [];
  const statuses = () => states.map((entry) => entry.state.status).filter((s, i, all) => s !== all[i - 1]);
  return { states, statuses };
}

describe('useConnectedApp', () => {
  it('goes loading → success and shows the app', async () => {
    const transport = createMemoryTransport(fixtures, { latencyMs: 5 });
    const { states, statuses } = recorder();
    renderWithProvider(<Page appId={A.connectedAppId} log={states} />, { transport });
    expect(screen.getByText('status: loading')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: A.name })).toBeInTheDocument();
    expect(statuses()).toEqual(['loading', 'success']);
    expect(transport.calls).toEqual([{ organizationId: ORG, connectedAppId: A.connectedAppId }]);
  });

  it('goes success → error on a failed refresh and keeps the last good data', async () => {
    const transport = createMemoryTransport(fixtures);
    const { states } = recorder();
    renderWithProvider(<Page appId={A.connectedAppId} log={states} />, { transport, retry: { maxRetries: 0 } });
    await screen.findByRole('heading', { name: A.name });
    transport.enqueue({ respond: 'error', error: { code: 'SERVER', status: 500, requestId: 'request-9' } });
    await act(() => screen.getByRole('button', { name: 'refresh' }).click());
    expect(await screen.findByRole('alert')).toHaveTextContent('SERVER');
    expect(screen.getByRole('heading', { name: A.name })).toBeInTheDocument();
    const last = states.at(-1)?.state;
    expect(last?.status).toBe('error');
    expect(last?.data?.name).toBe(A.name);
    expect(last?.error?.requestId).toBe('request-9');
  });

  it.each([
    ['an empty app id', ORG, ''],
    ['a blank app id', ORG, '   '],
    ['an undefined app id', ORG, undefined],
    ['an empty organization id', '', A.connectedAppId],
    ['a whitespace organization id', '\t\n', A.connectedAppId],
  ])('stays idle and sends nothing for %s', async (_what, orgId, appId) => {
    const transport = createMemoryTransport(fixtures);
    const { states, statuses } = recorder();
    renderWithProvider(<Page orgId={orgId} appId={appId} log={states} />, { transport });
    await sleep(30);
    expect(screen.getByText('status: idle')).toBeInTheDocument();
    expect(statuses()).toEqual(['idle']);
    expect(transport.calls).toHaveLength(0);
  });

  it('makes exactly one transport call for 20 components asking for the same app', async () => {
    const transport = createMemoryTransport(fixtures, { latencyMs: 10 });
    const { states } = recorder();
    renderWithProvider(
      Array.from({ length: 20 }, (_, index) => <Page key={String(index)} appId={A.connectedAppId} log={states} />),
      { transport, swr: { dedupingInterval: 2000 } },
    );
    await waitFor(() => expect(screen.getAllByRole('heading', { name: A.name })).toHaveLength(20));
    expect(transport.calls).toHaveLength(1);
  });

  it('never shows the previous app as the new one, even when the first answer arrives last', async () => {
    const transport = createMemoryTransport(fixtures, {
      script: [
        { respond: 'fixture', latencyMs: 80 },
        { respond: 'fixture', latencyMs: 5 },
      ],
    });
    const { states } = recorder();
    const { rerender } = renderWithProvider(<Page appId={A.connectedAppId} log={states} />, { transport });
    await sleep(10);
    rerender(<Page appId={B.connectedAppId} log={states} />);
    await screen.findByRole('heading', { name: B.name });
    await sleep(120); // the slow answer for A has now arrived
    expect(screen.getByRole('heading', { name: B.name })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: A.name })).not.toBeInTheDocument();
    for (const { appId, state } of states) {
      if (state.data) expect(state.data.connectedAppId).toBe(appId);
    }
  });

  it('joins the request in flight when refresh is pressed again, instead of sending a second', async () => {
    const transport = createMemoryTransport(fixtures);
    renderWithProvider(<Page appId={A.connectedAppId} log={[]} />, { transport });
    await screen.findByRole('heading', { name: A.name });
    transport.enqueue({ respond: 'data', data: { ...A, name: 'Refreshed' }, latencyMs: 50 });
    const button = screen.getByRole('button', { name: 'refresh' });
    await act(async () => {
      button.click();
      await sleep(10);
      button.click();
      button.click();
    });
    expect(await screen.findByRole('heading', { name: 'Refreshed' })).toBeInTheDocument();
    await sleep(80);
    expect(transport.calls).toHaveLength(2);
  });

  it.each([
    ['UNAUTHORIZED', 401],
    ['FORBIDDEN', 403],
    ['NOT_FOUND', 404],
  ] as const)('never retries %s', async (code, status) => {
    const transport = createMemoryTransport(fixtures, { script: [{ respond: 'error', error: { code, status } }] });
    const { states } = recorder();
    renderWithProvider(<Page appId={A.connectedAppId} log={states} />, {
      transport,
      retry: { baseDelayMs: 1, maxRetries: 5 },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(code);
    await sleep(60);
    expect(transport.calls).toHaveLength(1);
  });

  it('waits for Retry-After before retrying a 429, then succeeds', async () => {
    const transport = createMemoryTransport(fixtures, {
      script: [{ respond: 'error', error: { code: 'RATE_LIMITED', status: 429, retryAfterMs: 300 } }],
    });
    const { states } = recorder();
    const started = Date.now();
    renderWithProvider(<Page appId={A.connectedAppId} log={states} />, { transport, retry: { baseDelayMs: 1 } });
    expect(await screen.findByRole('alert')).toHaveTextContent('RATE_LIMITED');
    await sleep(150);
    expect(transport.calls).toHaveLength(1);
    expect(await screen.findByRole('heading', { name: A.name }, { timeout: 2000 })).toBeInTheDocument();
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(transport.calls).toHaveLength(2);
  });

  it('backs off on 500 and gives up after the configured number of retries', async () => {
    const serverError = { respond: 'error', error: { code: 'SERVER', status: 500 } } as const;
    const transport = createMemoryTransport(fixtures, { script: Array.from({ length: 10 }, () => serverError) });
    const { states } = recorder();
    renderWithProvider(<Page appId={A.connectedAppId} log={states} />, {
      transport,
      retry: { maxRetries: 2, baseDelayMs: 20, random: () => 1 },
    });
    await waitFor(() => expect(transport.calls).toHaveLength(3), { timeout: 2000 });
    await sleep(200);
    expect(transport.calls).toHaveLength(3);
    expect(states.at(-1)?.state.status).toBe('error');
    expect(screen.getByRole('alert')).toHaveTextContent('SERVER');
  });

  it('recovers on a 500 when a retry succeeds', async () => {
    const transport = createMemoryTransport(fixtures, {
      script: [{ respond: 'error', error: { code: 'SERVER', status: 500 } }],
    });
    const { states, statuses } = recorder();
    renderWithProvider(<Page appId={A.connectedAppId} log={states} />, { transport, retry: { baseDelayMs: 10 } });
    expect(await screen.findByRole('heading', { name: A.name })).toBeInTheDocument();
    expect(statuses()).toEqual(['loading', 'error', 'success']);
    expect(transport.calls).toHaveLength(2);
  });

  it('wraps a custom transport’s stray exception as a NETWORK error', async () => {
    const transport = { getConnectedApp: () => Promise.reject(new TypeError('undefined is not a function')) };
    const { states } = recorder();
    renderWithProvider(<Page appId={A.connectedAppId} log={states} />, { transport, retry: { maxRetries: 0 } });
    expect(await screen.findByRole('alert')).toHaveTextContent('NETWORK');
    expect(states.at(-1)?.state.error?.cause).toBeInstanceOf(TypeError);
  });

  it('serves SWR fallback data under connectedAppKey without a loading state', async () => {
    const transport = createMemoryTransport(fixtures);
    const { states, statuses } = recorder();
    renderWithProvider(<Page appId={A.connectedAppId} log={states} />, {
      transport,
      swr: { fallback: { [connectedAppKey(ORG, A.connectedAppId)]: { ...A, name: 'From the server' } } },
    });
    expect(screen.getByRole('heading', { name: 'From the server' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: A.name })).toBeInTheDocument();
    expect(statuses()).toEqual(['success']);
  });

  it('refreshes when the host calls mutate(connectedAppKey(...))', async () => {
    const transport = createMemoryTransport(fixtures);
    const { states } = recorder();
    const host: { mutate?: (key: string) => Promise<unknown> } = {};
    renderWithProvider(
      <>
        <Host expose={host} />
        <Page appId={A.connectedAppId} log={states} />
      </>,
      { transport },
    );
    await screen.findByRole('heading', { name: A.name });
    transport.enqueue({ respond: 'data', data: { ...A, name: 'Renamed' } });
    await act(async () => {
      await host.mutate?.(connectedAppKey(ORG, A.connectedAppId));
    });
    expect(await screen.findByRole('heading', { name: 'Renamed' })).toBeInTheDocument();
  });

  it('says when it retries by itself, and stops saying so once out of retries', async () => {
    const serverError = { respond: 'error', error: { code: 'SERVER', status: 500 } } as const;
    const transport = createMemoryTransport(fixtures, { script: [serverError, serverError] });
    const { states } = recorder();
    const before = Date.now();
    renderWithProvider(<Page appId={A.connectedAppId} log={states} />, {
      transport,
      retry: { maxRetries: 1, baseDelayMs: 40, random: () => 1 },
    });
    await screen.findByRole('alert');
    const first = states.at(-1)?.state;
    expect(first?.status === 'error' && first.retryAt).toBeGreaterThanOrEqual(before + 40);
    await waitFor(() => expect(transport.calls).toHaveLength(2));
    await waitFor(() => {
      const last = states.at(-1)?.state;
      expect(last?.status === 'error' && last.retryAt).toBeUndefined();
    });
  });

  it('never shows another app’s data, even when the host asks SWR to keep previous data', async () => {
    const transport = createMemoryTransport(fixtures, {
      script: [{ respond: 'fixture' }, { respond: 'fixture', latencyMs: 60 }],
    });
    const { states } = recorder();
    const { rerender } = renderWithProvider(<Page appId={A.connectedAppId} log={states} />, {
      transport,
      swr: { keepPreviousData: true },
    });
    await screen.findByRole('heading', { name: A.name });
    rerender(<Page appId={B.connectedAppId} log={states} />);
    expect(screen.queryByRole('heading', { name: A.name })).toBeNull();
    await screen.findByRole('heading', { name: B.name });
    for (const { appId, state } of states) {
      if (state.data) expect(state.data.connectedAppId).toBe(appId);
    }
  });

  it('drops the last data after a 401, 403 or 404, and keeps it after a passing failure', async () => {
    const transport = createMemoryTransport(fixtures);
    const { states } = recorder();
    renderWithProvider(<Page appId={A.connectedAppId} log={states} />, { transport, retry: { maxRetries: 0 } });
    await screen.findByRole('heading', { name: A.name });
    transport.enqueue({ respond: 'error', error: { code: 'TIMEOUT', status: 504 } });
    await act(() => screen.getByRole('button', { name: 'refresh' }).click());
    expect(await screen.findByRole('alert')).toHaveTextContent('TIMEOUT');
    expect(screen.getByRole('heading', { name: A.name })).toBeInTheDocument();
    transport.enqueue({ respond: 'error', error: { code: 'UNAUTHORIZED', status: 401 } });
    await act(() => screen.getByRole('button', { name: 'refresh' }).click());
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('UNAUTHORIZED'));
    expect(screen.queryByRole('heading', { name: A.name })).toBeNull();
    expect(states.at(-1)?.state.data).toBeUndefined();
  });

  it('forgets every cached app on sign-out through mutate(isConnectedAppKey)', async () => {
    const transport = createMemoryTransport(fixtures);
    renderWithProvider(
      <>
        <SignOut />
        <Page appId={A.connectedAppId} log={[]} />
      </>,
      { transport },
    );
    await screen.findByRole('heading', { name: A.name });
    await act(async () => screen.getByRole('button', { name: 'sign out' }).click());
    expect(screen.queryByRole('heading', { name: A.name })).toBeNull();
    expect(isConnectedAppKey('some-other-key')).toBe(false);
  });

  it('gives keys that never collide across organizations and apps', () => {
    expect(connectedAppKey('a/b', 'c')).not.toBe(connectedAppKey('a', 'b/c'));
    expect(connectedAppKey('org', 'app')).toBe(connectedAppKey('org', 'app'));
  });

  it('fails loudly outside the provider', () => {
    const { states } = recorder();
    const silence = console.error;
    console.error = () => undefined;
    try {
      expect(() =>
        render(
          <SWRConfig value={{ provider: () => new Map() }}>
            <Page appId="x" log={states} />
          </SWRConfig>,
        ),
      ).toThrow('`useConnectedApp` must be used within `ConnectedAppsProvider`');
    } finally {
      console.error = silence;
    }
  });
});
