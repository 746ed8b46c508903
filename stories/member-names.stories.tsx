import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ReactNode, useState } from 'react';
import {
  ActiveMembersList,
  ConnectedAppPanel,
  ConnectedAppsProvider,
  type OrganizationMember,
  useMessages,
} from 'react-connected-apps';
import {
  createMemoryTransport,
  FIXTURE_ORGANIZATION_ID,
  fixtureScopePolicy,
  type MemoryScriptStep,
  makeActiveMember,
  makeActiveMembers,
  makeConnectedApp,
  makeMembersDirectory,
  makeOrganizationMember,
} from 'react-connected-apps/testing';
import { expect, spyOn, userEvent, waitFor, within } from 'storybook/test';
import { SWRConfig } from 'swr';
import { unstyled } from '../.storybook/docs-parameters';

const ORG = FIXTURE_ORGANIZATION_ID;
// #7 is deleted, #11 invited, #13 pending (the factory's statuses); #5 is not in the directory.
const members = makeActiveMembers(14);
const ids = members.map((member) => member.memberId);
const directory = makeMembersDirectory(ids, (index) => index === 5);
const app = makeConnectedApp({ connectedAppId: 'connected-app-test-people', activeMembers: members });

interface BackendProps {
  people?: readonly OrganizationMember[];
  script?: MemoryScriptStep[];
  latencyMs?: number;
  children: ReactNode;
}

/** A provider whose transport answers the members search from `people`, with its own cache. */
function Backend({ people = directory, script, latencyMs = 150, children }: BackendProps) {
  const messages = useMessages();
  const [transport] = useState(() => {
    const memory = createMemoryTransport(
      { [ORG]: [app] },
      { members: { [ORG]: people }, scopes: fixtureScopePolicy, latencyMs },
    );
    memory.enqueue(...(script ?? []));
    return memory;
  });
  return (
    <SWRConfig value={{ provider: () => new Map(), revalidateOnFocus: false, revalidateOnReconnect: false }}>
      <ConnectedAppsProvider transport={transport} messages={messages} retry={{ maxRetries: 0 }}>
        {children}
      </ConnectedAppsProvider>
    </SWRConfig>
  );
}

const meta = {
  title: 'Components/Member names',
  component: ActiveMembersList,
  // Scenarios of ActiveMembersList, which has its own docs page.
  tags: ['!autodocs'],
  args: { members, organizationId: ORG, connectedAppId: app.connectedAppId },
  render: (args) => (
    <Backend>
      <ActiveMembersList {...args} />
    </Backend>
  ),
} satisfies Meta<typeof ActiveMembersList>;
export default meta;
type Story = StoryObj<typeof meta>;

const rowOf = (canvasElement: HTMLElement, name: string) =>
  within(canvasElement)
    .getByRole('button', { name: `Show scopes of ${name}` })
    .closest('li') as HTMLElement;

/** Ids while the one members search runs, then each member's name, email and id. */
export const NamesAndEmails: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('button', { name: 'Show scopes of Ada Lovelace' })).toBeVisible();
    const row = within(rowOf(canvasElement, 'Ada Lovelace'));
    await expect(row.getByText('ada.lovelace.0@acme.example')).toBeVisible();
    await expect(row.getByText(ids[0] as string)).toBeVisible();
  },
};

export const SearchByEmail: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('button', { name: 'Show scopes of Ada Lovelace' });
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search members' }), 'katherine.hopper');
    await waitFor(() => expect(canvas.getByText('Showing 1 member')).toBeVisible());
    await expect(canvas.getByRole('button', { name: 'Show scopes of Katherine Hopper' })).toBeVisible();
  },
};

/** Deleted, invited and pending members are flagged in words; a status this version does not know, verbatim. */
export const Statuses: Story = {
  render: (args) => (
    <Backend people={directory.map((entry, index) => (index === 0 ? { ...entry, status: 'suspended' } : entry))}>
      <ActiveMembersList {...args} />
    </Backend>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Deleted')).toBeVisible();
    await expect(canvas.getByText('Invited')).toBeVisible();
    await expect(canvas.getByText('Pending')).toBeVisible();
    await expect(within(rowOf(canvasElement, 'Ada Lovelace')).getByText('suspended')).toBeVisible();
  },
};

/** A member the search did not return: the id, and "Not found". */
export const NotFound: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Not found')).toBeVisible();
    await expect(within(rowOf(canvasElement, ids[5] as string)).getByText('Not found')).toBeVisible();
  },
};

