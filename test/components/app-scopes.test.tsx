import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentPropsWithRef } from 'react';
import { AppScopes, type ConnectedApp, ConnectedAppsProvider } from 'react-connected-apps';
import { fr } from 'react-connected-apps/locales/fr';
import {
  createMemoryTransport,
  FIXTURE_ORGANIZATION_ID,
  fixtureApps,
  fixtureScopePolicy,
  highRiskApp,
  type MemoryScriptStep,
  makeActiveMember,
  makeConnectedApp,
  makeMembersDirectory,
} from 'react-connected-apps/testing';
import { SWRConfig } from 'swr';
import { describe, expect, it, vi } from 'vitest';

const ORG = FIXTURE_ORGANIZATION_ID;
const ids = highRiskApp.activeMembers.map((member) => member.memberId);
// Members 1 and 3 hold admin:all and offline_access; 0, 2 and 4 delete:records; all of them openid.
const [, grace, , katherine] = ids;

function setup(
  props: Partial<ComponentPropsWithRef<typeof AppScopes>> = {},
  { app = highRiskApp, script }: { app?: ConnectedApp; script?: MemoryScriptStep[] } = {},
) {
  const transport = createMemoryTransport(
    { [ORG]: [app] },
    { script, scopes: fixtureScopePolicy, members: { [ORG]: makeMembersDirectory(ids) } },
  );
  const user = userEvent.setup();
  render(
    <SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0 }}>
      <ConnectedAppsProvider transport={transport} retry={{ maxRetries: 0 }}>
        <AppScopes orgId={ORG} appId={app.connectedAppId} {...props} />
      </ConnectedAppsProvider>
    </SWRConfig>,
  );
  const revokes = () => transport.requests.filter((request) => request.method === 'revokeConnectedApp');
  return { transport, user, revokes };
}

/** Each scope's row as [label, risk, count], in order. */
const rows = () =>
  Array.from(document.querySelectorAll<HTMLElement>('[data-slot="app-scope"]')).map((row) => [
    row.querySelector('[data-slot="app-scope-label"]')?.textContent,
    row.dataset.risk,
    row.querySelector('[data-slot="app-scope-count"]')?.textContent,
  ]);
const toggle = (name: RegExp) => screen.getByRole('button', { name });

