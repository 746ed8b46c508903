import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ReactNode, useState } from 'react';
import { ConnectedAppPanel, ConnectedAppsProvider, useMessages } from 'react-connected-apps';
import {
  createMemoryTransport,
  FIXTURE_ORGANIZATION_ID,
  type MemoryScriptStep,
  makeActiveMembers,
  makeConnectedApp,
} from 'react-connected-apps/testing';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { SWRConfig } from 'swr';
import { stylesheetOff } from '../.storybook/docs-parameters';

const ORG = FIXTURE_ORGANIZATION_ID;
const app = makeConnectedApp({
  connectedAppId: 'connected-app-test-revoke',
  name: 'Ledgerly Accounting',
  description: 'Invoices and expense reports.',
  clientType: 'third_party',
  activeMembers: makeActiveMembers(6),
});
const names = ['Ada Lovelace', 'Grace Hopper', 'Linus Torvalds', 'Margaret Hamilton', 'Alan Turing', 'Barbara Liskov'];
const directory = new Map(app.activeMembers.map((member, index) => [member.memberId, names[index]]));
const resolveMember = (memberId: string) => directory.get(memberId);

/**
 * A provider over a memory transport that really revokes (the app's members change), with its own SWR cache
 * and the story frame's catalogue (so the Locale toolbar still applies).
 */
function MemoryBackend({
  script,
  latencyMs,
  children,
}: {
  script?: MemoryScriptStep[];
  latencyMs?: number;
  children: ReactNode;
}) {
  const messages = useMessages();
  const [transport] = useState(() => createMemoryTransport({ [ORG]: [app] }, { script, latencyMs }));
  return (
    <SWRConfig value={{ provider: () => new Map(), revalidateOnFocus: false, revalidateOnReconnect: false }}>
      <ConnectedAppsProvider transport={transport} messages={messages} retry={{ maxRetries: 0 }}>
        {children}
      </ConnectedAppsProvider>
    </SWRConfig>
  );
}

interface RevokeStoryArgs {
  canRevoke: boolean;
  script?: MemoryScriptStep[];
  latencyMs?: number;
}

function RevokePanel({ canRevoke, script, latencyMs }: RevokeStoryArgs) {
  return (
    <MemoryBackend script={script} latencyMs={latencyMs}>
      <ConnectedAppPanel orgId={ORG} appId={app.connectedAppId} resolveMember={resolveMember} canRevoke={canRevoke} />
    </MemoryBackend>
  );
}

const meta = {
  title: 'Components/Revoke access',
  component: RevokePanel,
  // A test harness around ConnectedAppPanel, which has its own docs page.
  tags: ['!autodocs'],
  args: { canRevoke: true },
} satisfies Meta<typeof RevokePanel>;
export default meta;
type Story = StoryObj<typeof meta>;

const rowNames = (canvasElement: HTMLElement) =>
  within(canvasElement)
    .queryAllByRole('button', { name: /^Show scopes of / })
    .map((row) => row.textContent);

/** Confirm one member's revoke: the row goes and focus moves to the next row's button. */
export const RevokeOne: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Revoke access for Grace Hopper' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Revoke access for Grace Hopper?' });
    await expect(within(dialog).getByText(/stops working at once/)).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Revoke access' }));
    await waitFor(() => expect(canvas.queryByText('Grace Hopper')).toBeNull());
    await expect(rowNames(canvasElement)).toEqual(names.filter((name) => name !== 'Grace Hopper'));
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Revoke access for Linus Torvalds' })).toHaveFocus());
    await expect(canvas.getByText('Access revoked for 1 member.')).toBeVisible();
    await expect(canvas.getByText('5 active members')).toBeVisible();
  },
};

/** Select three, confirm, watch the progress, and see them go. */
export const RevokeSelected: Story = {
  args: { latencyMs: 300 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('checkbox', { name: 'Select Ada Lovelace' }, { timeout: 5000 }));
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Select Linus Torvalds' }));
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Select Alan Turing' }));
    await expect(canvas.getByText('3 selected')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Revoke selected' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Revoke access for 3 members?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Revoke access for 3 members' }));
    await expect(await canvas.findByText(/^Revoking \d of 3…$/)).toBeVisible();
    await expect(canvasElement.querySelector('progress')).toBeVisible();
    await waitFor(() => expect(canvas.getByText('Access revoked for 3 members.')).toBeVisible(), { timeout: 5000 });
    await expect(rowNames(canvasElement)).toEqual(['Grace Hopper', 'Margaret Hamilton', 'Barbara Liskov']);
    await expect(canvas.getByText('0 selected')).toBeVisible();
    await expect(document.activeElement).toHaveAttribute('data-slot', 'members-list-revoke-status');
  },
};

