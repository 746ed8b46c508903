import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import {
  type ActiveMember,
  ConnectedAppsMessagesProvider,
  ConnectedAppsProvider,
  MembersListCount,
  MembersListEmpty,
  MembersListExport,
  MembersListHeading,
  MembersListRevokeSelected,
  MembersListRevokeStatus,
  MembersListRoot,
  type MembersListRootProps,
  MembersListRows,
  MembersListScopeFilter,
  MembersListSearch,
  MembersListStatus,
} from 'react-connected-apps';
import {
  createMemoryTransport,
  FIXTURE_ORGANIZATION_ID,
  makeActiveMembers,
  makeConnectedApp,
} from 'react-connected-apps/testing';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { SWRConfig } from 'swr';

const fifty = makeActiveMembers(50);
// Four names over five scope sets, so a name and a scope together pick a few members, not all or none.
const directory = new Map(
  fifty.map((member, index) => [member.memberId, `${['Ada', 'Grace', 'Linus', 'Margaret'][index % 4]} #${index}`]),
);
const resolveFromDirectory = (memberId: string) => directory.get(memberId);
const nameOf = (member: ActiveMember) => directory.get(member.memberId) ?? member.memberId;

/**
 * The members list rebuilt from its public parts in another layout: the heading across the top, the count and
 * the scope filter in a sidebar, the search above the rows. Inline styles stand in for a design system's
 * classes; every part also takes `className`.
 */
function SidebarLayout(props: MembersListRootProps) {
  return (
    <MembersListRoot
      {...props}
      style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: '1rem 2rem', ...props.style }}
    >
      <MembersListHeading style={{ flexBasis: '100%' }} />
      <div data-testid="sidebar" style={{ display: 'grid', gap: '0.75rem', flex: '1 1 12rem' }}>
        <MembersListCount style={{ fontSize: 'var(--rca-font-size-3)' }} />
        <MembersListScopeFilter />
      </div>
      <div data-testid="main" style={{ display: 'grid', gap: '0.75rem', flex: '3 1 20rem', minInlineSize: 0 }}>
        <MembersListSearch />
        <MembersListStatus />
        <MembersListEmpty />
        <MembersListRows maxScopes={2} maxHeight="20rem" />
      </div>
    </MembersListRoot>
  );
}

const meta = {
  title: 'Components/Composed members list',
  component: MembersListRoot,
  args: { members: fifty, resolveMember: resolveFromDirectory },
  render: (args) => <SidebarLayout {...args} />,
  // The props of the parts that have their own, as tabs of the docs page's props table (the other parts take
  // only those of the element they render).
  subcomponents: { MembersListHeading, MembersListRows },
} satisfies Meta<typeof MembersListRoot>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Searches, filters by scope, opens a member's scopes and closes them with Escape: focus goes back to the row. */
export const SidebarFilters: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const sidebar = within(canvas.getByTestId('sidebar'));
    const main = within(canvas.getByTestId('main'));
    await expect(sidebar.getByText('50 members')).toBeVisible();
    await expect(main.getAllByRole('button', { name: /^Show scopes of / })).toHaveLength(50);

    await userEvent.type(main.getByRole('searchbox', { name: 'Search members' }), 'grace');
    const graces = fifty.filter((member) => nameOf(member).startsWith('Grace'));
    await waitFor(() => expect(main.getByRole('status')).toHaveTextContent(`Showing ${graces.length} members`));

    await userEvent.selectOptions(sidebar.getByRole('combobox', { name: 'Filter by scope' }), 'email');
    const shown = graces.filter((member) => member.grantedScopes.includes('email'));
    await waitFor(() => expect(main.getByRole('status')).toHaveTextContent(`Showing ${shown.length} members`));
    const rows = main.getAllByRole('button', { name: /^Show scopes of / });
    await expect(rows.map((row) => row.textContent)).toEqual(shown.map(nameOf));
    for (const row of rows) await expect(row).toBeVisible();
    // The count is of every member, whatever the search and filter.
    await expect(sidebar.getByText('50 members')).toBeVisible();

    const first = shown[0];
    if (first === undefined) throw new Error('the search and filter should leave a member');
    const row = main.getByRole('button', { name: `Show scopes of ${nameOf(first)}` });
    await userEvent.click(row);
    // The dialog is portalled to document.body, outside the canvas.
    const dialog = await screen.findByRole('dialog', { name: `Scopes granted by ${nameOf(first)}` });
    await waitFor(() => expect(within(dialog).getByText('Email address')).toBeVisible());
    await expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await expect(row).toHaveFocus();
  },
};

