import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { ActiveMembersList } from 'react-connected-apps';
import { fr } from 'react-connected-apps/locales/fr';
import { makeActiveMember, makeActiveMembers } from 'react-connected-apps/testing';

const ada = makeActiveMember({ memberId: 'member-test-ada', grantedScopes: ['openid', 'email'] }, 0);
const grace = makeActiveMember({ memberId: 'member-test-grace', grantedScopes: ['openid', 'read:invoices'] }, 1);
const linus = makeActiveMember(
  { memberId: 'member-test-linus', grantedScopes: ['openid', 'profile', 'email', 'phone', 'offline_access'] },
  2,
);
const names: Record<string, string> = { 'member-test-ada': 'Ada Lovelace', 'member-test-grace': 'Grace Hopper' };
const resolveMember = (memberId: string) => names[memberId];

function rows() {
  return within(screen.getByRole('list', { name: 'Active members' }))
    .getAllByRole('listitem')
    .filter((item) => item.dataset.slot === 'members-list-item');
}

function openButtons() {
  return screen.queryAllByRole('button', { name: /^Show scopes of / });
}

describe('ActiveMembersList', () => {
  it('shows a heading, the member count and a row per member with their first scopes', () => {
    render(<ActiveMembersList members={[ada, grace, linus]} />);
    expect(screen.getByRole('heading', { name: 'Active members' })).toBeInTheDocument();
    expect(screen.getByText('3 members')).toBeInTheDocument();
    expect(rows()).toHaveLength(3);
    const linusRow = rows()[2];
    expect(linusRow).toBeDefined();
    if (!linusRow) return;
    expect(within(linusRow).getByRole('button', { name: 'Show scopes of member-test-linus' })).toBeInTheDocument();
    expect(within(linusRow).getByText('Sign-in')).toBeInTheDocument();
    expect(within(linusRow).getByRole('button', { name: '+2 more' })).toBeInTheDocument();
  });

  it('uses the singular for one member', () => {
    render(<ActiveMembersList members={[ada]} />);
    expect(screen.getByText('1 member')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 member');
  });

  it('speaks French through its messages prop, with French plurals, and no provider', () => {
    const { rerender } = render(<ActiveMembersList members={[ada]} messages={fr} />);
    expect(screen.getByRole('heading', { name: 'Membres actifs' })).toBeInTheDocument();
    expect(screen.getByText('1 membre')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('1 membre affiché');
    expect(screen.getByRole('searchbox', { name: 'Rechercher un membre' })).toBeInTheDocument();
    rerender(<ActiveMembersList members={[ada, grace]} messages={fr} />);
    expect(screen.getByText('2 membres')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Voir les autorisations de member-test-ada' })).toBeInTheDocument();
  });

  it('shows the empty state when nobody installed the app', () => {
    render(<ActiveMembersList members={[]} />);
    expect(screen.getByText('0 members')).toBeInTheDocument();
    expect(screen.getByText('No member has installed this app.')).toBeInTheDocument();
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('searches by member id, ignoring case, and announces how many are shown', async () => {
    const user = userEvent.setup();
    render(<ActiveMembersList members={[ada, grace, linus]} />);
    await user.type(screen.getByRole('searchbox', { name: 'Search members' }), 'GRACE');
    expect(openButtons().map((button) => button.textContent)).toEqual(['member-test-grace']);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 member');
  });

  it('shows resolved names, keeps the id visible and searches by name', async () => {
    const user = userEvent.setup();
    render(<ActiveMembersList members={[ada, grace, linus]} resolveMember={resolveMember} />);
    expect(screen.getByRole('button', { name: 'Show scopes of Ada Lovelace' })).toBeInTheDocument();
    expect(screen.getByText('member-test-ada')).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox'), 'hopper');
    expect(openButtons().map((button) => button.textContent)).toEqual(['Grace Hopper']);
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'member-test-ada');
    expect(openButtons().map((button) => button.textContent)).toEqual(['Ada Lovelace']);
  });

  it('offers an export of every member in its toolbar, and no names notice without a provider', () => {
    const { rerender } = render(<ActiveMembersList members={[ada, grace]} />);
    const group = screen.getByRole('group', { name: 'Export all members' });
    expect(group.closest('[data-slot="members-list-toolbar"]')).not.toBeNull();
    expect(
      within(group)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Export CSV', 'Export JSON']);
    expect(screen.queryByText('Couldn’t load names')).toBeNull();
    rerender(<ActiveMembersList members={[]} />);
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('filters by scope, offering every scope present', async () => {
    const user = userEvent.setup();
    render(<ActiveMembersList members={[ada, grace, linus]} />);
    const filter = screen.getByRole('combobox', { name: 'Filter by scope' });
    expect(
      within(filter)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['All scopes', 'Sign-in', 'Profile', 'Email address', 'Phone number', 'Offline access', 'read:invoices']);

    await user.selectOptions(filter, 'email');
    expect(openButtons().map((button) => button.textContent)).toEqual(['member-test-ada', 'member-test-linus']);
    await user.selectOptions(filter, 'read:invoices');
    expect(openButtons().map((button) => button.textContent)).toEqual(['member-test-grace']);
    await user.selectOptions(filter, '');
    expect(openButtons()).toHaveLength(3);
  });

  it('combines search and filter, and says when nothing matches', async () => {
    const user = userEvent.setup();
    render(<ActiveMembersList members={[ada, grace, linus]} />);
    await user.selectOptions(screen.getByRole('combobox'), 'read:invoices');
    await user.type(screen.getByRole('searchbox'), 'ada');
    expect(screen.getByText('No member matches your search.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Showing 0 members');
    expect(openButtons()).toHaveLength(0);
  });

  it('renders a custom row with renderMember, whose open() shows the dialog', async () => {
    const user = userEvent.setup();
    render(
      <ActiveMembersList
        members={[ada, grace]}
        resolveMember={resolveMember}
        renderMember={(member, { name, open }) => (
          <button type="button" onClick={open}>
            {`${name} (${member.grantedScopes.length})`}
          </button>
        )}
      />,
    );
    const custom = screen.getByRole('button', { name: 'Grace Hopper (2)' });
    expect(openButtons()).toHaveLength(0);
    await user.click(custom);
    expect(screen.getByRole('dialog', { name: 'Scopes granted by Grace Hopper' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(custom).toHaveFocus();
  });

  it('opens a member’s dialog from their row and gives focus back to that row on Escape', async () => {
    const user = userEvent.setup();
    render(<ActiveMembersList members={[ada, grace, linus]} resolveMember={resolveMember} />);
    const row = screen.getByRole('button', { name: 'Show scopes of Grace Hopper' });
    expect(row).toHaveAttribute('aria-haspopup', 'dialog');
    await user.click(row);

    const dialog = screen.getByRole('dialog', { name: 'Scopes granted by Grace Hopper' });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    expect(within(dialog).getByText('read:invoices')).toBeInTheDocument();
    await user.tab();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(row).toHaveFocus();
  });

  it('opens the dialog from the keyboard', async () => {
    const user = userEvent.setup();
    render(<ActiveMembersList members={[ada, grace]} />);
    const row = screen.getByRole('button', { name: 'Show scopes of member-test-ada' });
    row.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('dialog', { name: 'Scopes granted by member-test-ada' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(row).toHaveFocus();
  });

  it('forwards ref and merges className', () => {
    const ref = createRef<HTMLDivElement>();
    render(<ActiveMembersList ref={ref} members={[ada]} className="mine" />);
    expect(ref.current).toHaveAttribute('data-slot', 'active-members-list');
    expect(ref.current).toHaveClass('mine');
  });

  describe('with 10,000 members', () => {
    const many = makeActiveMembers(10_000);
    const last = many[9_999];

    it('mounts only a few dozen rows, in a named, focusable scroll container that keeps the list size', () => {
      const started = performance.now();
      render(<ActiveMembersList members={many} />);
      const elapsed = performance.now() - started;
      expect(screen.getByText('10,000 members')).toBeInTheDocument();
      const viewport = screen.getByRole('region', { name: 'Active members' });
      expect(viewport).toHaveAttribute('tabindex', '0');
      const shown = rows();
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.length).toBeLessThanOrEqual(50);
      expect(shown[0]).toHaveAttribute('aria-setsize', '10000');
      expect(shown[0]).toHaveAttribute('aria-posinset', '1');
      // Generous for a slow CI machine; rendering all 10,000 rows in jsdom takes many seconds.
      expect(elapsed).toBeLessThan(2_000);
    });

    it('finds the last member by search', async () => {
      const user = userEvent.setup();
      render(<ActiveMembersList members={many} />);
      expect(last).toBeDefined();
      if (!last) return;
      await user.type(screen.getByRole('searchbox'), last.memberId.slice(-6));
      const found = await screen.findByRole('button', { name: `Show scopes of ${last.memberId}` });
      expect(openButtons()).toEqual([found]);
      expect(rows()[0]).toHaveAttribute('aria-setsize', '1');
      expect(screen.getByRole('status')).toHaveTextContent('Showing 1 member');
    });

    it('still finds the last member in a list long enough to filter behind the typing (30,000)', async () => {
      const user = userEvent.setup();
      const huge = makeActiveMembers(30_000);
      const target = huge[29_999];
      render(<ActiveMembersList members={huge} />);
      expect(target).toBeDefined();
      if (!target) return;
      await user.type(screen.getByRole('searchbox'), target.memberId.slice(-6));
      const found = await screen.findByRole('button', { name: `Show scopes of ${target.memberId}` });
      expect(openButtons()).toEqual([found]);
      expect(screen.getByRole('status')).toHaveTextContent('Showing 1 member');
    });

    it('renders plainly below virtualizeAbove', () => {
      render(<ActiveMembersList members={many.slice(0, 120)} virtualizeAbove={200} />);
      expect(rows()).toHaveLength(120);
      expect(screen.queryByRole('region')).not.toBeInTheDocument();
    });
  });
});
