import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ReactNode, useState } from 'react';
import { AppScopes, ConnectedAppsProvider, useMessages } from 'react-connected-apps';
import {
  createMemoryTransport,
  FIXTURE_ORGANIZATION_ID,
  fixtureApps,
  fixtureScopePolicy,
  highRiskApp,
  type MemoryScriptStep,
  makeMembersDirectory,
} from 'react-connected-apps/testing';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { SWRConfig } from 'swr';

const ORG = FIXTURE_ORGANIZATION_ID;
const memberIds = highRiskApp.activeMembers.map((member) => member.memberId);
// Members 1 and 3 hold admin:all (and offline_access): Grace and Katherine.
const ADMIN_HOLDERS = ['Grace Lovelace', 'Katherine Lovelace'];

/**
 * A provider over a memory transport that really revokes, serves the sample RBAC policy and a members
 * directory, with its own SWR cache and the story frame's catalogue.
 */
function Backend({
  script,
  latencyMs,
  children,
}: {
  script?: MemoryScriptStep[];
  latencyMs?: number;
  children: ReactNode;
}) {
  const messages = useMessages();
  const [transport] = useState(() =>
    createMemoryTransport(
      { [ORG]: [highRiskApp, fixtureApps.noMembers] },
      { script, latencyMs, scopes: fixtureScopePolicy, members: { [ORG]: makeMembersDirectory(memberIds) } },
    ),
  );
  return (
    <SWRConfig value={{ provider: () => new Map(), revalidateOnFocus: false, revalidateOnReconnect: false }}>
      <ConnectedAppsProvider transport={transport} messages={messages} retry={{ maxRetries: 0 }}>
        {children}
      </ConnectedAppsProvider>
    </SWRConfig>
  );
}

const scopeLabels = (canvasElement: HTMLElement) =>
  Array.from(canvasElement.querySelectorAll('[data-slot="app-scope-label"]')).map((label) => label.textContent);

/** Waits for the policy: delete:records ranks first once its risk is known. */
const loaded = (canvasElement: HTMLElement) =>
  waitFor(() => expect(scopeLabels(canvasElement)[0]).toBe('delete:records'), { timeout: 5000 });

const meta = {
  title: 'Components/AppScopes',
  component: AppScopes,
  args: { orgId: ORG, appId: highRiskApp.connectedAppId, canRevoke: true },
  render: (args) => (
    <Backend>
      <AppScopes {...args} />
    </Backend>
  ),
} satisfies Meta<typeof AppScopes>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The first answer is on its way (it takes ten minutes here). */
export const Loading: Story = {
  render: (args) => (
    <Backend latencyMs={600_000}>
      <AppScopes {...args} />
    </Backend>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Loading scopes…');
    await expect(canvasElement.querySelector('[data-slot="app-scopes-skeleton"]')).toHaveAttribute('aria-busy', 'true');
  },
};

/** Records Cleaner: the riskiest scopes first, each with its meaning, its risk in words and its holders. */
export const Success: Story = {
  args: { canRevoke: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await loaded(canvasElement);
    await expect(scopeLabels(canvasElement)).toEqual(['delete:records', 'admin:all', 'Offline access', 'Sign-in']);
    await expect(canvas.getByRole('button', { name: 'admin:all High risk 2 members' })).toBeVisible();
    await expect(canvas.getByText('Every action on every resource of the organization.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: /^Offline access offline_access Long-lived/ })).toBeVisible();
  },
};

/** Choosing admin:all shows who holds it, by name. */
export const ScopeChosen: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await loaded(canvasElement);
    const admin = canvas.getByRole('button', { name: /^admin:all/ });
    await userEvent.click(admin);
    await expect(admin).toHaveAttribute('aria-expanded', 'true');
    const holders = canvas.getByRole('list', { name: 'Members holding admin:all' });
    for (const name of ADMIN_HOLDERS) await expect(await within(holders).findByText(name)).toBeVisible();
    await expect(
      canvas.getByRole('button', { name: 'Revoke access for all 2 members holding admin:all' }),
    ).toBeVisible();
  },
};

/** Revoking every holder of admin:all: confirmed, announced, and the scope is gone. */
export const RevokeAllHolders: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await loaded(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /^admin:all/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'Revoke access for all 2 members holding admin:all' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Revoke access for 2 members?' });
    await expect(within(dialog).getByText(/stops working at once/)).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Revoke access for 2 members' }));
    await waitFor(() => expect(canvas.getByText('Access revoked for 2 members.')).toBeVisible());
    await expect(scopeLabels(canvasElement)).toEqual(['delete:records', 'Sign-in']);
    await expect(canvas.queryByRole('list', { name: 'Members holding admin:all' })).toBeNull();
    await expect(canvas.getByRole('button', { name: /^Sign-in/ })).toHaveAccessibleName(/3 members$/);
  },
};

/** The signed-in member may not revoke (403): an alert names each refused member, the holders stay. */
export const RevokeRefused: Story = {
  render: (args) => {
    const refused: MemoryScriptStep = {
      method: 'revokeConnectedApp',
      respond: 'error',
      error: { code: 'FORBIDDEN', status: 403, errorType: 'unauthorized_action' },
    };
    return (
      <Backend script={[refused, refused]}>
        <AppScopes {...args} />
      </Backend>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await loaded(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /^admin:all/ }));
    await userEvent.click(canvas.getByRole('button', { name: /^Revoke access for all 2 members/ }));
    await userEvent.click(await screen.findByRole('button', { name: 'Revoke access for 2 members' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Access could not be revoked for 2 members');
    await expect(alert).toHaveTextContent('You don’t have permission to revoke access');
    await expect(scopeLabels(canvasElement)).toContain('admin:all');
  },
};

/** The first load fails; Retry brings the scopes. */
export const ErrorState: Story = {
  name: 'Error',
  render: (args) => (
    <Backend script={[{ method: 'getConnectedApp', respond: 'error', error: { code: 'SERVER', status: 500 } }]}>
      <AppScopes {...args} />
    </Backend>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Something went wrong');
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await loaded(canvasElement);
  },
};

/** An app nobody holds a scope of. */
export const Empty: Story = {
  args: { appId: fixtureApps.noMembers.connectedAppId },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No member has granted a scope')).toBeVisible();
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: ScopeChosen.play,
};

export const French: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await loaded(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /^admin:all/ }));
    await expect(canvas.getByRole('button', { name: 'admin:all Risque élevé 2 membres' })).toBeVisible();
    await expect(
      canvas.getByRole('button', { name: 'Révoquer l’accès des 2 membres ayant accordé admin:all' }),
    ).toBeVisible();
  },
};

/** At 360 px every row wraps: nothing scrolls sideways. */
export const At360px: Story = {
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 360 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await userEvent.click(within(canvasElement).getByRole('button', { name: /^admin:all/ }));
    const root = canvasElement.querySelector<HTMLElement>('[data-slot="app-scopes"]');
    await expect(root?.scrollWidth).toBeLessThanOrEqual(360);
  },
};

export const AllStates: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '2rem' }}>
      <Backend latencyMs={600_000}>
        <AppScopes {...args} />
      </Backend>
      <Backend>
        <AppScopes {...args} />
      </Backend>
      <Backend>
        <AppScopes {...args} appId={fixtureApps.noMembers.connectedAppId} />
      </Backend>
    </div>
  ),
};
