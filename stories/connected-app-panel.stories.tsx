import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import {
  ConnectedAppPanel,
  ConnectedAppsProvider,
  type RetryPolicy,
  useConnectedApp,
  useMessages,
} from 'react-connected-apps';
import {
  createMemoryTransport,
  FIXTURE_ORGANIZATION_ID,
  fixtureApps,
  type MemoryScriptStep,
  type MemoryTransport,
  makeLargeApp,
} from 'react-connected-apps/testing';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { SWRConfig } from 'swr';
import { largeInDocs, unstyled } from '../.storybook/docs-parameters';

const ORG = FIXTURE_ORGANIZATION_ID;
const largeApp = makeLargeApp(10_000);
const fixtures = { [ORG]: [...Object.values(fixtureApps), largeApp] };
const serverError: MemoryScriptStep = {
  respond: 'error',
  error: { code: 'SERVER', status: 500, errorType: 'internal_server_error', requestId: 'request-id-test-b05c992f' },
};

interface FailingRefreshProps {
  orgId: string;
  appId: string;
  /** Press the button by itself once the app has loaded (and render no button). */
  auto?: boolean;
}

interface MemoryBackendProps {
  /** Scripted answers, before the fixtures answer. */
  script?: MemoryScriptStep[];
  latencyMs?: number;
  /** Renders a button that makes the next refresh fail; `auto` presses it once the app has loaded. */
  failingRefresh?: FailingRefreshProps;
  /** The hook's retries; none by default, so a story holds its state. */
  retry?: RetryPolicy;
  children: ReactNode;
}

const NO_RETRIES: RetryPolicy = { maxRetries: 0 };
const HOOK_RETRIES: RetryPolicy = { maxRetries: 3 };

/**
 * A provider over a memory transport, with its own SWR cache (stories side by side never share data) and
 * the catalogue of the surrounding story frame (so the Locale toolbar still applies).
 */
function MemoryBackend({ script, latencyMs, failingRefresh, retry = NO_RETRIES, children }: MemoryBackendProps) {
  const messages = useMessages();
  const [transport] = useState(() => createMemoryTransport(fixtures, { script, latencyMs }));
  return (
    <SWRConfig value={{ provider: () => new Map(), revalidateOnFocus: false, revalidateOnReconnect: false }}>
      <ConnectedAppsProvider transport={transport} messages={messages} retry={retry}>
        {children}
        {failingRefresh && <FailingRefresh transport={transport} {...failingRefresh} />}
      </ConnectedAppsProvider>
    </SWRConfig>
  );
}

function FailingRefresh({
  transport,
  orgId,
  appId,
  auto = false,
}: { transport: MemoryTransport } & MemoryBackendProps['failingRefresh'] & {}) {
  const state = useConnectedApp(orgId, appId);
  const done = useRef(false);
  const failNext = () => {
    transport.enqueue(serverError);
    void state.refresh();
  };
  useEffect(() => {
    if (auto && !done.current && state.status === 'success') {
      done.current = true;
      failNext();
    }
  });
  if (auto) return null;
  return (
    <button type="button" style={{ marginBlockStart: '1rem' }} onClick={failNext}>
      Refresh (the server will fail)
    </button>
  );
}

const meta = {
  title: 'Components/ConnectedAppPanel',
  component: ConnectedAppPanel,
  args: { orgId: ORG, appId: fixtureApps.thirdParty.connectedAppId },
  render: (args) => (
    <MemoryBackend latencyMs={300}>
      <ConnectedAppPanel {...args} />
    </MemoryBackend>
  ),
} satisfies Meta<typeof ConnectedAppPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

/** No app chosen yet: nothing is requested. */
export const Idle: Story = {
  args: { appId: '' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Choose a connected app to see its details.')).toBeVisible();
  },
};

/** The first answer is on its way (it takes ten minutes here). */
export const Loading: Story = {
  render: (args) => (
    <MemoryBackend latencyMs={600_000}>
      <ConnectedAppPanel {...args} />
    </MemoryBackend>
  ),
  play: async ({ canvasElement }) => {
    const status = within(canvasElement).getByText('Loading connected app…');
    await expect(status).toHaveAttribute('role', 'status');
    await expect(canvasElement.querySelector('[data-slot="connected-app-panel-skeleton"]')).toHaveAttribute(
      'aria-busy',
      'true',
    );
  },
};

export const Success: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { level: 2, name: 'Ledgerly Accounting' })).toBeVisible();
    await expect(canvas.getByRole('heading', { level: 3, name: 'Active members' })).toBeVisible();
  },
};

export const NoMembers: Story = {
  args: { appId: fixtureApps.noMembers.connectedAppId },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('0 active members')).toBeVisible();
  },
};

export const OneMember: Story = {
  args: { appId: fixtureApps.thirdPartyPublic.connectedAppId },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('1 active member')).toBeVisible();
  },
};

export const TenThousandMembers: Story = {
  parameters: largeInDocs,
  args: { appId: largeApp.connectedAppId },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('10,000 active members')).toBeVisible();
  },
};

/** The first load fails: the banner alone. */
export const NotFound: Story = {
  args: { appId: 'connected-app-test-does-not-exist' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('App not found');
    await expect(canvas.queryByRole('heading')).toBeNull();
  },
};

