import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import {
  ActiveMembersList,
  type ConnectedApp,
  ConnectedAppPanel,
  ConnectedAppsProvider,
  MembersListHeading,
  MembersListRevokeSelected,
  MembersListRevokeStatus,
  MembersListRoot,
  MembersListRows,
  type RevokeOutcome,
} from 'react-connected-apps';
import { fr } from 'react-connected-apps/locales/fr';
import {
  createMemoryTransport,
  FIXTURE_ORGANIZATION_ID,
  type MemoryScriptStep,
  makeActiveMembers,
  makeConnectedApp,
} from 'react-connected-apps/testing';
import { SWRConfig } from 'swr';
import { describe, expect, it, vi } from 'vitest';

const ORG = FIXTURE_ORGANIZATION_ID;
const names = ['Ada Lovelace', 'Grace Hopper', 'Linus Torvalds', 'Margaret Hamilton', 'Alan Turing'];

function appWith(count: number): ConnectedApp {
  return makeConnectedApp({ connectedAppId: 'connected-app-test-revoke', activeMembers: makeActiveMembers(count) });
}

function setup(
  ui: (app: ConnectedApp) => ReactNode,
  { members = 5, script, latencyMs = 0 }: { members?: number; script?: MemoryScriptStep[]; latencyMs?: number } = {},
) {
  const app = appWith(members);
  const transport = createMemoryTransport({ [ORG]: [app] }, { script, latencyMs });
  const user = userEvent.setup();
  const view = render(
    <SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0 }}>
      <ConnectedAppsProvider transport={transport} retry={{ maxRetries: 0 }}>
        {ui(app)}
      </ConnectedAppsProvider>
    </SWRConfig>,
  );
  const revokes = () => transport.requests.filter((request) => request.method === 'revokeConnectedApp');
  return { app, transport, user, revokes, ...view };
}

const directory = (app: ConnectedApp) =>
  new Map(app.activeMembers.map((member, index) => [member.memberId, names[index] ?? member.memberId]));

/** The panel with revoking on, members named from a directory. */
function panel(app: ConnectedApp, props: Partial<Parameters<typeof ConnectedAppPanel>[0]> = {}) {
  const named = directory(app);
  return (
    <ConnectedAppPanel
      orgId={ORG}
      appId={app.connectedAppId}
      resolveMember={(memberId) => named.get(memberId)}
      canRevoke
      {...props}
    />
  );
}

const revokeButton = (name: string) => screen.getByRole('button', { name: `Revoke access for ${name}` });
const checkbox = (name: string) => screen.getByRole('checkbox', { name: `Select ${name}` });
const rowNames = () => screen.queryAllByRole('button', { name: /^Show scopes of / }).map((row) => row.textContent);

