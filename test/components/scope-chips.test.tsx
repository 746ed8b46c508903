import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, type ReactNode, useState } from 'react';
import { ConnectedAppsProvider, ScopeChips, type ScopeRiskRule } from 'react-connected-apps';
import { fr } from 'react-connected-apps/locales/fr';
import { createMemoryTransport, fixtureScopePolicy } from 'react-connected-apps/testing';
import { SWRConfig } from 'swr';

/** A provider whose transport serves the sample RBAC policy (one custom scope of each risk). */
function WithPolicy({ children, scopeRisk }: { children: ReactNode; scopeRisk?: ScopeRiskRule }) {
  const [transport] = useState(() => createMemoryTransport({}, { scopes: fixtureScopePolicy }));
  return (
    <SWRConfig value={{ provider: () => new Map() }}>
      <ConnectedAppsProvider transport={transport} scopeRisk={scopeRisk}>
        {children}
      </ConnectedAppsProvider>
    </SWRConfig>
  );
}

const chip = (label: string) =>
  chips().find((item) => item.querySelector('[data-slot="scope-chip-label"]')?.textContent === label);

function chips() {
  return within(screen.getByRole('list', { name: 'Granted scopes' }))
    .queryAllByRole('listitem')
    .filter((item) => item.dataset.slot === 'scope-chip');
}