export const Unauthorized: Story = {
  render: (args) => (
    <MemoryBackend
      script={[{ respond: 'error', error: { code: 'UNAUTHORIZED', status: 401, requestId: 'request-id-test-1' } }]}
    >
      <ConnectedAppPanel {...args} />
    </MemoryBackend>
  ),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent('Not signed in');
  },
};

/** A refresh fails after a good load: the banner sits above the last data, which stays. */
export const StaleDataAfterFailedRefresh: Story = {
  render: (args) => (
    <MemoryBackend failingRefresh={{ orgId: args.orgId ?? '', appId: args.appId ?? '' }}>
      <ConnectedAppPanel {...args} />
    </MemoryBackend>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { name: 'Ledgerly Accounting' });
    await userEvent.click(canvas.getByRole('button', { name: 'Refresh (the server will fail)' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Showing the last data loaded; it may be out of date.');
    const heading = canvas.getByRole('heading', { name: 'Ledgerly Accounting' });
    await expect(alert.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  },
};

/** The network fails once; Retry brings the app. */
export const RetryAfterError: Story = {
  render: (args) => (
    <MemoryBackend script={[{ respond: 'error', error: { code: 'NETWORK' } }]}>
      <ConnectedAppPanel {...args} />
    </MemoryBackend>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Connection problem');
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(await canvas.findByRole('heading', { name: 'Ledgerly Accounting' })).toBeVisible();
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

/** A 429 with `Retry-After: 2`: the banner counts down, then the app loads by itself. */
export const RateLimitedRecovers: Story = {
  render: (args) => (
    <MemoryBackend
      retry={HOOK_RETRIES}
      script={[
        {
          respond: 'error',
          error: { code: 'RATE_LIMITED', status: 429, retryAfterMs: 2000, requestId: 'request-id-test-429' },
        },
      ]}
    >
      <ConnectedAppPanel {...args} />
    </MemoryBackend>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('timer')).toHaveTextContent(/Retrying in [12] seconds?/);
    await waitFor(() => expect(canvas.getByRole('heading', { name: 'Ledgerly Accounting' })).toBeVisible(), {
      timeout: 5000,
    });
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('heading', { name: 'Ledgerly Accounting' });
  },
};

export const DarkWithStaleData: Story = {
  globals: { theme: 'dark' },
  render: StaleDataAfterFailedRefresh.render,
  play: StaleDataAfterFailedRefresh.play,
};

export const French: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('50 membres actifs')).toBeVisible();
    await expect(canvas.getByRole('heading', { name: 'Membres actifs' })).toBeVisible();
  },
};

export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('heading', { name: 'Ledgerly Accounting' });
  },
};

export const At360px: Story = {
  decorators: [
    (Story) => (
      <div style={{ maxInlineSize: 360 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('heading', { name: 'Ledgerly Accounting' });
    const panel = canvasElement.querySelector<HTMLElement>('[data-slot="connected-app-panel"]');
    // No panel is a failure, not a pass: the width check below must always run.
    if (panel === null) throw new Error('The story rendered no [data-slot="connected-app-panel"]');
    await expect(panel.scrollWidth).toBeLessThanOrEqual(panel.clientWidth);
  },
};

export const Unstyled: Story = {
  parameters: unstyled,
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('heading', { name: 'Ledgerly Accounting' });
  },
};

const column = (title: string, node: ReactNode) => (
  <div key={title} style={{ display: 'grid', gap: '0.5rem', alignContent: 'start' }}>
    <p style={{ margin: 0, fontWeight: 600 }}>{title}</p>
    {node}
  </div>
);

/** Idle, loading, success, error, and error over stale data, side by side. */
export const AllStates: Story = {
  render: (args) => (
    <div
      style={{
        display: 'grid',
        gap: '1.5rem',
        gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 22rem), 1fr))',
      }}
    >
      {column(
        'Idle',
        <MemoryBackend>
          <ConnectedAppPanel {...args} appId="" />
        </MemoryBackend>,
      )}
      {column(
        'Loading',
        <MemoryBackend latencyMs={600_000}>
          <ConnectedAppPanel {...args} />
        </MemoryBackend>,
      )}
      {column(
        'Success',
        <MemoryBackend>
          <ConnectedAppPanel {...args} appId={fixtureApps.firstPartyPublic.connectedAppId} />
        </MemoryBackend>,
      )}
      {column(
        'Error',
        <MemoryBackend script={[serverError]}>
          <ConnectedAppPanel {...args} />
        </MemoryBackend>,
      )}
      {column(
        'Error over stale data',
        <MemoryBackend failingRefresh={{ orgId: ORG, appId: fixtureApps.thirdPartyPublic.connectedAppId, auto: true }}>
          <ConnectedAppPanel {...args} appId={fixtureApps.thirdPartyPublic.connectedAppId} />
        </MemoryBackend>,
      )}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const panels = () => Array.from(canvasElement.querySelectorAll('[data-slot="connected-app-panel"]'));
    await waitFor(() =>
      expect(panels().map((panel) => panel.getAttribute('data-status'))).toEqual([
        'idle',
        'loading',
        'success',
        'error',
        'error',
      ]),
    );
    await waitFor(() => expect(panels()[4]).toHaveAttribute('data-stale'));
  },
};
