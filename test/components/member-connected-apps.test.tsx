import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, type ReactNode } from 'react';
import { type ConnectedApp, ConnectedAppsProvider, MemberConnectedApps } from 'react-connected-apps';
import { fr } from 'react-connected-apps/locales/fr';
import {
  createMemoryTransport,
  FIXTURE_ORGANIZATION_ID,
  fixtureApps,
  type MemoryScriptStep,
  makeActiveMember,
  makeConnectedApp,
} from 'react-connected-apps/testing';
import { SWRConfig } from 'swr';
import { describe, expect, it } from 'vitest';

const ORG = FIXTURE_ORGANIZATION_ID;
const APPS = Object.values(fixtureApps);
// The third member has three apps: Acme Admin Console, Acme Mobile and Ledgerly Accounting.
const MEMBER = fixtureApps.firstParty.activeMembers[2]?.memberId ?? '';
const NOBODY = 'member-test-without-apps';

function setup(
  ui: ReactNode,
  {
    apps = APPS,
    script,
    latencyMs = 0,
  }: { apps?: ConnectedApp[]; script?: MemoryScriptStep[]; latencyMs?: number } = {},
) {
  const transport = createMemoryTransport({ [ORG]: apps }, { script, latencyMs });
  const view = render(
    <SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0 }}>
      <ConnectedAppsProvider transport={transport} retry={{ maxRetries: 0 }}>
        {ui}
      </ConnectedAppsProvider>
    </SWRConfig>,
  );
  return { transport, ...view };
}

const revokes = (transport: { requests: ReadonlyArray<{ method: string; connectedAppId?: string }> }) =>
  transport.requests.filter((request) => request.method === 'revokeConnectedApp').map((r) => r.connectedAppId);
const appNames = () => screen.queryAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
const forbidden: MemoryScriptStep = {
  method: 'revokeConnectedApp',
  respond: 'error',
  error: { code: 'FORBIDDEN', status: 403, errorType: 'unauthorized_action' },
};