/** The same layout with 10,000 members: the rows part virtualizes inside its scrolling box. */
export const SidebarFiltersTenThousand: Story = {
  // Filters 10,000 members: a test, not on the docs page.
  tags: ['!autodocs'],
  args: { members: makeActiveMembers(10_000), resolveMember: undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('10,000 members')).toBeVisible();
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Filter by scope' }), 'read:invoices');
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Showing 2,000 members'));
    const viewport = canvas.getByRole('region', { name: 'Active members' });
    await expect(viewport.querySelectorAll('[data-slot="members-list-item"]').length).toBeLessThan(60);
  },
};

/** Nobody installed the app: the sidebar keeps the count, the filter and the search step aside. */
export const SidebarEmpty: Story = {
  args: { members: [] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('0 members')).toBeVisible();
    await expect(canvas.getByText('No member has installed this app.')).toBeVisible();
    await expect(canvas.queryByRole('searchbox')).toBeNull();
    await expect(canvas.queryByRole('combobox')).toBeNull();
  },
};

/** A strings-only provider around the parts changes a few words for this subtree, over the page's catalogue. */
export const InYourOwnWords: Story = {
  render: (args) => (
    <ConnectedAppsMessagesProvider
      messages={{ membersList: { heading: 'People with access', searchLabel: 'Find a person' } }}
    >
      <SidebarLayout {...args} />
    </ConnectedAppsMessagesProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'People with access' })).toBeVisible();
    await expect(canvas.getByRole('searchbox', { name: 'Find a person' })).toBeVisible();
    await expect(canvas.getByRole('combobox', { name: 'Filter by scope' })).toBeVisible();
  },
};

const revokeApp = makeConnectedApp({ connectedAppId: 'connected-app-test-composed', activeMembers: fifty });

/**
 * The sidebar layout with revoking: "Select all shown", the count and "Revoke selected" in the sidebar, the
 * results above the rows. The members are plain props here (not `useConnectedApp`'s): revoked rows still
 * leave at once.
 */
function SidebarWithRevoke(props: MembersListRootProps) {
  const [transport] = useState(() => createMemoryTransport({ [FIXTURE_ORGANIZATION_ID]: [revokeApp] }));
  return (
    <SWRConfig value={{ provider: () => new Map() }}>
      <ConnectedAppsProvider transport={transport}>
        <MembersListRoot
          {...props}
          canRevoke
          organizationId={FIXTURE_ORGANIZATION_ID}
          connectedAppId={revokeApp.connectedAppId}
          style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: '1rem 2rem' }}
        >
          <MembersListHeading style={{ flexBasis: '100%' }} />
          <div data-testid="sidebar" style={{ display: 'grid', gap: '0.75rem', flex: '1 1 12rem' }}>
            <MembersListCount />
            <MembersListScopeFilter />
            <MembersListRevokeSelected style={{ display: 'grid', justifyItems: 'start' }} />
          </div>
          <div data-testid="main" style={{ display: 'grid', gap: '0.75rem', flex: '3 1 20rem', minInlineSize: 0 }}>
            <MembersListRevokeStatus />
            <MembersListStatus />
            <MembersListRows maxScopes={2} maxHeight="20rem" />
          </div>
        </MembersListRoot>
      </ConnectedAppsProvider>
    </SWRConfig>
  );
}

