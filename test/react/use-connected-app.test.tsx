import { act, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import {
  type ConnectedAppState,
  ConnectedAppsProvider,
  type ConnectedAppTransport,
  connectedAppKey,
  isConnectedAppKey,
  type UseConnectedAppOptions,
  useConnectedApp,
} from 'react-connected-apps';
import {
  createMemoryTransport,
  FIXTURE_ORGANIZATION_ID,
  fixtureApps,
  type MemoryTransport,
} from 'react-connected-apps/testing';
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

/** A page that renders `isValidating` too, and records each render's status and `isValidating`. */
function Watch({ options, log }: { options?: UseConnectedAppOptions; log: string[] }) {
  const state = useConnectedApp(ORG, A.connectedAppId, options);
  const entry = `${state.status}${state.isValidating ? ' validating' : ''}`;
  if (log.at(-1) !== entry) log.push(entry);
  return (
    <div>
      <p>status: {state.status}</p>
      <p>validating: {String(state.isValidating)}</p>
      {state.data && <h2>{state.data.name}</h2>}
      <button type="button" onClick={() => void state.refresh()}>
        refresh
      </button>
    </div>
  );
}

/** Shows what is cached under the pair, without ever fetching it. */
function Show({ orgId, appId }: { orgId: string; appId: string }) {
  const state = useConnectedApp(orgId, appId, { revalidateOnMount: false });
  return <h2>{state.data?.name ?? state.status}</h2>;
}

/** Shows the app's name only (never reads `isValidating`), under `revalidateOnMount: false`, and counts renders. */
function NameOnly({ renders }: { renders: { count: number } }) {
  const state = useConnectedApp(ORG, A.connectedAppId, { revalidateOnMount: false });
  renders.count += 1;
  return <h2>{state.status === 'success' ? state.data.name : state.status}</h2>;
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

/** A memory transport whose answers wait until `release()`, so a test can look at the state mid-request. */
function heldTransport() {
  const memory = createMemoryTransport(fixtures);
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const transport: ConnectedAppTransport = {
    getConnectedApp: async (request) => {
      const answer = memory.getConnectedApp(request);
      await held;
      return answer;
    },
  };
  return { transport, calls: memory.calls, release: () => release() };
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

  it('gives keys that never collide across organizations and apps, and the hook reads each pair under its own', () => {
    const pairs = [
      ['org', 'app'],
      ['org', 'app2'],
      ['org2', 'app'],
      ['app', 'org'],
      ['a/b', 'c'],
      ['a', 'b/c'],
      ['a%2Fb', 'c'],
      ['a', 'b%2Fc'],
      ['a/', 'b'],
      ['a', '/b'],
    ] as const;
    const keys = pairs.map(([orgId, appId]) => connectedAppKey(orgId, appId));
    expect(new Set(keys).size).toBe(pairs.length);
    for (const key of keys) expect(isConnectedAppKey(key)).toBe(true);

    // Two pairs that would share the naive key "a/b/c": each hook shows only the data stored under its own key.
    const transport = createMemoryTransport({});
    renderWithProvider(
      <>
        <Show orgId="a/b" appId="c" />
        <Show orgId="a" appId="b/c" />
      </>,
      {
        transport,
        swr: {
          fallback: {
            [connectedAppKey('a/b', 'c')]: { ...A, name: 'Org a/b, app c' },
            [connectedAppKey('a', 'b/c')]: { ...B, name: 'Org a, app b/c' },
          },
        },
      },
    );
    expect(screen.getAllByRole('heading').map((heading) => heading.textContent)).toEqual([
      'Org a/b, app c',
      'Org a, app b/c',
    ]);
    expect(transport.calls).toHaveLength(0);
  });

  it('stays idle, with no request claimed, under revalidateOnMount: false and nothing cached; refresh() fetches', async () => {
    const { transport, calls, release } = heldTransport();
    const log: string[] = [];
    renderWithProvider(<Watch options={{ revalidateOnMount: false }} log={log} />, { transport });
    await sleep(40);
    expect(screen.getByText('status: idle')).toBeInTheDocument();
    expect(screen.getByText('validating: false')).toBeInTheDocument();
    expect(calls).toHaveLength(0);
    await act(async () => screen.getByRole('button', { name: 'refresh' }).click());
    expect(screen.getByText('status: loading')).toBeInTheDocument();
    expect(screen.getByText('validating: true')).toBeInTheDocument();
    expect(calls).toHaveLength(1);
    await act(async () => release());
    expect(await screen.findByRole('heading', { name: A.name })).toBeInTheDocument();
    expect(screen.getByText('validating: false')).toBeInTheDocument();
    expect(log).toEqual(['idle', 'loading validating', 'success']);
    expect(calls).toHaveLength(1);
  });

  it.each<[string, (ui: ReactNode, transport: MemoryTransport) => void]>([
    [
      'the provider’s swr option',
      (ui, transport) =>
        render(
          <SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0 }}>
            <ConnectedAppsProvider transport={transport} swr={{ revalidateOnMount: false }}>
              {ui}
            </ConnectedAppsProvider>
          </SWRConfig>,
        ),
    ],
    [
      'the host’s SWRConfig',
      (ui, transport) => renderWithProvider(ui, { transport, swr: { revalidateOnMount: false } }),
    ],
  ])('stays idle under revalidateOnMount: false from %s', async (_where, renderUnder) => {
    const transport = createMemoryTransport(fixtures);
    const log: string[] = [];
    renderUnder(<Watch log={log} />, transport);
    await sleep(30);
    expect(log).toEqual(['idle']);
    expect(transport.calls).toHaveLength(0);
    await act(async () => screen.getByRole('button', { name: 'refresh' }).click());
    expect(await screen.findByRole('heading', { name: A.name })).toBeInTheDocument();
    expect(transport.calls).toHaveLength(1);
  });

  it('goes idle → loading → success when SWR revalidates on focus by itself under revalidateOnMount: false', async () => {
    const { transport, calls, release } = heldTransport();
    const log: string[] = [];
    renderWithProvider(<Watch options={{ revalidateOnMount: false }} log={log} />, {
      transport,
      swr: { focusThrottleInterval: 0 },
    });
    await sleep(20);
    expect(screen.getByText('status: idle')).toBeInTheDocument();
    expect(calls).toHaveLength(0);
    await act(async () => {
      window.dispatchEvent(new Event('focus'));
      await sleep(5); // SWR revalidates on a timer after a focus event
    });
    expect(screen.getByText('status: loading')).toBeInTheDocument();
    expect(screen.getByText('validating: true')).toBeInTheDocument();
    expect(calls).toHaveLength(1);
    await act(async () => release());
    expect(await screen.findByRole('heading', { name: A.name })).toBeInTheDocument();
    expect(log).toEqual(['idle', 'loading validating', 'success']);
    expect(calls).toHaveLength(1);
  });

  it('shows SWR fallback data as success, without a request, under revalidateOnMount: false', async () => {
    const transport = createMemoryTransport(fixtures);
    const log: string[] = [];
    renderWithProvider(<Watch options={{ revalidateOnMount: false }} log={log} />, {
      transport,
      swr: { fallback: { [connectedAppKey(ORG, A.connectedAppId)]: { ...A, name: 'From the server' } } },
    });
    await sleep(30);
    expect(screen.getByRole('heading', { name: 'From the server' })).toBeInTheDocument();
    expect(log).toEqual(['success']);
    expect(transport.calls).toHaveLength(0);
  });

  it('does not re-render a component that ignores isValidating, under revalidateOnMount: false, when a revalidation brings the same data', async () => {
    const transport = createMemoryTransport(fixtures, { latencyMs: 5 });
    const renders = { count: 0 };
    const host: { mutate?: (key: string) => Promise<unknown> } = {};
    renderWithProvider(
      <>
        <Host expose={host} />
        <NameOnly renders={renders} />
      </>,
      { transport, swr: { fallback: { [connectedAppKey(ORG, A.connectedAppId)]: A } } },
    );
    expect(screen.getByRole('heading', { name: A.name })).toBeInTheDocument();
    renders.count = 0;
    await act(async () => {
      await host.mutate?.(connectedAppKey(ORG, A.connectedAppId));
    });
    expect(transport.calls).toHaveLength(1);
    expect(renders.count).toBe(0);
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

/** Shows the app's name and hands its `refresh` out to the test. */
function Grab({ into }: { into: { refresh?: () => Promise<void> } }) {
  const state = useConnectedApp(ORG, A.connectedAppId);
  into.refresh = state.refresh;
  return <p>{state.data?.name ?? state.status}</p>;
}

describe('useConnectedApp over a transport of several resources', () => {
  it('shows a typed error, not a crash, when the transport does not implement getConnectedApp', async () => {
    const partial: ConnectedAppTransport = {};
    renderWithProvider(<Page appId={A.connectedAppId} log={[]} />, { transport: partial });
    expect(await screen.findByRole('alert')).toHaveTextContent('BAD_REQUEST');
    expect(screen.getByText('status: error')).toBeInTheDocument();
  });

  it('resolves a refresh that joined a request in flight only when that answer is in', async () => {
    const transport = createMemoryTransport(fixtures);
    const grabbed: { refresh?: () => Promise<void> } = {};
    renderWithProvider(<Grab into={grabbed} />, { transport });
    const refresh = () => grabbed.refresh?.();
    await screen.findByText(A.name);
    transport.enqueue({ respond: 'data', data: { ...A, name: 'Later' }, latencyMs: 60 });
    let first: Promise<void> | undefined;
    let second: Promise<void> | undefined;
    await act(async () => {
      first = refresh();
      await sleep(5);
      second = refresh();
      await second;
    });
    // The second refresh sent nothing and settled with the first request's answer on screen.
    expect(screen.getByText('Later')).toBeInTheDocument();
    await first;
    expect(transport.calls).toHaveLength(2);
  });
});