describe('revoking members’ access', () => {
  it('shows no checkbox and no revoke button unless canRevoke is set with both ids', async () => {
    const { rerender } = setup((app) => panel(app, { canRevoke: undefined }));
    await screen.findByText('Ada Lovelace');
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
    expect(screen.queryByRole('button', { name: /revoke/i })).toBeNull();
    expect(document.querySelector('[data-slot^="members-list-revoke"]')).toBeNull();

    // Without a provider, and with canRevoke but no ids, the list is the plain list.
    rerender(<ActiveMembersList members={makeActiveMembers(3)} canRevoke organizationId={ORG} connectedAppId=" " />);
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
    expect(screen.queryByRole('button', { name: /revoke/i })).toBeNull();
  });

  it('revokes one member after a confirmation that says what revoking does; focus moves to the next row', async () => {
    const onRevoke = vi.fn();
    const { user, revokes, app } = setup((app) => panel(app, { onRevoke }));
    await user.click(await screen.findByRole('button', { name: 'Revoke access for Grace Hopper' }));

    const dialog = screen.getByRole('alertdialog', { name: 'Revoke access for Grace Hopper?' });
    expect(dialog).toHaveAccessibleDescription(
      'Every token this app holds for the member stops working at once, and the member must consent again the next time they use it. This does not block them from authorizing it again.',
    );
    // The safe choice has focus; nothing is sent before the confirmation.
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(revokes()).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Revoke access' }));
    await waitFor(() => expect(screen.queryByText('Grace Hopper')).toBeNull());
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(revokes()).toEqual([
      {
        method: 'revokeConnectedApp',
        organizationId: ORG,
        memberId: app.activeMembers[1]?.memberId,
        connectedAppId: app.connectedAppId,
      },
    ]);
    expect(rowNames()).toEqual(['Ada Lovelace', 'Linus Torvalds', 'Margaret Hamilton', 'Alan Turing']);
    await waitFor(() => expect(revokeButton('Linus Torvalds')).toHaveFocus());
    expect(screen.getByText('Access revoked for 1 member.')).toHaveAttribute('role', 'status');
    expect(screen.getByText('4 active members')).toBeInTheDocument();
    expect(onRevoke).toHaveBeenCalledWith([
      { memberId: app.activeMembers[1]?.memberId, status: 'revoked', alreadyGone: false },
    ]);
  });

  it('moves focus to the list heading when the last row goes', async () => {
    const { user } = setup((app) => panel(app), { members: 1 });
    await user.click(await screen.findByRole('button', { name: 'Revoke access for Ada Lovelace' }));
    await user.click(screen.getByRole('button', { name: 'Revoke access' }));
    await waitFor(() => expect(screen.getByText('No member has installed this app.')).toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Active members' })).toHaveFocus());
  });

  it('keeps focus on the row while its revoke runs, then moves it to the next row', async () => {
    const { user } = setup((app) => panel(app), { latencyMs: 50 });
    const trigger = await screen.findByRole('button', { name: 'Revoke access for Ada Lovelace' }, { timeout: 2000 });
    await user.click(trigger);
    await user.click(screen.getByRole('button', { name: 'Revoke access' }));
    await waitFor(() => expect(trigger).toHaveFocus());
    expect(trigger).toHaveTextContent('Revoking…');
    expect(trigger).toHaveAccessibleName('Revoking access for Ada Lovelace…');
    expect(trigger).toHaveAttribute('aria-disabled', 'true');
    expect(revokeButton('Grace Hopper')).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText('Revoking 0 of 1…')).toHaveAttribute('role', 'status');
    await waitFor(() => expect(revokeButton('Grace Hopper')).toHaveFocus());
    expect(trigger).not.toBeInTheDocument();
  });

  it('sends nothing when cancelled, and gives focus back to the button that opened it', async () => {
    const { user, revokes } = setup((app) => panel(app));
    const trigger = await screen.findByRole('button', { name: 'Revoke access for Linus Torvalds' });
    await user.click(trigger);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() => expect(trigger).toHaveFocus());

    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(trigger).toHaveFocus());
    expect(revokes()).toEqual([]);
    expect(rowNames()).toHaveLength(5);
  });

  it('revokes the selection with one failure: the others go, the failed one stays selected and can be retried', async () => {
    const failure: MemoryScriptStep = {
      method: 'revokeConnectedApp',
      respond: 'error',
      error: { code: 'SERVER', status: 500, errorType: 'internal_server_error' },
    };
    const { user, revokes } = setup((app) => panel(app), {
      script: [{ method: 'revokeConnectedApp', respond: 'fixture' }, failure],
    });
    await user.click(await screen.findByRole('checkbox', { name: 'Select Ada Lovelace' }));
    await user.click(checkbox('Grace Hopper'));
    await user.click(checkbox('Margaret Hamilton'));
    expect(screen.getByText('3 selected')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Select all shown' })).toHaveProperty('indeterminate', true);

    await user.click(screen.getByRole('button', { name: 'Revoke selected' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Revoke access for 3 members?' });
    expect(dialog).toHaveAccessibleDescription(/these 3 members stops working at once/);
    await user.click(within(dialog).getByRole('button', { name: 'Revoke access for 3 members' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Access could not be revoked for 1 member');
    expect(within(alert).getByRole('listitem')).toHaveTextContent('Grace Hopper: The server could not revoke access');
    expect(screen.getByText('Access revoked for 2 members.')).toBeInTheDocument();
    expect(rowNames()).toEqual(['Grace Hopper', 'Linus Torvalds', 'Alan Turing']);
    expect(checkbox('Grace Hopper')).toBeChecked();
    expect(screen.getByText('1 selected')).toBeInTheDocument();
    // Focus went to the results, where "Revoke selected" was.
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-slot', 'members-list-revoke-status'));
    expect(revokes()).toHaveLength(3);

    await user.click(within(alert).getByRole('button', { name: 'Retry failed' }));
    await waitFor(() => expect(screen.queryByText('Grace Hopper')).toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Access revoked for 1 member.')).toBeInTheDocument();
    expect(screen.getByText('0 selected')).toBeInTheDocument();
    expect(document.activeElement).toHaveAttribute('data-slot', 'members-list-revoke-status');
    expect(revokes()).toHaveLength(4);
  });

  it('says so when the signed-in member may not revoke (403): the row stays, with no retry', async () => {
    const { user } = setup((app) => panel(app), {
      script: [
        {
          method: 'revokeConnectedApp',
          respond: 'error',
          error: { code: 'FORBIDDEN', status: 403, errorType: 'unauthorized_action' },
        },
      ],
    });
    const trigger = await screen.findByRole('button', { name: 'Revoke access for Ada Lovelace' });
    await user.click(trigger);
    await user.click(screen.getByRole('button', { name: 'Revoke access' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Ada Lovelace: You don’t have permission to revoke access');
    expect(within(alert).queryByRole('button')).toBeNull();
    expect(rowNames()).toHaveLength(5);
    expect(trigger).toBeInTheDocument();
    await waitFor(() => expect(trigger).toHaveFocus());
    expect(trigger).toHaveTextContent('Revoke access');
  });

  it('offers a retry after a rate limit (once its Retry-After retries are spent), a network failure or a timeout', async () => {
    const rateLimited: MemoryScriptStep = {
      method: 'revokeConnectedApp',
      respond: 'error',
      error: { code: 'RATE_LIMITED', status: 429, retryAfterMs: 10 },
    };
    const { user, revokes } = setup((app) => panel(app), {
      script: [
        { method: 'revokeConnectedApp', respond: 'error', error: { code: 'NETWORK' } },
        { method: 'revokeConnectedApp', respond: 'error', error: { code: 'TIMEOUT', status: 504 } },
        // The hook waits for Retry-After and tries again, 3 times.
        ...Array.from({ length: 4 }, () => rateLimited),
      ],
    });
    await user.click(await screen.findByRole('checkbox', { name: 'Select Ada Lovelace' }));
    await user.click(checkbox('Grace Hopper'));
    await user.click(checkbox('Linus Torvalds'));
    await user.click(screen.getByRole('button', { name: 'Revoke selected' }));
    await user.click(screen.getByRole('button', { name: 'Revoke access for 3 members' }));
    const alert = await screen.findByRole('alert');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Ada Lovelace: The server could not be reached',
      'Grace Hopper: The server took too long to answer',
      'Linus Torvalds: Too many requests; wait a moment, then retry',
    ]);
    expect(revokes()).toHaveLength(6);
    await user.click(within(alert).getByRole('button', { name: 'Retry failed' }));
    await waitFor(() => expect(rowNames()).toEqual(['Margaret Hamilton', 'Alan Turing']));
    expect(revokes()).toHaveLength(9);
  });

  it('sends one request per member, whatever the double clicks', async () => {
    const { user, revokes } = setup((app) => panel(app), { latencyMs: 30 });
    const trigger = await screen.findByRole('button', { name: 'Revoke access for Ada Lovelace' });
    await user.dblClick(trigger);
    expect(screen.getAllByRole('alertdialog')).toHaveLength(1);
    await user.dblClick(screen.getByRole('button', { name: 'Revoke access' }));
    // The row's button, back in focus, does nothing while its revoke runs.
    expect(trigger).toHaveAccessibleName('Revoking access for Ada Lovelace…');
    await user.dblClick(trigger);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() => expect(screen.queryByText('Ada Lovelace')).toBeNull());
    expect(revokes()).toHaveLength(1);

    await user.click(checkbox('Grace Hopper'));
    await user.dblClick(screen.getByRole('button', { name: 'Revoke selected' }));
    await user.dblClick(screen.getByRole('button', { name: 'Revoke access' }));
    await user.dblClick(screen.getByRole('button', { name: 'Revoke selected' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() => expect(screen.queryByText('Grace Hopper')).toBeNull());
    expect(revokes()).toHaveLength(2);
  });

  it('keeps the selection across filtering and virtualization (500 members)', async () => {
    const { user, app } = setup((app) => <ConnectedAppPanel orgId={ORG} appId={app.connectedAppId} canRevoke />, {
      members: 500,
    });
    const [first, , third] = app.activeMembers.map((member) => member.memberId);
    if (first === undefined || third === undefined) throw new Error('members expected');
    const viewport = await screen.findByRole('region', { name: 'Active members' });
    expect(viewport.querySelectorAll('[data-slot="members-list-item"]').length).toBeLessThan(40);

    await user.click(checkbox(first));
    await user.click(checkbox(third));
    const search = screen.getByRole('searchbox', { name: 'Search members' });
    // The rows of the first members leave the DOM, and come back checked.
    await user.type(search, app.activeMembers[499]?.memberId ?? '');
    expect(screen.queryByRole('checkbox', { name: `Select ${first}` })).toBeNull();
    expect(screen.getByText('2 selected')).toBeInTheDocument();
    await user.clear(search);
    expect(checkbox(first)).toBeChecked();
    expect(checkbox(third)).toBeChecked();

    // Everything a filter shows, including rows never rendered.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter by scope' }), 'read:invoices');
    const selectShown = screen.getByRole('checkbox', { name: 'Select all shown' });
    expect(selectShown).not.toBeChecked();
    await user.click(selectShown);
    expect(selectShown).toBeChecked();
    expect(screen.getByText('102 selected')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter by scope' }), '');
    expect(screen.getByRole('checkbox', { name: 'Select all shown' })).toHaveProperty('indeterminate', true);

    await user.click(screen.getByRole('button', { name: 'Revoke selected' }));
    await user.click(screen.getByRole('button', { name: 'Revoke access for 102 members' }));
    await waitFor(() => expect(screen.getByText('Access revoked for 102 members.')).toBeInTheDocument(), {
      timeout: 5000,
    });
    expect(screen.getByText('398 active members')).toBeInTheDocument();
    expect(screen.getByText('0 selected')).toBeInTheDocument();
  });

  it('hides revoked members at once even when the members do not come from the hook’s cache', async () => {
    const outcomes: RevokeOutcome[][] = [];
    const { user } = setup((app) => (
      <MembersListRoot
        members={app.activeMembers}
        resolveMember={(memberId) => directory(app).get(memberId)}
        canRevoke
        organizationId={ORG}
        connectedAppId={app.connectedAppId}
        onRevoke={(result) => outcomes.push(result)}
      >
        <MembersListHeading />
        <MembersListRows />
        <MembersListRevokeSelected />
        <MembersListRevokeStatus />
      </MembersListRoot>
    ));
    await user.click(checkbox('Alan Turing'));
    await user.click(checkbox('Ada Lovelace'));
    await user.click(screen.getByRole('button', { name: 'Revoke selected' }));
    await user.click(screen.getByRole('button', { name: 'Revoke access for 2 members' }));
    await waitFor(() => expect(rowNames()).toEqual(['Grace Hopper', 'Linus Torvalds', 'Margaret Hamilton']));
    expect(outcomes).toHaveLength(1);
  });

  it('speaks French', async () => {
    const { user } = setup((app) => (
      <ConnectedAppPanel orgId={ORG} appId={app.connectedAppId} canRevoke messages={fr} />
    ));
    const id = (await screen.findAllByRole('button', { name: /^Révoquer l’accès de / }))[0];
    expect(screen.getAllByRole('checkbox', { name: /^Sélectionner member-test-/ })).toHaveLength(5);
    expect(screen.getByRole('button', { name: 'Révoquer la sélection' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText('0 sélectionné')).toBeInTheDocument();
    if (id) await user.click(id);
    expect(screen.getByRole('alertdialog')).toHaveAccessibleName(/^Révoquer l’accès de member-test-.* \?$/);
    expect(screen.getByRole('button', { name: 'Annuler' })).toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(id).toHaveFocus());
  });
});