/** Filter, select every member shown, revoke them: they leave the list, the others stay. */
export const SidebarRevokeShown: Story = {
  render: (args) => <SidebarWithRevoke {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const sidebar = within(canvas.getByTestId('sidebar'));
    await userEvent.selectOptions(sidebar.getByRole('combobox', { name: 'Filter by scope' }), 'read:invoices');
    const invoices = fifty.filter((member) => member.grantedScopes.includes('read:invoices'));
    await waitFor(() => expect(canvas.getByText(`Showing ${invoices.length} members`)).toBeVisible());
    await userEvent.click(sidebar.getByRole('checkbox', { name: 'Select all shown' }));
    await expect(sidebar.getByText(`${invoices.length} selected`)).toBeVisible();
    await userEvent.click(sidebar.getByRole('button', { name: 'Revoke selected' }));
    const dialog = await screen.findByRole('alertdialog', { name: `Revoke access for ${invoices.length} members?` });
    await userEvent.click(within(dialog).getByRole('button', { name: `Revoke access for ${invoices.length} members` }));
    await waitFor(() => expect(canvas.getByText(`Access revoked for ${invoices.length} members.`)).toBeVisible());
    await expect(sidebar.getByText(`${fifty.length - invoices.length} members`)).toBeVisible();
    // Nobody left has the filtered scope, so the filter lets go and the others show.
    await waitFor(() => expect(canvas.getByText(`Showing ${fifty.length - invoices.length} members`)).toBeVisible());
    await expect(sidebar.getByText('0 selected')).toBeVisible();
  },
};

/** The composition the README shows, as a design system would lay it out: tools in an aside, the list beside it. */
const asideAndSectionCode = `<MembersListRoot members={app.activeMembers} organizationId={orgId} connectedAppId={appId} canRevoke>
  <aside>
    <MembersListCount />
    <MembersListScopeFilter />
    <MembersListExport />
  </aside>
  <section>
    <MembersListHeading level={3} />
    <MembersListSearch />
    <MembersListRevokeSelected />
    <MembersListRevokeStatus />
    <MembersListStatus />
    <MembersListEmpty />
    <MembersListRows />
  </section>
</MembersListRoot>`;

function AsideAndSectionLayout(props: MembersListRootProps) {
  const [transport] = useState(() => createMemoryTransport({ [FIXTURE_ORGANIZATION_ID]: [revokeApp] }));
  return (
    <SWRConfig value={{ provider: () => new Map() }}>
      <ConnectedAppsProvider transport={transport}>
        <MembersListRoot
          {...props}
          organizationId={FIXTURE_ORGANIZATION_ID}
          connectedAppId={revokeApp.connectedAppId}
          canRevoke
          style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: '1rem 2rem' }}
        >
          <aside data-testid="aside" style={{ display: 'grid', gap: '0.75rem', flex: '1 1 12rem' }}>
            <MembersListCount />
            <MembersListScopeFilter />
            <MembersListExport />
          </aside>
          <section
            data-testid="section"
            style={{ display: 'grid', gap: '0.75rem', flex: '3 1 20rem', minInlineSize: 0 }}
          >
            <MembersListHeading level={3} />
            <MembersListSearch />
            <MembersListRevokeSelected />
            <MembersListRevokeStatus />
            <MembersListStatus />
            <MembersListEmpty />
            <MembersListRows maxHeight="20rem" />
          </section>
        </MembersListRoot>
      </ConnectedAppsProvider>
    </SWRConfig>
  );
}

/**
 * The README's composition: the count, the scope filter and the export in an `aside`; the heading, the search,
 * revoking, the status and the rows in a `section`. Each part renders one element, wherever it is placed.
 */
export const AsideAndSection: Story = {
  args: { members: fifty.slice(0, 8) },
  render: (args) => <AsideAndSectionLayout {...args} />,
  parameters: { docs: { source: { code: asideAndSectionCode, language: 'tsx' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const aside = within(canvas.getByTestId('aside'));
    const section = within(canvas.getByTestId('section'));
    await expect(aside.getByText('8 members')).toBeVisible();
    await expect(aside.getByRole('combobox', { name: 'Filter by scope' })).toBeVisible();
    await expect(aside.getByRole('group', { name: /export/i })).toBeVisible();
    await expect(section.getByRole('heading', { level: 3, name: 'Active members' })).toBeVisible();
    await expect(section.getByRole('searchbox', { name: 'Search members' })).toBeVisible();
    await expect(section.getByRole('checkbox', { name: 'Select all shown' })).toBeVisible();
    await expect(section.getAllByRole('button', { name: /^Show scopes of / })).toHaveLength(8);
  },
};
