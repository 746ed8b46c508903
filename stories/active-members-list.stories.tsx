import type { Meta, StoryObj } from '@storybook/react-vite';
import { ActiveMembersList } from 'react-connected-apps';
import { makeActiveMember, makeActiveMembers } from 'react-connected-apps/testing';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { largeInDocs, unstyled } from '../.storybook/docs-parameters';

const fifty = makeActiveMembers(50);
const tenThousand = makeActiveMembers(10_000);
const directory = new Map(
  fifty.map((member, index) => [
    member.memberId,
    `${['Ada', 'Grace', 'Linus', 'Margaret', 'Alan'][index % 5]} #${index}`,
  ]),
);
const resolveFromDirectory = (memberId: string) => directory.get(memberId);

const rows = (canvasElement: HTMLElement) => canvasElement.querySelectorAll('[data-slot="members-list-item"]');

const meta = {
  title: 'Components/ActiveMembersList',
  component: ActiveMembersList,
  args: { members: makeActiveMembers(3) },
  // Its docs page opens with a list of some length, not the empty state.
  parameters: { docs: { primaryStory: 'Fifty Members' } },
} satisfies Meta<typeof ActiveMembersList>;
export default meta;
type Story = StoryObj<typeof meta>;

export const NoMembers: Story = {
  args: { members: [] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('No member has installed this app.')).toBeVisible();
  },
};

export const OneMember: Story = {
  args: { members: makeActiveMembers(1) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('1 member')).toBeVisible();
  },
};

export const FiftyMembers: Story = {
  args: { members: fifty },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('50 members')).toBeVisible();
    await expect(rows(canvasElement)).toHaveLength(50);
  },
};

export const TenThousandMembers: Story = {
  parameters: largeInDocs,
  args: { members: tenThousand },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('10,000 members')).toBeVisible();
    // Only a few screens of rows are in the DOM; the list still announces its full size.
    await expect(rows(canvasElement).length).toBeLessThan(60);
    await expect(rows(canvasElement)[0]).toHaveAttribute('aria-setsize', '10000');
    const viewport = canvas.getByRole('region', { name: 'Active members' });
    viewport.scrollTop = viewport.scrollHeight;
    await waitFor(() => expect(canvas.getByText(tenThousand.at(-1)?.memberId ?? '')).toBeVisible());
    await expect(rows(canvasElement).length).toBeLessThan(60);
  },
};

export const ResolvedNames: Story = {
  args: { members: fifty, resolveMember: resolveFromDirectory },
};

export const Search: Story = {
  args: { members: fifty, resolveMember: resolveFromDirectory },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search members' }), 'grace');
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Showing 10 members'));
    await expect(canvas.getByRole('button', { name: 'Show scopes of Grace #1' })).toBeVisible();
  },
};

export const SearchTenThousand: Story = {
  // Types into 10,000 members: a test, not on the docs page.
  tags: ['!autodocs'],
  args: { members: tenThousand },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const last = tenThousand.at(-1)?.memberId ?? '';
    await userEvent.type(canvas.getByRole('searchbox'), last);
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Showing 1 member'));
    await expect(canvas.getByRole('button', { name: `Show scopes of ${last}` })).toBeVisible();
  },
};

export const FilterByScope: Story = {
  args: { members: fifty },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Filter by scope' }), 'read:invoices');
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Showing 10 members'));
  },
};

export const NoMatches: Story = {
  args: { members: fifty },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('searchbox'), 'nobody-has-this-id');
    await expect(await canvas.findByText('No member matches your search.')).toBeVisible();
  },
};

export const OpenMemberDialog: Story = {
  args: { members: fifty, resolveMember: resolveFromDirectory },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const row = canvas.getByRole('button', { name: 'Show scopes of Linus #2' });
    await userEvent.click(row);
    // The dialog is portalled to document.body, outside the canvas.
    const dialog = await screen.findByRole('dialog', { name: 'Scopes granted by Linus #2' });
    // It fades in: wait for the end of the entry animation.
    await waitFor(() => expect(within(dialog).getByText('Offline access')).toBeVisible());
    await expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await expect(row).toHaveFocus();
  },
};

export const CustomRow: Story = {
  args: {
    members: fifty.slice(0, 5),
    resolveMember: resolveFromDirectory,
    renderMember: (member, { name, open }) => (
      <button type="button" onClick={open}>
        {`${name}: ${member.grantedScopes.length} scopes`}
      </button>
    ),
  },
};