describe('MemberConnectedApps', () => {
  it('shows a busy skeleton, then each app with its client type and granted scopes, and no revoke by default', async () => {
    const { container } = setup(<MemberConnectedApps orgId={ORG} memberId={MEMBER} />, { latencyMs: 20 });
    expect(screen.getByRole('status')).toHaveTextContent('Loading the member’s connected apps…');
    expect(container.querySelector('[data-slot="member-apps-skeleton"]')).toHaveAttribute('aria-busy', 'true');
    expect(await screen.findByText('3 apps')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Connected apps' })).toBeInTheDocument();
    expect(appNames()).toEqual(['Acme Admin Console', 'Acme Mobile', 'Ledgerly Accounting']);
    const rows = within(screen.getByRole('list', { name: 'Connected apps' })).getAllByRole('listitem', {
      name: (_name, element) => element.getAttribute('data-slot') === 'member-apps-item',
    });
    expect(rows).toHaveLength(3);
    expect(within(rows[2] as HTMLElement).getByText('Third party')).toBeInTheDocument();
    expect(within(rows[2] as HTMLElement).getByRole('list', { name: 'Granted scopes' })).toHaveTextContent('Sign-in');
    expect(screen.queryByRole('button', { name: /Revoke/ })).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('says so when the member has no apps', async () => {
    setup(<MemberConnectedApps orgId={ORG} memberId={NOBODY} canRevoke />);
    expect(await screen.findByText('This member has no connected apps')).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows the error banner, then the apps once Retry works', async () => {
    const user = userEvent.setup();
    setup(<MemberConnectedApps orgId={ORG} memberId={MEMBER} />, {
      script: [{ respond: 'error', error: { code: 'SERVER', status: 500 } }],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('3 apps')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('asks before revoking one app, says what it does, and Cancel or Escape return focus to the row’s button', async () => {
    const user = userEvent.setup();
    const { transport } = setup(<MemberConnectedApps orgId={ORG} memberId={MEMBER} canRevoke />);
    const trigger = await screen.findByRole('button', { name: 'Revoke access to Ledgerly Accounting' });
    expect(trigger).toHaveTextContent(/^Revoke access$/);
    await user.click(trigger);
    const dialog = screen.getByRole('alertdialog', { name: 'Revoke access to Ledgerly Accounting?' });
    expect(dialog).toHaveAccessibleDescription(
      'Every token Ledgerly Accounting holds for this member stops working at once, and the member must consent again the next time they use it. This does not block them from authorizing it again.',
    );
    // The safe choice has focus first.
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() => expect(trigger).toHaveFocus());

    await user.keyboard('{Enter}');
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() => expect(trigger).toHaveFocus());
    expect(revokes(transport)).toEqual([]);
  });

  it('revokes one app after confirmation: the row goes, it is announced, and focus lands on the heading', async () => {
    const user = userEvent.setup();
    const { transport } = setup(<MemberConnectedApps orgId={ORG} memberId={MEMBER} canRevoke />);
    await user.click(await screen.findByRole('button', { name: 'Revoke access to Ledgerly Accounting' }));
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Revoke access to Ledgerly Accounting' }),
    );
    await waitFor(() => expect(appNames()).toEqual(['Acme Admin Console', 'Acme Mobile']));
    expect(screen.getByRole('status')).toHaveTextContent('Access to Ledgerly Accounting revoked.');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Connected apps' })).toHaveFocus());
    expect(screen.getByText('2 apps')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(revokes(transport)).toEqual([fixtureApps.thirdParty.connectedAppId]);
  });

  it('revokes all with one failure: the failure is listed with its reason and Retry, the others are gone', async () => {
    const user = userEvent.setup();
    const { transport } = setup(<MemberConnectedApps orgId={ORG} memberId={MEMBER} canRevoke />, {
      script: [
        {
          method: 'revokeConnectedApp',
          respond: 'error',
          error: { code: 'SERVER', status: 500 },
          latencyMs: 30,
        },
      ],
    });
    const revokeAll = await screen.findByRole('button', { name: 'Revoke all' });
    await user.click(revokeAll);
    const dialog = screen.getByRole('alertdialog', { name: 'Revoke this member’s access to 3 apps?' });
    expect(dialog).toHaveTextContent('Every token these apps hold for this member stops working at once');
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Acme Admin Console', 'Acme Mobile', 'Ledgerly Accounting']);
    await user.click(within(dialog).getByRole('button', { name: 'Revoke 3 apps' }));

    expect(await screen.findByText('Revoking 1 of 3…')).toBeInTheDocument();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Access to 1 app could not be revoked');
    expect(alert).toHaveTextContent('Acme Admin Console: The server could not revoke access');
    expect(appNames()).toEqual(['Acme Admin Console']);
    expect(screen.getByRole('status')).toHaveTextContent('Access to 2 apps revoked.');
    // "Revoke all" stayed (one app is left), so focus went back to it.
    await waitFor(() => expect(revokeAll).toHaveFocus());

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(appNames()).toEqual([]));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('This member has no connected apps')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Connected apps' })).toHaveFocus());
    expect(revokes(transport)).toEqual([
      fixtureApps.firstParty.connectedAppId,
      fixtureApps.firstPartyPublic.connectedAppId,
      fixtureApps.thirdParty.connectedAppId,
      fixtureApps.firstParty.connectedAppId,
    ]);
  });

  it('keeps the row and says why when Stytch refuses (403), with no Retry', async () => {
    const user = userEvent.setup();
    setup(<MemberConnectedApps orgId={ORG} memberId={MEMBER} canRevoke />, { script: [forbidden] });
    const trigger = await screen.findByRole('button', { name: 'Revoke access to Acme Mobile' });
    await user.click(trigger);
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Revoke access to Acme Mobile' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Acme Mobile: You don’t have permission to revoke access');
    expect(within(alert).queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(appNames()).toEqual(['Acme Admin Console', 'Acme Mobile', 'Ledgerly Accounting']);
    expect(screen.getByRole('status')).toHaveTextContent('');
    await waitFor(() => expect(trigger).toHaveFocus());
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says a lasting rate limit held the revoke back, with Retry, after waiting out each Retry-After', async () => {
    const user = userEvent.setup();
    const limited: MemoryScriptStep = {
      method: 'revokeConnectedApp',
      respond: 'error',
      error: { code: 'RATE_LIMITED', status: 429, retryAfterMs: 5 },
    };
    const { transport } = setup(<MemberConnectedApps orgId={ORG} memberId={MEMBER} canRevoke />, {
      script: [limited, limited, limited, limited],
    });
    await user.click(await screen.findByRole('button', { name: 'Revoke access to Acme Mobile' }));
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Revoke access to Acme Mobile' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Acme Mobile: Too many requests; wait a moment, then retry');
    expect(revokes(transport)).toHaveLength(4);
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(appNames()).toEqual(['Acme Admin Console', 'Ledgerly Accounting']));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('renders hostile names as text, in the rows and the dialog, and never loads a non-http logo', async () => {
    const user = userEvent.setup();
    const hostile = makeConnectedApp({
      connectedAppId: 'connected-app-test-hostile',
      name: '<img src=x onerror=alert(1)>',
      logoUrl: 'javascript:alert(1)',
      activeMembers: [makeActiveMember({ memberId: MEMBER })],
    });
    const { container } = setup(<MemberConnectedApps orgId={ORG} memberId={MEMBER} canRevoke />, { apps: [hostile] });
    expect(await screen.findByRole('heading', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(container.querySelector('img, [src], [href]')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Revoke access to <img src=x onerror=alert(1)>' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Revoke access to <img src=x onerror=alert(1)>?' });
    expect(dialog.querySelector('img')).toBeNull();
  });

  it('speaks French with the French catalogue', async () => {
    const user = userEvent.setup();
    render(
      <SWRConfig value={{ provider: () => new Map() }}>
        <ConnectedAppsProvider transport={createMemoryTransport({ [ORG]: APPS })} messages={fr}>
          <MemberConnectedApps orgId={ORG} memberId={MEMBER} canRevoke />
        </ConnectedAppsProvider>
      </SWRConfig>,
    );
    expect(await screen.findByRole('heading', { name: 'Apps connectées' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tout révoquer' }));
    expect(screen.getByRole('button', { name: 'Révoquer 3 apps' })).toBeInTheDocument();
  });

  it('forwards ref, merges className last, and sets the heading levels', async () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = setup(
      <MemberConnectedApps ref={ref} orgId={ORG} memberId={MEMBER} className="member wide" headingLevel={4} />,
    );
    expect(await screen.findByRole('heading', { level: 5, name: 'Ledgerly Accounting' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: 'Connected apps' })).toBeInTheDocument();
    expect(ref.current).toHaveAttribute('data-slot', 'member-connected-apps');
    expect(ref.current?.getAttribute('class')).toBe('member wide');
    expect(container.querySelectorAll('[class]')).toHaveLength(1);
  });
});
