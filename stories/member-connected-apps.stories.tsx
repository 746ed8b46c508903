import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ReactNode, useState } from 'react';
import {
  ConnectedAppsProvider,
  MemberConnectedApps,
  type OrganizationMember,
  type RetryPolicy,
  useMessages,
} from 'react-connected-apps';
import {
  createMemoryTransport,
  FIXTURE_ORGANIZATION_ID,
  fixtureApps,
  type MemoryScriptStep,
  makeOrganizationMember,
} from 'react-connected-apps/testing';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { SWRConfig } from 'swr';
import { unstyled } from '../.storybook/docs-parameters';

const ORG = FIXTURE_ORGANIZATION_ID;
// The third member has three apps: Acme Admin Console, Acme Mobile and Ledgerly Accounting.
const MEMBER = fixtureApps.firstParty.activeMembers[2]?.memberId ?? '';
const APPS = ['Acme Admin Console', 'Acme Mobile', 'Ledgerly Accounting'];
// Who the member is, for the members search: Alan Lovelace.
const PERSON = makeOrganizationMember({ memberId: MEMBER }, 2);

interface BackendProps {
  people?: OrganizationMember[];
  script?: MemoryScriptStep[];
  latencyMs?: number;
  retry?: RetryPolicy;
  children: ReactNode;
}

/** A provider over a memory transport, with its own SWR cache and the story frame's catalogue. */
function Backend({ people = [PERSON], script, latencyMs, retry = { maxRetries: 0 }, children }: BackendProps) {
  const messages = useMessages();
  const [transport] = useState(() =>
    createMemoryTransport({ [ORG]: Object.values(fixtureApps) }, { script, latencyMs, members: { [ORG]: people } }),
  );
  return (
    <SWRConfig value={{ provider: () => new Map(), revalidateOnFocus: false, revalidateOnReconnect: false }}>
      <ConnectedAppsProvider transport={transport} messages={messages} retry={retry}>
        {children}
      </ConnectedAppsProvider>
    </SWRConfig>
  );
}

// Scripted answers to the next revokes (the list itself loads from the fixtures).
const refused: MemoryScriptStep = {
  method: 'revokeConnectedApp',
  respond: 'error',
  error: { code: 'FORBIDDEN', status: 403, errorType: 'unauthorized_action', requestId: 'request-id-test-403' },
};
const serverError: MemoryScriptStep = {
  method: 'revokeConnectedApp',
  respond: 'error',
  error: { code: 'SERVER', status: 500, requestId: 'request-id-test-500' },
};

const appNames = (canvasElement: HTMLElement) =>
  within(canvasElement)
    .queryAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent);

const meta = {
  title: 'Components/MemberConnectedApps',
  component: MemberConnectedApps,
  args: { orgId: ORG, memberId: MEMBER, canRevoke: true },
  render: (args) => (
    <Backend latencyMs={200}>
      <MemberConnectedApps {...args} />
    </Backend>
  ),
} satisfies Meta<typeof MemberConnectedApps>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The first answer is on its way (it takes ten minutes here). */
export const Loading: Story = {
  render: (args) => (
    <Backend latencyMs={600_000}>
      <MemberConnectedApps {...args} />
    </Backend>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Loading the member’s connected apps…');
    await expect(canvasElement.querySelector('[data-slot="member-apps-skeleton"]')).toHaveAttribute(
      'aria-busy',
      'true',
    );
  },
};

/** The member's apps with the scopes granted to each; read-only without `canRevoke`. */
export const Success: Story = {
  args: { canRevoke: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('3 apps')).toBeVisible();
    await expect(appNames(canvasElement)).toEqual(APPS);
    await expect(canvas.getAllByRole('list', { name: 'Granted scopes' })).toHaveLength(3);
    await expect(canvas.queryByRole('button', { name: /Revoke/ })).toBeNull();
  },
};

/** Under the heading, who the member is: name, email, and a status that is not active, in words. */
export const MemberNameAndStatus: Story = {
  args: { canRevoke: false },
  render: (args) => (
    <Backend people={[{ ...PERSON, status: 'invited' }]}>
      <MemberConnectedApps {...args} />
    </Backend>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Alan Lovelace')).toBeVisible();
    await expect(canvas.getByText(PERSON.emailAddress)).toBeVisible();
    await expect(canvas.getByText('Invited')).toBeVisible();
  },
};

/** A member the search does not return: their id, and "Not found". */
export const MemberNotFound: Story = {
  args: { canRevoke: false },
  render: (args) => (
    <Backend people={[]}>
      <MemberConnectedApps {...args} />
    </Backend>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Not found')).toBeVisible();
    await expect(canvas.getByText(MEMBER)).toBeVisible();
  },
};

export const WithRevoke: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('button', { name: 'Revoke all' })).toBeVisible();
    await expect(canvas.getAllByRole('button', { name: /^Revoke access to / })).toHaveLength(3);
  },
};