/** The signed-in member may not revoke (403): an alert says so and the row stays. */
export const RevokeRefused: Story = {
  args: {
    script: [
      {
        method: 'revokeConnectedApp',
        respond: 'error',
        error: { code: 'FORBIDDEN', status: 403, errorType: 'unauthorized_action' },
      },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = await canvas.findByRole('button', { name: 'Revoke access for Ada Lovelace' });
    await userEvent.click(trigger);
    await userEvent.click(await screen.findByRole('button', { name: 'Revoke access' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Ada Lovelace: You don’t have permission to revoke access');
    await expect(within(alert).queryByRole('button', { name: 'Retry failed' })).toBeNull();
    await expect(rowNames(canvasElement)).toEqual(names);
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};

/** One of three fails with a 500: the alert names it, it stays selected, and "Retry failed" revokes it. */
export const RevokePartiallyFailed: Story = {
  args: {
    script: [
      { method: 'revokeConnectedApp', respond: 'fixture' },
      {
        method: 'revokeConnectedApp',
        respond: 'error',
        error: { code: 'SERVER', status: 500, errorType: 'internal_server_error', requestId: 'request-id-test-1' },
      },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const name of ['Ada Lovelace', 'Grace Hopper', 'Linus Torvalds']) {
      await userEvent.click(await canvas.findByRole('checkbox', { name: `Select ${name}` }));
    }
    await userEvent.click(canvas.getByRole('button', { name: 'Revoke selected' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Revoke access for 3 members' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Access could not be revoked for 1 member');
    await expect(alert).toHaveTextContent('Grace Hopper: The server could not revoke access');
    await expect(canvas.getByText('Access revoked for 2 members.')).toBeVisible();
    await expect(canvas.getByRole('checkbox', { name: 'Select Grace Hopper' })).toBeChecked();
    await expect(rowNames(canvasElement)).toEqual(
      names.filter((name) => !['Ada Lovelace', 'Linus Torvalds'].includes(name)),
    );

    await userEvent.click(within(alert).getByRole('button', { name: 'Retry failed' }));
    await waitFor(() => expect(canvas.queryByText('Grace Hopper')).toBeNull());
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(canvas.getByText('Access revoked for 1 member.')).toBeVisible();
  },
};

/** A revoke on its way (it takes ten minutes here): the row says so and the status counts. */
export const RevokePending: Story = {
  args: { script: [{ method: 'revokeConnectedApp', respond: 'fixture', latencyMs: 600_000 }] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = await canvas.findByRole('button', { name: 'Revoke access for Margaret Hamilton' });
    await userEvent.click(trigger);
    await userEvent.click(await screen.findByRole('button', { name: 'Revoke access' }));
    await waitFor(() => expect(trigger).toHaveTextContent('Revoking…'));
    await expect(trigger).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByRole('button', { name: 'Revoke selected' })).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByText('Revoking 0 of 1…')).toBeVisible();
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};

/** The confirmation of a bulk revoke, left open. */
export const ConfirmSelected: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('checkbox', { name: 'Select all shown' }));
    await expect(canvas.getByText('6 selected')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Revoke selected' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Revoke access for 6 members?' });
    await expect(within(dialog).getByText(/these 6 members stops working at once/)).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: 'Revoke access for 6 members' })).toBeVisible();
  },
};

/** The default: no checkbox and no revoke button; the host decides who may revoke. */
export const CanRevokeOff: Story = {
  args: { canRevoke: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Ada Lovelace')).toBeVisible();
    await expect(canvas.queryAllByRole('checkbox')).toHaveLength(0);
    await expect(canvas.queryByRole('button', { name: /revoke/i })).toBeNull();
  },
};

/** The alert and the selected rows in the dark theme. */
export const RevokePartiallyFailedDark: Story = { ...RevokePartiallyFailed, globals: { theme: 'dark' } };

/** The confirmation in the dark theme: it takes the theme of where it was opened. */
export const ConfirmSelectedDark: Story = { ...ConfirmSelected, globals: { theme: 'dark' } };

/** In French, right to left, and without the stylesheet: the dialog follows the page's language and direction. */
export const FrenchRightToLeftUnstyled: Story = {
  globals: { locale: 'fr', direction: 'rtl', stylesheet: 'off' },
  parameters: stylesheetOff,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('checkbox', { name: 'Sélectionner Ada Lovelace' }));
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Sélectionner Grace Hopper' }));
    await expect(canvas.getByText('2 sélectionnés')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Révoquer la sélection' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Révoquer l’accès de 2 membres ?' });
    await expect(dialog).toHaveAttribute('dir', 'rtl');
    await expect(dialog).toHaveAttribute('lang', 'fr');
    await expect(within(dialog).getByRole('button', { name: 'Révoquer l’accès de 2 membres' })).toBeVisible();
  },
};
