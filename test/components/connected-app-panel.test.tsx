import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, type ReactNode } from 'react';
import {
  ConnectedAppPanel,
  type ConnectedAppsMessages,
  ConnectedAppsProvider,
  type DeepPartial,
  type RetryPolicy,
  useConnectedApp,
} from 'react-connected-apps';
import { fr } from 'react-connected-apps/locales/fr';
import {
  createMemoryTransport,
  FIXTURE_ORGANIZATION_ID,
  fixtureApps,
  type MemoryScriptStep,
} from 'react-connected-apps/testing';
import { SWRConfig } from 'swr';
import { describe, expect, it } from 'vitest';

const ORG = FIXTURE_ORGANIZATION_ID;
const APP = fixtureApps.thirdParty;

function setup(
  ui: ReactNode,
  {
    script,
    latencyMs = 0,
    messages,
    retry = { maxRetries: 0 },
  }: {
    script?: MemoryScriptStep[];
    latencyMs?: number;
    messages?: DeepPartial<ConnectedAppsMessages>;
    retry?: RetryPolicy;
  } = {},
) {
  const transport = createMemoryTransport({ [ORG]: [APP] }, { script, latencyMs });
  const view = render(
    <SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0 }}>
      <ConnectedAppsProvider transport={transport} retry={retry} messages={messages}>
        {ui}
      </ConnectedAppsProvider>
    </SWRConfig>,
  );
  return { transport, ...view };
}

/** Something else on the page that refreshes the same app (the panel shares its cache entry). */
function RefreshButton() {
  const state = useConnectedApp(ORG, APP.connectedAppId);
  return (
    <button type="button" onClick={() => void state.refresh()}>
      refresh from elsewhere
    </button>
  );
}

const panel = (container: HTMLElement) => container.querySelector('[data-slot="connected-app-panel"]');

