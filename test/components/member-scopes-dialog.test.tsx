import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import {
  type ActiveMember,
  type ConnectedAppsMessages,
  ConnectedAppsProvider,
  MemberScopesDialog,
} from 'react-connected-apps';
import { fr } from 'react-connected-apps/locales/fr';
import { createMemoryTransport, fixtureScopePolicy, makeActiveMember } from 'react-connected-apps/testing';
import { SWRConfig } from 'swr';

const member = makeActiveMember({ grantedScopes: ['openid', 'email', 'openid', 'read:invoices'] });

/** A page with a button that opens the dialog, as a host app would wire it. */
function Page({
  initial = member,
  name,
  messages,
}: {
  initial?: ActiveMember;
  name?: string;
  messages?: ConnectedAppsMessages;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      <MemberScopesDialog member={initial} memberName={name} open={open} onOpenChange={setOpen} messages={messages} />
    </>
  );
}

describe('MemberScopesDialog', () => {
  it('renders nothing while closed', () => {
    render(<Page />);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('is a dialog named by its title and described by its description', async () => {
    const user = userEvent.setup();
    render(<Page name="Ada Lovelace" />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const dialog = screen.getByRole('dialog', { name: 'Scopes granted by Ada Lovelace' });
    const title = screen.getByRole('heading', { name: 'Scopes granted by Ada Lovelace' });
    expect(dialog).toHaveAttribute('aria-labelledby', title.id);
    expect(dialog).toHaveAccessibleDescription('3 scopes granted at the last authorization.');
    expect(dialog).toHaveAttribute('data-slot', 'member-scopes-dialog');
    expect(dialog).toHaveAttribute('data-state', 'open');
    expect(within(dialog).getByText(member.memberId)).toBeInTheDocument();
  });

  it('names the member by id when no name is given', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.getByRole('dialog', { name: `Scopes granted by ${member.memberId}` })).toBeInTheDocument();
  });

  it('lists every granted scope once, with its label and description; unknown scopes verbatim', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const items = within(screen.getByRole('dialog')).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('Sign-in');
    expect(items[0]).toHaveTextContent('openid');
    expect(items[0]).toHaveTextContent('Confirms who the member is (OpenID Connect).');
    expect(items[1]).toHaveTextContent('Email address');
    expect(items[1]).toHaveTextContent('Reads the member’s email address and whether it is verified.');
    // Without a policy a custom scope is shown verbatim, its risk unknown (and said so).
    expect(items[2]?.querySelector('[data-slot="member-scope-label"]')).toHaveTextContent(/^read:invoices$/);
    expect(items[2]).toHaveTextContent(
      /^read:invoices Unknown riskNot described by your RBAC policy: check what it grants\.$/,
    );
    expect(items[2]).not.toHaveAttribute('data-known');
    expect(items[0]).toHaveAttribute('data-known', '');
  });

  it('says so when the member granted nothing', async () => {
    const user = userEvent.setup();
    render(<Page initial={makeActiveMember({ grantedScopes: [] })} />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.getByRole('dialog')).toHaveAccessibleDescription('This member granted no scopes.');
    expect(within(screen.getByRole('dialog')).queryByRole('list')).not.toBeInTheDocument();
  });

  it('moves focus in, keeps Tab inside, closes on Escape and gives focus back to the opener', async () => {
    const user = userEvent.setup();
    render(<Page />);
    const opener = screen.getByRole('button', { name: 'Open' });
    await user.click(opener);
    const dialog = screen.getByRole('dialog');
    expect(dialog).toContainElement(document.activeElement as HTMLElement);

    for (let step = 0; step < 4; step++) {
      await user.tab();
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
    await user.tab({ shift: true });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('closes with its close button and gives focus back', async () => {
    const user = userEvent.setup();
    render(<Page />);
    const opener = screen.getByRole('button', { name: 'Open' });
    await user.click(opener);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('takes its strings from messages', async () => {
    const user = userEvent.setup();
    render(<Page name="Ada" messages={fr} />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const dialog = screen.getByRole('dialog', { name: 'Autorisations accordées par Ada' });
    expect(dialog).toHaveAccessibleDescription('3 autorisations accordées lors de la dernière connexion.');
    expect(within(dialog).getByRole('button', { name: 'Fermer' })).toBeInTheDocument();
  });

  it('takes the theme, direction and language of the place it was opened from, though portalled', async () => {
    const user = userEvent.setup();
    render(
      <div data-rca-theme="dark" dir="rtl" lang="ar">
        <Page />
      </div>,
    );
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const dialog = screen.getByRole('dialog');
    expect(dialog.closest('[dir="rtl"]')).toBe(dialog);
    expect(dialog).toHaveAttribute('data-rca-theme', 'dark');
    expect(dialog).toHaveAttribute('lang', 'ar');
  });

  it('takes them from where it is declared when it opens with nothing focused', () => {
    render(
      <div data-rca-theme="dark" dir="rtl">
        <MemberScopesDialog member={member} open onOpenChange={() => {}} />
      </div>,
    );
    expect(screen.getByRole('dialog')).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('dialog')).toHaveAttribute('data-rca-theme', 'dark');
  });

  it('forwards ref to the dialog element and merges className', async () => {
    const ref = { current: null as HTMLDivElement | null };
    render(<MemberScopesDialog ref={ref} member={member} open onOpenChange={() => {}} className="mine" />);
    expect(ref.current).toBe(screen.getByRole('dialog'));
    expect(ref.current).toHaveClass('mine');
  });

  it('explains each scope with the policy’s description or the built-in one, and its risk in words', async () => {
    const transport = createMemoryTransport({}, { scopes: fixtureScopePolicy });
    render(
      <SWRConfig value={{ provider: () => new Map() }}>
        <ConnectedAppsProvider transport={transport} scopeRisk={(scope) => (scope === 'openid' ? 'medium' : undefined)}>
          <MemberScopesDialog
            member={makeActiveMember({ grantedScopes: ['openid', 'offline_access', 'admin:all'] })}
            open
            onOpenChange={() => {}}
            scopeRisk={(scope) => (scope === 'offline_access' ? 'high' : undefined)}
          />
        </ConnectedAppsProvider>
      </SWRConfig>,
    );
    const dialog = screen.getByRole('dialog');
    await waitFor(() =>
      expect(within(dialog).getByText('Every action on every resource of the organization.')).toBeVisible(),
    );
    const [openid, offline, admin] = within(dialog).getAllByRole('listitem');
    expect(admin).toHaveAttribute('data-risk', 'high');
    expect(admin).toHaveTextContent('High risk');
    expect(admin).toHaveTextContent('Can delete data, or do anything on any resource.');
    // The dialog's rule first, then the provider's.
    expect(offline).toHaveAttribute('data-risk', 'high');
    expect(openid).toHaveAttribute('data-risk', 'medium');
    expect(openid).toHaveTextContent('Sign-in openid Medium riskConfirms who the member is (OpenID Connect).');
  });
});