describe('ScopeChips', () => {
  it('shows readable labels for the standard scopes, with their descriptions', () => {
    render(<ScopeChips scopes={['openid', 'email']} />);
    const [openid, email] = chips();
    expect(openid).toHaveTextContent('Sign-in');
    expect(openid).toHaveAttribute('data-known', '');
    // The description is in the text (for screen readers and keyboard users), not only in a tooltip.
    expect(openid).toHaveTextContent('Confirms who the member is (OpenID Connect).');
    expect(openid).toHaveAttribute('title', 'Confirms who the member is (OpenID Connect).');
    expect(email).toHaveTextContent('Email address');
  });

  it('shows an unknown scope verbatim', () => {
    render(<ScopeChips scopes={['read:invoices']} />);
    const [chip] = chips();
    expect(chip?.querySelector('[data-slot="scope-chip-label"]')).toHaveTextContent(/^read:invoices$/);
    // Without a provider there is no policy: the scope's risk is unknown, and said so.
    expect(chip).toHaveTextContent(/^read:invoices Unknown risk$/);
    expect(chip).toHaveAttribute('data-risk', 'unknown');
    expect(chip).not.toHaveAttribute('data-known');
    expect(chip).not.toHaveAttribute('title');
  });

  it('shows a duplicated scope once', () => {
    render(<ScopeChips scopes={['openid', 'email', 'openid', 'email', 'custom', 'custom']} />);
    expect(chips().map((chip) => chip.querySelector('[data-slot="scope-chip-label"]')?.textContent)).toEqual([
      'Sign-in',
      'Email address',
      'custom',
    ]);
  });

  it('says so when no scope was granted', () => {
    render(<ScopeChips scopes={[]} />);
    expect(screen.getByRole('list', { name: 'Granted scopes' })).toHaveTextContent('No scopes granted');
    expect(chips()).toHaveLength(0);
  });

  it('hides the scopes beyond max behind "+N more", which reveals them and then offers "Show less"', async () => {
    const user = userEvent.setup();
    render(<ScopeChips scopes={['openid', 'profile', 'email', 'phone', 'offline_access']} max={2} />);
    expect(chips()).toHaveLength(2);
    const more = screen.getByRole('button', { name: '+3 more' });
    expect(more).toHaveAttribute('aria-expanded', 'false');

    await user.click(more);
    expect(chips()).toHaveLength(5);
    expect(screen.getByText('Offline access')).toBeInTheDocument();
    const less = screen.getByRole('button', { name: 'Show less' });
    expect(less).toHaveAttribute('aria-expanded', 'true');
    expect(less).toHaveFocus();

    await user.click(less);
    expect(chips()).toHaveLength(2);
    expect(screen.getByRole('button', { name: '+3 more' })).toBeInTheDocument();
  });

  it('counts the hidden scopes after removing duplicates', () => {
    render(<ScopeChips scopes={['openid', 'openid', 'email', 'email', 'phone']} max={1} />);
    expect(screen.getByRole('button', { name: '+2 more' })).toBeInTheDocument();
  });

  it('has no "+N more" when everything fits', () => {
    render(<ScopeChips scopes={['openid', 'email']} max={2} />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('takes its strings from messages', () => {
    render(<ScopeChips scopes={['openid', 'email', 'phone']} max={1} messages={fr} />);
    const list = screen.getByRole('list', { name: fr.scopeChips.listLabel });
    expect(within(list).getByText('Connexion')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '+2 autres' })).toBeInTheDocument();
  });

  it('forwards ref, puts className (in order, on the list only) beside its own data-slot and spreads other props', () => {
    const ref = createRef<HTMLUListElement>();
    const { container } = render(
      <ScopeChips ref={ref} scopes={['openid', 'email']} max={1} className="mine chips-tight" data-testid="chips" />,
    );
    expect(ref.current).toBe(screen.getByTestId('chips'));
    // No class of its own to merge with: the consumer's className is the whole list, and only the list has it.
    expect(ref.current?.getAttribute('class')).toBe('mine chips-tight');
    expect(container.querySelectorAll('.mine')).toHaveLength(1);
    expect(ref.current).toHaveAttribute('data-slot', 'scope-chips');
    expect(ref.current).not.toHaveAttribute('data-expanded');
  });

  it('adds no class of its own anywhere, and no empty class attribute', () => {
    const { container } = render(<ScopeChips scopes={['openid', 'email']} max={1} className="" />);
    expect(container.querySelectorAll('[class]')).toHaveLength(0);
  });

  describe('meanings and risk', () => {
    const every = [
      'openid',
      'offline_access',
      'read:invoices',
      'write:reports',
      'delete:records',
      'admin:all',
      'custom',
    ];

    it('explains a custom scope with the policy’s description, beside the built-in OpenID Connect one', async () => {
      render(
        <WithPolicy>
          <ScopeChips scopes={['openid', 'read:invoices']} />
        </WithPolicy>,
      );
      await waitFor(() =>
        expect(chip('read:invoices')).toHaveAttribute('title', 'Read invoices and their line items.'),
      );
      expect(chip('read:invoices')).toHaveTextContent('Read invoices and their line items.');
      expect(chip('read:invoices')).not.toHaveAttribute('data-known');
      expect(chip('Sign-in')).toHaveTextContent('Confirms who the member is (OpenID Connect).');
    });

    it('marks every tier in words: "High risk" and "Long-lived" shown, the others read out', async () => {
      render(
        <WithPolicy>
          <ScopeChips scopes={every} />
        </WithPolicy>,
      );
      await waitFor(() => expect(chip('admin:all')).toHaveAttribute('data-risk', 'high'));
      const tiers = chips().map((item) => [
        item.querySelector('[data-slot="scope-chip-label"]')?.textContent,
        item.dataset.risk,
        item.querySelector('[data-slot="scope-chip-risk"]')?.textContent?.trim(),
      ]);
      expect(tiers).toEqual([
        ['Sign-in', 'low', 'Low risk'],
        ['Offline access', 'long-lived', 'Long-lived'],
        ['read:invoices', 'low', 'Low risk'],
        ['write:reports', 'medium', 'Medium risk'],
        ['delete:records', 'high', 'High risk'],
        ['admin:all', 'high', 'High risk'],
        ['custom', 'unknown', 'Unknown risk'],
      ]);
      expect(chip('delete:records')).toHaveTextContent('delete:records High risk Delete customer records.');
    });

    it('takes the host’s rule (the chips’ prop first, then the provider’s); undefined falls back to scopeRisk', async () => {
      const { rerender } = render(
        <WithPolicy scopeRisk={(scope) => (scope === 'read:invoices' ? 'high' : undefined)}>
          <ScopeChips scopes={['read:invoices', 'write:reports']} />
        </WithPolicy>,
      );
      await waitFor(() => expect(chip('write:reports')).toHaveAttribute('data-risk', 'medium'));
      expect(chip('read:invoices')).toHaveAttribute('data-risk', 'high');
      expect(chip('read:invoices')).toHaveTextContent('High risk');

      rerender(
        <WithPolicy scopeRisk={(scope) => (scope === 'read:invoices' ? 'high' : undefined)}>
          <ScopeChips scopes={['read:invoices', 'write:reports']} scopeRisk={() => 'long-lived'} />
        </WithPolicy>,
      );
      await waitFor(() => expect(chip('read:invoices')).toHaveAttribute('data-risk', 'long-lived'));
      expect(chip('write:reports')).toHaveTextContent('Long-lived');
    });

    it('works without a provider, with definitions given as a prop', () => {
      const definitions = new Map(fixtureScopePolicy.map((definition) => [definition.scope, definition]));
      render(<ScopeChips scopes={['admin:all', 'openid']} definitions={definitions} />);
      expect(chip('admin:all')).toHaveAttribute('data-risk', 'high');
      expect(chip('admin:all')).toHaveAttribute('title', 'Every action on every resource of the organization.');
      expect(chip('Sign-in')).toHaveAttribute('data-risk', 'low');
    });

    it('says the risk in the catalogue’s words', () => {
      render(<ScopeChips scopes={['offline_access']} messages={fr} />);
      expect(
        within(screen.getByRole('list', { name: fr.scopeChips.listLabel })).getByText('Longue durée'),
      ).toBeVisible();
    });
  });
});