describe('AppScopes', () => {
  it('shows a loading status, then every granted scope with its meaning, risk and holders, riskiest first', async () => {
    setup();
    expect(screen.getByRole('status')).toHaveTextContent('Loading scopes…');
    await waitFor(() =>
      expect(rows()).toEqual([
        ['delete:records', 'high', '3 members'],
        ['admin:all', 'high', '2 members'],
        ['Offline access', 'long-lived', '2 members'],
        ['Sign-in', 'low', '5 members'],
      ]),
    );
    expect(screen.getByRole('heading', { name: 'Scopes' })).toBeInTheDocument();
    const admin = toggle(/^admin:all/);
    expect(admin).toHaveAccessibleName('admin:all High risk 2 members');
    expect(admin).toHaveAccessibleDescription(
      'Every action on every resource of the organization. Can delete data, or do anything on any resource.',
    );
    expect(admin).toHaveAttribute('aria-expanded', 'false');
    expect(toggle(/^Sign-in/)).toHaveAccessibleName('Sign-in openid Low risk 5 members');
  });

  it('lists who holds a chosen scope, by name once the directory answers', async () => {
    const { user } = setup();
    await waitFor(() => expect(rows()[1]?.[0]).toBe('admin:all'));
    await user.click(toggle(/^admin:all/));
    expect(toggle(/^admin:all/)).toHaveAttribute('aria-expanded', 'true');
    const holders = screen.getByRole('list', { name: 'Members holding admin:all' });
    await waitFor(() => expect(within(holders).getByText('Grace Lovelace')).toBeInTheDocument());
    expect(
      within(holders)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([`Grace Lovelace ${grace}`, `Katherine Lovelace ${katherine}`]);
    // No revoke without canRevoke.
    expect(screen.queryByRole('button', { name: /^Revoke/ })).toBeNull();

    // Another scope replaces it; choosing it again closes it.
    await user.click(toggle(/^Sign-in/));
    expect(screen.queryByRole('list', { name: 'Members holding admin:all' })).toBeNull();
    expect(within(screen.getByRole('list', { name: 'Members holding openid' })).getAllByRole('listitem')).toHaveLength(
      5,
    );
    await user.click(toggle(/^Sign-in/));
    expect(screen.queryByRole('list', { name: 'Members holding openid' })).toBeNull();
  });

  it('revokes every holder after a confirmation: one request each, and the counts follow', async () => {
    const onRevoke = vi.fn();
    const { user, revokes } = setup({ canRevoke: true, onRevoke });
    await waitFor(() => expect(rows()[1]?.[0]).toBe('admin:all'));
    await user.click(toggle(/^admin:all/));
    const button = screen.getByRole('button', { name: 'Revoke access for all 2 members holding admin:all' });
    expect(button).toHaveAccessibleDescription(
      'Revoking ends the app’s whole access for these members, not only this scope.',
    );
    await user.click(button);
    const dialog = screen.getByRole('alertdialog', { name: 'Revoke access for 2 members?' });
    expect(revokes()).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Revoke access for 2 members' }));

    await waitFor(() => expect(screen.getByText('Access revoked for 2 members.')).toHaveAttribute('role', 'status'));
    expect(revokes().map((request) => request.memberId)).toEqual([grace, katherine]);
    expect(rows()).toEqual([
      ['delete:records', 'high', '3 members'],
      ['Sign-in', 'low', '3 members'],
    ]);
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-slot', 'app-scopes-revoke-status'));
    expect(onRevoke).toHaveBeenCalledWith([
      { memberId: grace, status: 'revoked', alreadyGone: false },
      { memberId: katherine, status: 'revoked', alreadyGone: false },
    ]);
  });

  it('still announces the revoke when it took the app’s last members', async () => {
    const app = makeConnectedApp({
      connectedAppId: 'connected-app-test-last',
      activeMembers: [
        makeActiveMember({ grantedScopes: ['openid'] }, 0),
        makeActiveMember({ grantedScopes: ['openid'] }, 1),
      ],
    });
    const { user } = setup({ canRevoke: true }, { app });
    await user.click(await screen.findByRole('button', { name: /^Sign-in/ }));
    await user.click(screen.getByRole('button', { name: 'Revoke access for all 2 members holding openid' }));
    await user.click(screen.getByRole('button', { name: 'Revoke access for 2 members' }));
    await waitFor(() => expect(screen.getByText('No member has granted a scope')).toBeInTheDocument());
    expect(screen.getByText('Access revoked for 2 members.')).toHaveAttribute('role', 'status');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-slot', 'app-scopes-revoke-status'));
  });

  it('sends nothing when the confirmation is cancelled, and gives focus back to the button', async () => {
    const { user, revokes } = setup({ canRevoke: true });
    await waitFor(() => expect(rows()[1]?.[0]).toBe('admin:all'));
    await user.click(toggle(/^admin:all/));
    const button = screen.getByRole('button', { name: /^Revoke access for all 2 members/ });
    await user.click(button);
    expect(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(button).toHaveFocus());
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(revokes()).toEqual([]);
  });

  it('says which revokes were refused and why, and keeps their holders', async () => {
    const refused: MemoryScriptStep = {
      method: 'revokeConnectedApp',
      respond: 'error',
      error: { code: 'FORBIDDEN', status: 403 },
    };
    const { user } = setup({ canRevoke: true }, { script: [refused, refused] });
    await waitFor(() => expect(rows()[1]?.[0]).toBe('admin:all'));
    await user.click(toggle(/^admin:all/));
    await user.click(screen.getByRole('button', { name: /^Revoke access for all 2 members/ }));
    await user.click(screen.getByRole('button', { name: 'Revoke access for 2 members' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Access could not be revoked for 2 members');
    expect(alert).toHaveTextContent('Grace Lovelace: You don’t have permission to revoke access');
    expect(within(alert).queryByRole('button')).toBeNull();
    expect(rows()[1]).toEqual(['admin:all', 'high', '2 members']);
  });

  it('shows the error banner with a retry, then the scopes', async () => {
    const { user } = setup(
      {},
      { script: [{ method: 'getConnectedApp', respond: 'error', error: { code: 'SERVER', status: 500 } }] },
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(rows()).toHaveLength(4));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('leaves the banner to the host with showErrorBanner={false}', async () => {
    setup(
      { showErrorBanner: false },
      { script: [{ method: 'getConnectedApp', respond: 'error', error: { code: 'SERVER', status: 500 } }] },
    );
    await waitFor(() =>
      expect(document.querySelector('[data-slot="app-scopes"]')).toHaveAttribute('data-status', 'error'),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when no member granted a scope', async () => {
    setup({}, { app: fixtureApps.noMembers });
    expect(await screen.findByText('No member has granted a scope')).toBeInTheDocument();
    expect(rows()).toEqual([]);
  });

  it('takes its strings from messages, forwards ref and merges className', async () => {
    const ref = { current: null as HTMLDivElement | null };
    setup({ messages: fr, ref, className: 'mine' });
    await waitFor(() => expect(rows()[0]).toEqual(['delete:records', 'high', '3 membres']));
    expect(screen.getByRole('heading', { name: 'Autorisations' })).toBeInTheDocument();
    expect(ref.current).toHaveAttribute('data-slot', 'app-scopes');
    expect(ref.current).toHaveAttribute('data-status', 'success');
    expect(ref.current).toHaveClass('mine');
  });
});