/** A member who has installed nothing. */
export const NoApps: Story = {
  args: { memberId: 'member-test-without-apps' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('This member has no connected apps')).toBeVisible();
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

/** The first load fails; Retry brings the apps. */
export const ServerError: Story = {
  render: (args) => (
    <Backend script={[{ respond: 'error', error: { code: 'SERVER', status: 500, requestId: 'request-id-test-500' } }]}>
      <MemberConnectedApps {...args} />
    </Backend>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Something went wrong');
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(await canvas.findByText('3 apps')).toBeVisible();
  },
};

/** A 429 with `Retry-After: 2`: the banner counts down, then the apps load by themselves. */
export const RateLimited: Story = {
  render: (args) => (
    <Backend
      retry={{ maxRetries: 3 }}
      script={[{ respond: 'error', error: { code: 'RATE_LIMITED', status: 429, retryAfterMs: 2000 } }]}
    >
      <MemberConnectedApps {...args} />
    </Backend>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('timer')).toHaveTextContent(/Retrying in [12] seconds?/);
    await waitFor(() => expect(canvas.getByText('3 apps')).toBeVisible(), { timeout: 5000 });
  },
};

/** The confirmation says what revoking does; Escape cancels and gives focus back to the row's button. */
export const RevokeConfirm: Story = {
  play: async ({ canvasElement }) => {
    const trigger = await within(canvasElement).findByRole('button', { name: 'Revoke access to Ledgerly Accounting' });
    await userEvent.click(trigger);
    const dialog = await screen.findByRole('alertdialog', { name: 'Revoke access to Ledgerly Accounting?' });
    await expect(dialog).toHaveTextContent('Every token Ledgerly Accounting holds for this member stops working');
    await expect(dialog).toHaveTextContent('the member must consent again the next time they use it');
    await expect(dialog).toHaveTextContent('This does not block them from authorizing it again.');
    await expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await expect(within(dialog).getByRole('button', { name: 'Revoke access to Ledgerly Accounting' })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await waitFor(() => expect(trigger).toHaveFocus());
    await expect(appNames(canvasElement)).toEqual(APPS);
  },
};

/** "Revoke all" (offboarding), left open: every app is named, and the confirm button says how many. */
export const RevokeAllConfirm: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(await within(canvasElement).findByRole('button', { name: 'Revoke all' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Revoke this member’s access to 3 apps?' });
    await expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(APPS);
    await expect(within(dialog).getByRole('button', { name: 'Revoke 3 apps' })).toBeVisible();
  },
};

/** Confirmed: the row goes, the revoke is announced, and focus lands on the heading. */
export const Revoked: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Revoke access to Ledgerly Accounting' }));
    const dialog = await screen.findByRole('alertdialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Revoke access to Ledgerly Accounting' }));
    await waitFor(() => expect(appNames(canvasElement)).toEqual(['Acme Admin Console', 'Acme Mobile']));
    await expect(canvas.getByRole('status')).toHaveTextContent('Access to Ledgerly Accounting revoked.');
    await waitFor(() => expect(canvas.getByRole('heading', { level: 2, name: 'Connected apps' })).toHaveFocus());
  },
};

/** Revoking all, slowly: progress is announced, and the buttons wait. */
export const RevokePending: Story = {
  render: (args) => (
    <Backend script={[{ method: 'revokeConnectedApp', respond: 'fixture', latencyMs: 600_000 }]}>
      <MemberConnectedApps {...args} />
    </Backend>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Revoke all' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Revoke 3 apps' }));
    await expect(await canvas.findByText('Revoking 1 of 3…')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Revoke all' })).toHaveAttribute('aria-disabled', 'true');
    await expect(canvasElement.querySelector('[data-pending]')).toHaveTextContent('Acme Admin Console');
  },
};

/** Stytch refuses (403): the row stays, and the alert says why, with no Retry (trying again cannot help). */
export const RevokeRefused: Story = {
  render: (args) => (
    <Backend script={[refused]}>
      <MemberConnectedApps {...args} />
    </Backend>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Revoke access to Acme Mobile' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Revoke access to Acme Mobile' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Acme Mobile: You don’t have permission to revoke access');
    await expect(within(alert).queryByRole('button', { name: 'Retry' })).toBeNull();
    await expect(appNames(canvasElement)).toEqual(APPS);
  },
};

/** "Revoke all" where one app fails (500): the others are gone, the failure is listed with Retry. */
export const PartiallyFailed: Story = {
  render: (args) => (
    <Backend script={[serverError]}>
      <MemberConnectedApps {...args} />
    </Backend>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Revoke all' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Revoke 3 apps' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Access to 1 app could not be revoked');
    await expect(alert).toHaveTextContent('Acme Admin Console: The server could not revoke access');
    await expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(appNames(canvasElement)).toEqual(['Acme Admin Console']);
    await expect(canvas.getByRole('status')).toHaveTextContent('Access to 2 apps revoked.');
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  render: PartiallyFailed.render,
  play: PartiallyFailed.play,
};

export const DarkRevokeAllConfirm: Story = {
  globals: { theme: 'dark' },
  play: RevokeAllConfirm.play,
};

export const French: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('3 apps')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Révoquer l’accès à Acme Mobile' })).toBeVisible();
  },
};

export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  render: RevokeRefused.render,
  play: RevokeRefused.play,
};

export const At360px: Story = {
  decorators: [
    (Story) => (
      <div style={{ maxInlineSize: 360 }}>
        <Story />
      </div>
    ),
  ],
  render: PartiallyFailed.render,
  play: async (context) => {
    await PartiallyFailed.play?.(context);
    const root = context.canvasElement.querySelector<HTMLElement>('[data-slot="member-connected-apps"]');
    if (root === null) throw new Error('The story rendered no [data-slot="member-connected-apps"]');
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
  },
};

export const Unstyled: Story = {
  parameters: unstyled,
  play: WithRevoke.play,
};