const longId = `member-test-${'9f3c'.repeat(24)}`;
export const LongAndRightToLeft: Story = {
  args: {
    members: [
      makeActiveMember({ memberId: longId, grantedScopes: ['openid', 'urn:example:scopes:accounting:export-all'] }),
      makeActiveMember({ memberId: 'member-test-rtl', grantedScopes: ['openid', 'email', 'قراءة:الفواتير'] }, 1),
    ],
    resolveMember: (memberId) => (memberId === 'member-test-rtl' ? 'ليلى عبد الله' : undefined),
  },
  globals: { direction: 'rtl' },
};

export const Narrow: Story = {
  args: { members: [makeActiveMember({ memberId: longId }), ...fifty.slice(0, 5)] },
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 360 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('[data-slot="active-members-list"]');
    await expect(root?.scrollWidth).toBeLessThanOrEqual(360);
  },
};

export const French: Story = {
  args: { members: fifty },
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'Membres actifs' })).toBeVisible();
    await expect(within(canvasElement).getByText('50 membres')).toBeVisible();
  },
};

export const Dark: Story = { args: { members: fifty }, globals: { theme: 'dark' } };

export const Unstyled: Story = { args: { members: fifty.slice(0, 5) }, parameters: unstyled };

const revokeIds = { canRevoke: true, organizationId: 'organization-test-1', connectedAppId: 'connected-app-test-1' };

/**
 * With `canRevoke`: a checkbox and a "Revoke access" button per row, and "Revoke selected". The selection
 * lives in the list, not in its rows: a member selected, scrolled out of the DOM and back, is still selected.
 */
export const CanRevokeTenThousand: Story = {
  // Clicks through 10,000 members: a test, not on the docs page.
  tags: ['!autodocs'],
  args: { members: tenThousand, ...revokeIds },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const first = tenThousand[0]?.memberId ?? '';
    const last = tenThousand.at(-1)?.memberId ?? '';
    await userEvent.click(canvas.getByRole('checkbox', { name: `Select ${first}` }));
    await expect(canvas.getByRole('button', { name: `Revoke access for ${first}` })).toBeVisible();
    // A focused row stays rendered: let go of it, so it can leave the DOM.
    (document.activeElement as HTMLElement).blur();
    const viewport = canvas.getByRole('region', { name: 'Active members' });
    viewport.scrollTop = viewport.scrollHeight;
    await userEvent.click(await canvas.findByRole('checkbox', { name: `Select ${last}` }));
    await expect(canvas.queryByRole('checkbox', { name: `Select ${first}` })).toBeNull();
    await expect(canvas.getByText('2 selected')).toBeVisible();
    (document.activeElement as HTMLElement).blur();
    viewport.scrollTop = 0;
    await waitFor(() => expect(canvas.getByRole('checkbox', { name: `Select ${first}` })).toBeChecked());
    await expect(rows(canvasElement).length).toBeLessThan(60);
  },
};

/** Revoking at 360 px: the row's button wraps under the name, nothing sticks out. */
export const CanRevokeNarrow: Story = {
  args: { members: [makeActiveMember({ memberId: longId }), ...fifty.slice(0, 5)], ...revokeIds },
  decorators: Narrow.decorators,
  play: Narrow.play,
};

/** Revoking in the dark theme and without the stylesheet. */
export const CanRevokeDark: Story = { args: { members: fifty.slice(0, 5), ...revokeIds }, globals: { theme: 'dark' } };
export const CanRevokeUnstyled: Story = {
  args: { members: fifty.slice(0, 5), ...revokeIds },
  parameters: unstyled,
};

export const AllStates: Story = {
  parameters: largeInDocs,
  render: () => (
    <div style={{ display: 'grid', gap: '2rem', gridTemplateColumns: 'repeat(auto-fit, minmax(20rem, 1fr))' }}>
      <ActiveMembersList members={[]} headingLevel={3} />
      <ActiveMembersList members={makeActiveMembers(1)} headingLevel={3} />
      <ActiveMembersList members={fifty.slice(0, 8)} resolveMember={resolveFromDirectory} headingLevel={3} />
      <ActiveMembersList members={tenThousand} maxHeight="16rem" headingLevel={3} />
    </div>
  ),
};
