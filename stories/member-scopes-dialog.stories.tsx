import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import {
  ConnectedAppsProvider,
  formatMessage,
  MemberScopesDialog,
  type MemberScopesDialogProps,
  useMessages,
} from 'react-connected-apps';
import { createMemoryTransport, fixtureScopePolicy, makeActiveMember } from 'react-connected-apps/testing';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { SWRConfig } from 'swr';
import { isOnDocsPage, unstyled } from '../.storybook/docs-parameters';

const ada = makeActiveMember({
  memberId: 'member-test-ada',
  grantedScopes: ['openid', 'profile', 'email', 'phone', 'offline_access', 'read:invoices', 'openid'],
});

/** The dialog as a host page wires it: a button that opens it, state that closes it. */
function WithOpener(args: MemberScopesDialogProps) {
  const [open, setOpen] = useState(args.open);
  const messages = useMessages(args.messages);
  const name = args.memberName ?? args.member?.memberId ?? '';
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {formatMessage(messages.membersList.openMember, { member: name })}
      </button>
      <MemberScopesDialog
        {...args}
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          args.onOpenChange(next);
        }}
      />
    </>
  );
}

/** The dialog under a provider whose transport serves the sample RBAC policy. */
function WithPolicy(args: MemberScopesDialogProps) {
  const messages = useMessages();
  const [transport] = useState(() => createMemoryTransport({}, { scopes: fixtureScopePolicy }));
  return (
    <SWRConfig value={{ provider: () => new Map() }}>
      <ConnectedAppsProvider transport={transport} messages={messages}>
        <WithOpener {...args} />
      </ConnectedAppsProvider>
    </SWRConfig>
  );
}

const meta = {
  title: 'Components/MemberScopesDialog',
  component: MemberScopesDialog,
  args: { member: ada, memberName: 'Ada Lovelace', open: false, onOpenChange: fn() },
  render: (args) => <WithOpener {...args} />,
  // A modal open at once would cover a docs page and hide it from assistive technology: there every story
  // starts closed, and its button opens it.
  decorators: [
    (Story, { args, viewMode }) => (isOnDocsPage(viewMode) ? <Story args={{ ...args, open: false }} /> : <Story />),
  ],
} satisfies Meta<typeof MemberScopesDialog>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Opens from its button, keeps focus inside, closes on Escape and gives focus back. */
export const OpenAndClose: Story = {
  play: async ({ canvasElement, args }) => {
    const opener = within(canvasElement).getByRole('button', { name: 'Show scopes of Ada Lovelace' });
    await userEvent.click(opener);
    const dialog = await screen.findByRole('dialog', { name: 'Scopes granted by Ada Lovelace' });
    await expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await userEvent.tab();
    await expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await userEvent.tab({ shift: true });
    await expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await expect(opener).toHaveFocus();
    await expect(args.onOpenChange).toHaveBeenCalledWith(false);
  },
};

export const Open: Story = {
  args: { open: true },
  play: async () => {
    const dialog = await screen.findByRole('dialog');
    await expect(within(dialog).getAllByRole('listitem')).toHaveLength(6);
    await waitFor(() => expect(within(dialog).getByText('read:invoices')).toBeVisible());
  },
};

export const CloseButton: Story = {
  play: async ({ canvasElement }) => {
    const opener = within(canvasElement).getByRole('button');
    await userEvent.click(opener);
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await expect(opener).toHaveFocus();
  },
};

/** With the RBAC policy: each scope's meaning and its risk tier in words, with what the tier means. */
export const MeaningsAndRisk: Story = {
  args: {
    open: true,
    member: makeActiveMember({
      grantedScopes: ['openid', 'offline_access', 'read:invoices', 'write:reports', 'delete:records', 'admin:all'],
    }),
  },
  render: (args) => <WithPolicy {...args} />,
  play: async () => {
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(within(dialog).getByText('Delete customer records.')).toBeVisible());
    const entries = within(dialog).getAllByRole('listitem');
    await expect(entries.map((entry) => entry.getAttribute('data-risk'))).toEqual([
      'low',
      'long-lived',
      'low',
      'medium',
      'high',
      'high',
    ]);
    await expect(within(dialog).getAllByText('High risk')[0]).toBeVisible();
    await expect(within(dialog).getByText('Long-lived')).toBeVisible();
    await expect(within(dialog).getByText('Can create or change data.')).toBeVisible();
  },
};

export const MeaningsAndRiskDark: Story = { ...MeaningsAndRisk, globals: { theme: 'dark' } };

export const CustomScopesOnly: Story = {
  args: {
    open: true,
    member: makeActiveMember({ grantedScopes: ['read:invoices', 'write:reports'] }),
    memberName: undefined,
  },
};

export const NoScopes: Story = {
  args: { open: true, member: makeActiveMember({ grantedScopes: [] }) },
  play: async () => {
    await expect(await screen.findByRole('dialog')).toHaveAccessibleDescription('This member granted no scopes.');
  },
};

export const LongMemberId: Story = {
  args: {
    open: true,
    member: makeActiveMember({ memberId: `member-test-${'9f3c'.repeat(24)}`, grantedScopes: ['openid', 'email'] }),
    memberName: undefined,
  },
};

export const French: Story = {
  args: { open: true },
  globals: { locale: 'fr' },
  play: async () => {
    const dialog = await screen.findByRole('dialog', { name: 'Autorisations accordées par Ada Lovelace' });
    await waitFor(() => expect(dialog).toBeVisible());
    await expect(within(dialog).getByRole('button', { name: 'Fermer' })).toHaveFocus();
  },
};

export const Dark: Story = {
  args: { open: true },
  globals: { theme: 'dark' },
  play: async () => {
    await expect(await screen.findByRole('dialog')).toHaveAttribute('data-rca-theme', 'dark');
  },
};

export const RightToLeft: Story = {
  args: {
    open: true,
    member: makeActiveMember({ grantedScopes: ['openid', 'email', 'قراءة:الفواتير'] }),
    memberName: 'ليلى عبد الله',
  },
  globals: { direction: 'rtl' },
  play: async () => {
    await expect(await screen.findByRole('dialog')).toHaveAttribute('dir', 'rtl');
  },
};

export const Unstyled: Story = { args: { open: true }, parameters: unstyled };

/** One opener per state: a modal shows one at a time. */
export const AllStates: Story = {
  render: (args) => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem' }}>
      <WithOpener {...args} />
      <WithOpener
        {...args}
        member={makeActiveMember({ grantedScopes: ['read:invoices'] })}
        memberName="Custom scopes"
      />
      <WithOpener {...args} member={makeActiveMember({ grantedScopes: [] })} memberName="No scopes" />
    </div>
  ),
};
