import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { ScopeChips } from 'react-connected-apps';
import { fr } from 'react-connected-apps/locales/fr';

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
    expect(chip).toHaveTextContent(/^read:invoices$/);
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
});