/** The search fails (a 401 without a session): ids stay, with a notice and Retry, which brings the names. */
export const LookupFailed: Story = {
  render: (args) => (
    <Backend script={[{ method: 'searchMembers', respond: 'error', error: { code: 'UNAUTHORIZED', status: 401 } }]}>
      <ActiveMembersList {...args} />
    </Backend>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Couldn’t load names')).toBeVisible();
    await expect(canvas.getByRole('button', { name: `Show scopes of ${ids[0]}` })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(await canvas.findByRole('button', { name: 'Show scopes of Ada Lovelace' })).toBeVisible();
    await expect(canvas.queryByText('Couldn’t load names')).toBeNull();
  },
};

const slowNames = (memberId: string) =>
  new Promise<string | undefined>((resolve, reject) =>
    setTimeout(
      () => (memberId === ids[1] ? reject(new Error('down')) : resolve(`Teammate ${ids.indexOf(memberId)}`)),
      300,
    ),
  );

/** Your own directory, asked asynchronously: ids until it answers; a failed answer leaves the id. */
export const AsyncResolveMember: Story = {
  args: { resolveMember: slowNames },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('button', { name: 'Show scopes of Teammate 0' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: `Show scopes of ${ids[1]}` })).toBeVisible();
  },
};

const hostileName = '<img src=x onerror=alert(1)>';
const longEmail = `${'a'.repeat(280)}@acme.example`;
const hostile = [
  makeActiveMember({ memberId: 'member-test-hostile-0' }, 0),
  makeActiveMember({ memberId: 'member-test-hostile-1' }, 1),
];

/** Names and emails are anyone's text: shown as text, and a 300-character email wraps at 360 px. */
export const HostileAt360px: Story = {
  args: { members: hostile },
  render: (args) => (
    <Backend
      people={[
        makeOrganizationMember({ memberId: 'member-test-hostile-0', name: hostileName, emailAddress: longEmail }, 0),
        makeOrganizationMember(
          { memberId: 'member-test-hostile-1', name: longEmail.toUpperCase(), status: 'x'.repeat(120) },
          1,
        ),
      ]}
    >
      <div style={{ inlineSize: 360 }}>
        <ActiveMembersList {...args} />
      </div>
    </Backend>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('button', { name: `Show scopes of ${hostileName}` })).toBeVisible();
    await expect(canvas.getByText(longEmail)).toBeVisible();
    await expect(canvasElement.querySelector('img')).toBeNull();
    const root = canvasElement.querySelector<HTMLElement>('[data-slot="active-members-list"]');
    await expect(root?.scrollWidth).toBeLessThanOrEqual(360);
  },
};

const many = makeActiveMembers(5_000);
const manyPeople = makeMembersDirectory(many.map((member) => member.memberId));

/**
 * Every member goes into the file, whatever the search; the buttons wait while it is built (5,000 members:
 * built in chunks, so "Exporting…" shows for a few frames).
 */
export const Export: Story = {
  args: { members: many },
  render: (args) => (
    <Backend people={manyPeople}>
      <ActiveMembersList {...args} />
    </Backend>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // No real download from a test: the link's click is caught.
    const click = spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    try {
      await canvas.findByRole('button', { name: 'Show scopes of Ada Lovelace' });
      await userEvent.type(canvas.getByRole('searchbox'), 'grace');
      const group = within(canvas.getByRole('group', { name: 'Export all members' }));
      const button = group.getByRole('button', { name: 'Export CSV' });
      button.click();
      await waitFor(() => {
        expect(group.getByText('Exporting…')).toBeVisible();
        expect(button).toHaveAttribute('aria-disabled', 'true');
      });
      await expect(await group.findByText('Exported 5,000 members.')).toBeVisible();
      await expect(click).toHaveBeenCalledTimes(1);
      await expect(button).not.toHaveAttribute('aria-disabled');
    } finally {
      click.mockRestore();
    }
  },
};

export const French: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Supprimé')).toBeVisible();
    await expect(canvas.getByText('Introuvable')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Exporter en CSV' })).toBeVisible();
  },
};

export const Dark: Story = { globals: { theme: 'dark' }, play: Statuses.play, render: Statuses.render };

export const Unstyled: Story = { parameters: unstyled, play: NotFound.play };

/** The panel looks the names up too: nothing to wire. */
export const InThePanel: Story = {
  render: () => (
    <Backend>
      <ConnectedAppPanel orgId={ORG} appId={app.connectedAppId} />
    </Backend>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('button', { name: 'Show scopes of Grace Hopper' })).toBeVisible();
    await expect(canvas.getByText('Invited')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Export JSON' })).toBeVisible();
  },
};
