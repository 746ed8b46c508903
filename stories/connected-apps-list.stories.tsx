import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ReactNode, useState } from 'react';
import {
  type ConnectedApp,
  ConnectedAppsList,
  type ConnectedAppsListProps,
  ConnectedAppsProvider,
  type OrganizationConnectedApp,
  type RetryPolicy,
  useConnectedApps,
  useMessages,
} from 'react-connected-apps';
import {
  createMemoryTransport,
  FIXTURE_ORGANIZATION_ID,
  fixtureApps,
  type MemoryScriptStep,
} from 'react-connected-apps/testing';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { SWRConfig } from 'swr';
import { unstyled } from '../.storybook/docs-parameters';

const ORG = FIXTURE_ORGANIZATION_ID;
const LEDGERLY = fixtureApps.thirdParty;

interface BackendProps {
  apps?: readonly ConnectedApp[];
  script?: MemoryScriptStep[];
  latencyMs?: number;
  retry?: RetryPolicy;
  children: ReactNode;
}

/** A provider over a memory transport, with its own SWR cache and the story frame's catalogue. */
function Backend({
  apps = Object.values(fixtureApps),
  script,
  latencyMs,
  retry = { maxRetries: 0 },
  children,
}: BackendProps) {
  const messages = useMessages();
  const [transport] = useState(() => createMemoryTransport({ [ORG]: apps }, { script, latencyMs }));
  return (
    <SWRConfig value={{ provider: () => new Map(), revalidateOnFocus: false, revalidateOnReconnect: false }}>
      <ConnectedAppsProvider transport={transport} messages={messages} retry={retry}>
        {children}
      </ConnectedAppsProvider>
    </SWRConfig>
  );
}

/** The host page: it owns the selection (here in state; usually the route) and passes it back. */
function Host(args: ConnectedAppsListProps) {
  const [selected, setSelected] = useState(args.selectedAppId);
  return (
    <ConnectedAppsList
      {...args}
      selectedAppId={selected}
      onSelectApp={(id) => {
        setSelected(id);
        args.onSelectApp?.(id);
      }}
    />
  );
}

/** A button elsewhere on the page that refreshes the list, whose next answer has no first-party app. */
function FirstPartyLeaves() {
  const state = useConnectedApps(ORG);
  return (
    <button type="button" style={{ marginBlockStart: '1rem' }} onClick={() => void state.refresh()}>
      Refresh (the first-party app is gone)
    </button>
  );
}

function listItem({ activeMembers: _members, ...app }: ConnectedApp): OrganizationConnectedApp {
  return app;
}

const meta = {
  title: 'Components/ConnectedAppsList',
  component: ConnectedAppsList,
  args: { orgId: ORG, onSelectApp: fn() },
  render: (args) => (
    <Backend latencyMs={200}>
      <Host {...args} />
    </Backend>
  ),
} satisfies Meta<typeof ConnectedAppsList>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The first answer is on its way (it takes ten minutes here). */
export const Loading: Story = {
  render: (args) => (
    <Backend latencyMs={600_000}>
      <ConnectedAppsList {...args} />
    </Backend>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Loading connected apps…');
    await expect(canvasElement.querySelector('[data-slot="connected-apps-list-skeleton"]')).toHaveAttribute(
      'aria-busy',
      'true',
    );
  },
};

/** Every app someone installed; picking one tells the host, which marks it selected. */
export const Success: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const ledgerly = await canvas.findByRole('button', { name: 'Ledgerly Accounting Third party' });
    await expect(canvas.getByRole('status')).toHaveTextContent('Showing 5 apps');
    await userEvent.click(ledgerly);
    await expect(args.onSelectApp).toHaveBeenCalledWith(LEDGERLY.connectedAppId);
    await expect(ledgerly).toHaveAttribute('aria-current', 'true');
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('button', { name: /^Third Party Public/ })).toHaveFocus();
  },
};

/** Chosen by the host from the start (e.g. from the URL). */
export const Selected: Story = {
  args: { selectedAppId: LEDGERLY.connectedAppId },
  play: async ({ canvasElement }) => {
    const selected = await within(canvasElement).findByRole('button', { current: true });
    await expect(selected).toHaveAccessibleName('Ledgerly Accounting Third party');
    await expect(selected).toHaveAttribute('data-selected', '');
  },
};

/** No member of the organization has installed any app. */
export const Empty: Story = {
  render: (args) => (
    <Backend apps={[fixtureApps.noMembers]}>
      <ConnectedAppsList {...args} />
    </Backend>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('No connected apps yet')).toBeVisible();
    await expect(canvas.queryByRole('combobox')).toBeNull();
  },
};

/** A filter on one client type, then that type's last app goes: the choice stays, and says why nothing shows. */
export const FilteredNoMatch: Story = {
  render: (args) => (
    <Backend
      apps={[fixtureApps.firstParty, LEDGERLY]}
      script={[
        { method: 'getConnectedApps', respond: 'fixture' },
        { method: 'getConnectedApps', respond: 'data', data: [listItem(LEDGERLY)] },
      ]}
    >
      <ConnectedAppsList {...args} />
      <FirstPartyLeaves />
    </Backend>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(await canvas.findByRole('combobox', { name: 'Client type' }), 'First party');
    await expect(canvas.getByRole('status')).toHaveTextContent('Showing 1 app');
    await userEvent.click(canvas.getByRole('button', { name: 'Refresh (the first-party app is gone)' }));
    await expect(await canvas.findByText('No app of this client type.')).toBeVisible();
    await expect(canvas.getByRole('combobox', { name: 'Client type' })).toHaveValue('first_party');
  },
};

/** The first load fails; Retry brings the list. */
export const ServerError: Story = {
  render: (args) => (
    <Backend script={[{ respond: 'error', error: { code: 'SERVER', status: 500, requestId: 'request-id-test-500' } }]}>
      <ConnectedAppsList {...args} />
    </Backend>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Something went wrong');
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(await canvas.findByRole('button', { name: /^Ledgerly Accounting/ })).toBeVisible();
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

/** A 429 with `Retry-After: 2`: the banner counts down, then the list loads by itself. */
export const RateLimited: Story = {
  render: (args) => (
    <Backend
      retry={{ maxRetries: 3 }}
      script={[{ respond: 'error', error: { code: 'RATE_LIMITED', status: 429, retryAfterMs: 2000 } }]}
    >
      <ConnectedAppsList {...args} />
    </Backend>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('timer')).toHaveTextContent(/Retrying in [12] seconds?/);
    await waitFor(() => expect(canvas.getByRole('button', { name: /^Ledgerly Accounting/ })).toBeVisible(), {
      timeout: 5000,
    });
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { selectedAppId: LEDGERLY.connectedAppId },
  play: Selected.play,
};

export const French: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('5 apps affichées')).toBeVisible();
    await expect(canvas.getByRole('combobox', { name: 'Type de client' })).toBeVisible();
  },
};

export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  args: { selectedAppId: LEDGERLY.connectedAppId },
  play: Selected.play,
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
    await within(canvasElement).findByRole('button', { name: /^Ledgerly Accounting/ });
    const list = canvasElement.querySelector<HTMLElement>('[data-slot="connected-apps-list"]');
    if (list === null) throw new Error('The story rendered no [data-slot="connected-apps-list"]');
    await expect(list.scrollWidth).toBeLessThanOrEqual(list.clientWidth);
  },
};

export const Unstyled: Story = {
  parameters: unstyled,
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('button', { name: /^Ledgerly Accounting/ });
  },
};