describe('ConnectedAppPanel', () => {
  it('stays idle, and fetches nothing, without an app id', () => {
    const { transport, container } = setup(<ConnectedAppPanel orgId={ORG} appId="" />);
    expect(screen.getByText('Choose a connected app to see its details.')).toBeInTheDocument();
    expect(panel(container)).toHaveAttribute('data-status', 'idle');
    expect(transport.calls).toEqual([]);
  });

  it('shows a busy skeleton with a loading text, then the summary and the member list', async () => {
    const { container } = setup(<ConnectedAppPanel orgId={ORG} appId={APP.connectedAppId} />, { latencyMs: 20 });
    expect(panel(container)).toHaveAttribute('data-status', 'loading');
    const loading = screen.getByRole('status');
    expect(loading).toHaveTextContent('Loading connected app…');
    expect(container.querySelector('[data-slot="connected-app-panel-skeleton"]')).toHaveAttribute('aria-busy', 'true');

    expect(await screen.findByRole('heading', { level: 2, name: APP.name })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Active members' })).toBeInTheDocument();
    expect(screen.getByText('50 active members')).toBeInTheDocument();
    expect(panel(container)).toHaveAttribute('data-status', 'success');
    expect(container.querySelector('[aria-busy="true"]')).toBeNull();
    // The same live region stays, emptied, for the next load to be announced.
    expect(container.querySelector('[data-slot="connected-app-panel-loading"]')).toBe(loading);
    expect(loading).toHaveTextContent('');
  });

  it('shows the banner alone when the first load fails', async () => {
    setup(<ConnectedAppPanel orgId={ORG} appId="connected-app-test-missing" />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('App not found');
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.queryByText(/last data loaded/)).toBeNull();
  });

  it('shows the banner above the last good data when a refresh fails', async () => {
    const user = userEvent.setup();
    const { transport, container } = setup(
      <>
        <ConnectedAppPanel orgId={ORG} appId={APP.connectedAppId} />
        <RefreshButton />
      </>,
    );
    await screen.findByRole('heading', { name: APP.name });
    transport.enqueue({ respond: 'error', error: { code: 'SERVER', status: 500, requestId: 'request-9' } });
    await user.click(screen.getByRole('button', { name: 'refresh from elsewhere' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong');
    expect(alert).toHaveTextContent('Showing the last data loaded; it may be out of date.');
    expect(alert).toHaveTextContent('request-9');
    const heading = screen.getByRole('heading', { name: APP.name });
    expect(alert.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Active members' })).toBeInTheDocument();
    expect(panel(container)).toHaveAttribute('data-status', 'error');
    expect(panel(container)).toHaveAttribute('data-stale');
  });

  it('recovers when Retry succeeds', async () => {
    const user = userEvent.setup();
    const { transport } = setup(<ConnectedAppPanel orgId={ORG} appId={APP.connectedAppId} />, {
      script: [{ respond: 'error', error: { code: 'NETWORK' } }],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Connection problem');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: APP.name })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(transport.calls).toHaveLength(2);
  });

  it('counts a rate limit down to the hook’s own retry, then recovers with one request', async () => {
    const { transport } = setup(<ConnectedAppPanel orgId={ORG} appId={APP.connectedAppId} />, {
      script: [{ respond: 'error', error: { code: 'RATE_LIMITED', status: 429, retryAfterMs: 1000 } }],
      retry: { maxRetries: 3 },
    });
    expect(await screen.findByRole('timer')).toHaveTextContent('Retrying in 1 second');
    expect(await screen.findByRole('heading', { name: APP.name }, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(transport.calls).toHaveLength(2);
  });

  it('stops retrying a lasting rate limit after the policy’s retries, and then shows no countdown', async () => {
    const limited = { respond: 'error', error: { code: 'RATE_LIMITED', status: 429, retryAfterMs: 30 } } as const;
    const { transport } = setup(<ConnectedAppPanel orgId={ORG} appId={APP.connectedAppId} />, {
      script: Array.from({ length: 20 }, () => limited),
      retry: { maxRetries: 2 },
    });
    await waitFor(() => expect(transport.calls).toHaveLength(3));
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(transport.calls).toHaveLength(3);
    expect(screen.getByRole('alert')).toHaveAttribute('data-code', 'RATE_LIMITED');
    expect(screen.queryByRole('timer')).toBeNull();
  });

  it('moves focus to the app’s name when a retry from the keyboard succeeds', async () => {
    const user = userEvent.setup();
    setup(<ConnectedAppPanel orgId={ORG} appId={APP.connectedAppId} />, {
      script: [{ respond: 'error', error: { code: 'SERVER', status: 500 } }],
    });
    const retry = await screen.findByRole('button', { name: 'Retry' });
    retry.focus();
    await user.keyboard('{Enter}');
    const name = await screen.findByRole('heading', { name: APP.name });
    await waitFor(() => expect(name).toHaveFocus());
  });

  it('drops the last data when a refresh says the member lost access', async () => {
    const user = userEvent.setup();
    const { transport } = setup(
      <>
        <ConnectedAppPanel orgId={ORG} appId={APP.connectedAppId} />
        <RefreshButton />
      </>,
    );
    await screen.findByRole('heading', { name: APP.name });
    transport.enqueue({ respond: 'error', error: { code: 'FORBIDDEN', status: 403 } });
    await user.click(screen.getByRole('button', { name: 'refresh from elsewhere' }));
    expect(await screen.findByRole('alert')).toHaveAttribute('data-code', 'FORBIDDEN');
    expect(screen.queryByRole('heading', { name: APP.name })).toBeNull();
    expect(screen.queryByText(/last data loaded/)).toBeNull();
  });

  it('takes strings from the provider, and its own messages over them, down to its parts', async () => {
    setup(
      <ConnectedAppPanel
        orgId={ORG}
        appId={APP.connectedAppId}
        messages={{ panel: { loading: 'Un instant…' }, summary: { appIdLabel: 'Client ID' } }}
      />,
      { messages: fr, latencyMs: 10 },
    );
    expect(screen.getByRole('status')).toHaveTextContent('Un instant…');
    await screen.findByRole('heading', { name: APP.name });
    expect(screen.getByText('Client ID')).toBeInTheDocument();
    expect(screen.getByText('50 membres actifs')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Membres actifs' })).toBeInTheDocument();
  });

  it('forwards ref, puts className (in order, on the root only) beside its own data-slot, and sets the heading level', async () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = setup(
      <ConnectedAppPanel
        ref={ref}
        orgId={ORG}
        appId={APP.connectedAppId}
        className="admin-panel wide"
        headingLevel={3}
      />,
    );
    const root = panel(container);
    expect(ref.current).toBe(root);
    expect(await screen.findByRole('heading', { level: 3, name: APP.name })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { level: 4, name: 'Active members' })).toBeInTheDocument());
    // The panel has no class of its own (the stylesheet targets data-slot), so the consumer's classes are the
    // whole class list, in the order given, on the root and nowhere else; the root keeps its own hooks.
    expect(root?.getAttribute('class')).toBe('admin-panel wide');
    expect(root).toHaveAttribute('data-slot', 'connected-app-panel');
    expect(root).toHaveAttribute('data-status', 'success');
    expect(container.querySelectorAll('.admin-panel')).toHaveLength(1);
  });

  it('adds no class of its own anywhere, so a className is never merged behind one', async () => {
    const { container } = setup(<ConnectedAppPanel orgId={ORG} appId={APP.connectedAppId} />);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Active members' })).toBeInTheDocument());
    expect(panel(container)).not.toHaveAttribute('class');
    expect(container.querySelectorAll('[class]')).toHaveLength(0);
  });
});
