import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, type ReactNode, type RefObject } from 'react';
import {
  ActiveMembersList,
  ConnectedAppsMessagesProvider,
  ConnectedAppsProvider,
  createMemoryTransport,
  ErrorBanner,
  MembersListCount,
  MembersListEmpty,
  MembersListExport,
  MembersListHeading,
  MembersListNamesNotice,
  MembersListRevokeSelected,
  MembersListRevokeStatus,
  MembersListRoot,
  MembersListRows,
  MembersListScopeFilter,
  MembersListSearch,
  MembersListStatus,
} from 'react-connected-apps';
import { fr } from 'react-connected-apps/locales/fr';
import { makeActiveMember, makeActiveMembers, makeConnectedAppError } from 'react-connected-apps/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';

const ada = makeActiveMember({ memberId: 'member-test-ada', grantedScopes: ['openid', 'email'] }, 0);
const grace = makeActiveMember({ memberId: 'member-test-grace', grantedScopes: ['openid', 'read:invoices'] }, 1);
const linus = makeActiveMember({ memberId: 'member-test-linus', grantedScopes: ['openid', 'email', 'phone'] }, 2);
const members = [ada, grace, linus];

const openButtons = () => screen.queryAllByRole('button', { name: /^Show scopes of / });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('MembersList parts', () => {
  describe('outside MembersListRoot', () => {
    const parts = {
      MembersListHeading,
      MembersListCount,
      MembersListSearch,
      MembersListScopeFilter,
      MembersListStatus,
      MembersListEmpty,
      MembersListRows,
      MembersListRevokeSelected,
      MembersListRevokeStatus,
      MembersListExport,
      MembersListNamesNotice,
    };

    it.each(Object.entries(parts))('%s throws an error naming itself and the root', (name, Part) => {
      // React reports the error it rethrows; the assertion is about the error itself.
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      expect(() => render(<Part />)).toThrow(`\`${name}\` must be used within \`MembersListRoot\``);
    });
  });

  describe('forward ref, className (last, beside their own data-slot) and other props', () => {
    type PartProps = { ref: RefObject<HTMLElement | null>; className: string; 'data-testid': string; title: string };
    /** Each part inside a root, with the props under test; the root itself as the part. */
    const cases: Array<
      [name: string, slot: string, type: typeof HTMLElement, render: (props: PartProps) => ReactNode]
    > = [
      [
        'MembersListRoot',
        'active-members-list',
        HTMLDivElement,
        (props) => <MembersListRoot members={members} {...props} ref={props.ref as RefObject<HTMLDivElement>} />,
      ],
      [
        'MembersListHeading',
        'members-list-heading',
        HTMLHeadingElement,
        (props) => <MembersListHeading {...props} ref={props.ref as RefObject<HTMLHeadingElement>} />,
      ],
      [
        'MembersListCount',
        'members-list-count',
        HTMLParagraphElement,
        (props) => <MembersListCount {...props} ref={props.ref as RefObject<HTMLParagraphElement>} />,
      ],
      [
        'MembersListSearch',
        'members-list-field',
        HTMLDivElement,
        (props) => <MembersListSearch {...props} ref={props.ref as RefObject<HTMLDivElement>} />,
      ],
      [
        'MembersListScopeFilter',
        'members-list-field',
        HTMLDivElement,
        (props) => <MembersListScopeFilter {...props} ref={props.ref as RefObject<HTMLDivElement>} />,
      ],
      [
        'MembersListStatus',
        'members-list-status',
        HTMLParagraphElement,
        (props) => <MembersListStatus {...props} ref={props.ref as RefObject<HTMLParagraphElement>} />,
      ],
      ['MembersListRows', 'members-list-items', HTMLUListElement, (props) => <MembersListRows {...props} />],
      [
        'MembersListExport',
        'members-list-export',
        HTMLFieldSetElement,
        (props) => <MembersListExport {...props} ref={props.ref as RefObject<HTMLFieldSetElement>} />,
      ],
    ];

    it.each(cases)('%s', (name, slot, type, part) => {
      const ref = createRef<HTMLElement>();
      const element = part({ ref, className: 'mine theirs', 'data-testid': 'part', title: 'hello' });
      render(name === 'MembersListRoot' ? element : <MembersListRoot members={members}>{element}</MembersListRoot>);
      const shown = screen.getByTestId('part');
      expect(ref.current).toBe(shown);
      expect(shown).toBeInstanceOf(type);
      // No class of its own: the consumer's classes, in order, are the whole class list.
      expect(shown.getAttribute('class')).toBe('mine theirs');
      expect(shown).toHaveAttribute('data-slot', slot);
      expect(shown).toHaveAttribute('title', 'hello');
    });

    it('MembersListEmpty, in both of its states', async () => {
      const user = userEvent.setup();
      const ref = createRef<HTMLParagraphElement>();
      const { rerender } = render(
        <MembersListRoot members={[]}>
          <MembersListEmpty ref={ref} className="mine" data-testid="empty" />
        </MembersListRoot>,
      );
      expect(ref.current).toBe(screen.getByTestId('empty'));
      expect(ref.current).toHaveClass('mine');
      expect(ref.current).toHaveAttribute('data-slot', 'members-list-empty');
      expect(ref.current).toHaveTextContent('No member has installed this app.');

      rerender(
        <MembersListRoot members={members}>
          <MembersListSearch />
          <MembersListEmpty ref={ref} className="mine" data-testid="empty" />
        </MembersListRoot>,
      );
      expect(screen.queryByTestId('empty')).not.toBeInTheDocument();
      expect(ref.current).toBeNull();
      await user.type(screen.getByRole('searchbox'), 'nobody');
      expect(ref.current).toBe(screen.getByTestId('empty'));
      expect(ref.current).toHaveAttribute('data-slot', 'members-list-no-matches');
      expect(ref.current).toHaveTextContent('No member matches your search.');
    });

    it('MembersListRevokeSelected and MembersListRevokeStatus, with canRevoke only', async () => {
      const selectedRef = createRef<HTMLDivElement>();
      const statusRef = createRef<HTMLDivElement>();
      const parts = (canRevoke: boolean) => (
        <ConnectedAppsProvider transport={createMemoryTransport({})}>
          <MembersListRoot members={members} canRevoke={canRevoke} organizationId="org" connectedAppId="app">
            <MembersListRevokeSelected ref={selectedRef} className="mine" title="hello" data-testid="selected" />
            <MembersListRevokeStatus ref={statusRef} className="mine theirs" data-testid="status" />
          </MembersListRoot>
        </ConnectedAppsProvider>
      );
      const { rerender } = render(parts(false));
      expect(selectedRef.current).toBeNull();
      expect(statusRef.current).toBeNull();
      rerender(parts(true));
      expect(selectedRef.current).toBe(screen.getByTestId('selected'));
      expect(selectedRef.current).toHaveAttribute('data-slot', 'members-list-revoke-selected');
      expect(selectedRef.current?.getAttribute('class')).toBe('mine');
      expect(selectedRef.current).toHaveAttribute('title', 'hello');
      expect(statusRef.current).toBe(screen.getByTestId('status'));
      expect(statusRef.current).toHaveAttribute('data-slot', 'members-list-revoke-status');
      expect(statusRef.current).toHaveAttribute('data-status', 'idle');
      expect(statusRef.current?.getAttribute('class')).toBe('mine theirs');
      // The live region is there before anything is revoked, so the first run is announced.
      expect(within(statusRef.current as HTMLElement).getByRole('status')).toHaveTextContent('');
      // The names lookup (organizationId is given) settles before the test ends.
      await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    });

    it('MembersListRows gives the scrolling box when it virtualizes', () => {
      const ref = createRef<HTMLElement>();
      render(
        <MembersListRoot members={makeActiveMembers(300)}>
          <MembersListHeading />
          <MembersListRows ref={ref} className="mine" data-testid="rows" maxHeight={200} style={{ margin: 4 }} />
        </MembersListRoot>,
      );
      const viewport = screen.getByRole('region', { name: 'Active members' });
      expect(ref.current).toBe(viewport);
      expect(viewport).toBe(screen.getByTestId('rows'));
      expect(viewport).toHaveClass('mine');
      expect(viewport).toHaveAttribute('data-slot', 'members-list-viewport');
      // The consumer's style is kept; the box the virtualizer needs wins.
      expect(viewport).toHaveStyle({ margin: '4px', maxBlockSize: '200px', overflowY: 'auto' });
      expect(within(viewport).getByRole('list', { name: 'Active members' })).toHaveAttribute('data-virtualized', '');
    });

    it('the root states the list on the DOM: data-status, and data-virtualized only when it virtualizes', () => {
      const { container, rerender } = render(<MembersListRoot members={members} data-testid="root" />);
      const root = screen.getByTestId('root');
      expect(root).toHaveAttribute('data-status', 'list');
      expect(root).not.toHaveAttribute('data-virtualized');
      rerender(<MembersListRoot members={members} virtualizeAbove={2} data-testid="root" />);
      expect(root).toHaveAttribute('data-virtualized', '');
      rerender(<MembersListRoot members={[]} data-testid="root" />);
      expect(root).toHaveAttribute('data-status', 'empty');
      expect(container.querySelectorAll('[class]')).toHaveLength(0);
    });
  });

  it('work in any layout: search, filter, count and status share the root’s state', async () => {
    const user = userEvent.setup();
    render(
      <MembersListRoot members={members} resolveMember={(id) => (id === ada.memberId ? 'Ada Lovelace' : undefined)}>
        <aside>
          <MembersListCount />
          <MembersListScopeFilter />
        </aside>
        <main>
          <MembersListHeading level={3} />
          <MembersListSearch />
          <MembersListStatus />
          <MembersListEmpty />
          <MembersListRows maxScopes={1} />
        </main>
      </MembersListRoot>,
    );
    expect(screen.getByRole('list', { name: 'Active members' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Active members' })).toBeInTheDocument();
    expect(screen.getByText('3 members')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^\+\d more$/ })).toHaveLength(3);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter by scope' }), 'email');
    expect(openButtons().map((button) => button.textContent)).toEqual(['Ada Lovelace', 'member-test-linus']);
    await user.type(screen.getByRole('searchbox', { name: 'Search members' }), 'lovelace');
    expect(openButtons().map((button) => button.textContent)).toEqual(['Ada Lovelace']);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 member');
    expect(screen.getByText('3 members')).toBeInTheDocument();

    const row = screen.getByRole('button', { name: 'Show scopes of Ada Lovelace' });
    await user.click(row);
    expect(screen.getByRole('dialog', { name: 'Scopes granted by Ada Lovelace' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(row).toHaveFocus();
  });

  it('hide what has no use while nobody has the app installed', () => {
    const { container } = render(
      <MembersListRoot members={[]}>
        <MembersListHeading />
        <MembersListCount />
        <MembersListSearch />
        <MembersListScopeFilter />
        <MembersListStatus />
        <MembersListEmpty />
        <MembersListRows />
      </MembersListRoot>,
    );
    expect(screen.getByText('0 members')).toBeInTheDocument();
    expect(screen.getByText('No member has installed this app.')).toBeInTheDocument();
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(container.querySelectorAll('[data-slot="members-list-field"]')).toHaveLength(0);
  });

  it('a custom row from renderMember gets the checkbox and the revoke button with canRevoke', async () => {
    const user = userEvent.setup();
    render(
      <ConnectedAppsProvider transport={createMemoryTransport({})}>
        <MembersListRoot members={members} canRevoke organizationId="org" connectedAppId="app">
          <MembersListHeading />
          <MembersListRows
            renderMember={(member, { name }) => <span>{`${name}: ${member.grantedScopes.length}`}</span>}
          />
        </MembersListRoot>
      </ConnectedAppsProvider>,
    );
    const row = screen.getAllByRole('listitem')[1] as HTMLElement;
    expect(within(row).getByText('member-test-grace: 2')).toBeInTheDocument();
    await user.click(within(row).getByRole('checkbox', { name: 'Select member-test-grace' }));
    expect(within(row).getByRole('checkbox')).toBeChecked();
    await user.click(within(row).getByRole('button', { name: 'Revoke access for member-test-grace' }));
    expect(screen.getByRole('alertdialog', { name: 'Revoke access for member-test-grace?' })).toBeInTheDocument();
  });

  it('a custom row from renderMember opens the dialog and gets focus back', async () => {
    const user = userEvent.setup();
    render(
      <MembersListRoot members={members}>
        <MembersListHeading />
        <MembersListRows
          renderMember={(member, { name, open }) => (
            <button type="button" onClick={open}>{`${name} has ${member.grantedScopes.length} scopes`}</button>
          )}
        />
      </MembersListRoot>,
    );
    const custom = screen.getByRole('button', { name: 'member-test-grace has 2 scopes' });
    await user.click(custom);
    expect(screen.getByRole('dialog', { name: 'Scopes granted by member-test-grace' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(custom).toHaveFocus();
  });
});

describe('ConnectedAppsMessagesProvider', () => {
  it('changes the strings of its subtree only, over the nearest parent’s catalogue', async () => {
    const user = userEvent.setup();
    render(
      <ConnectedAppsProvider transport={createMemoryTransport({})} messages={fr}>
        <section aria-label="outside">
          <ActiveMembersList members={[ada]} />
        </section>
        <ConnectedAppsMessagesProvider messages={{ membersList: { heading: 'Personnes' }, dialog: { close: 'OK' } }}>
          <section aria-label="inside">
            <ActiveMembersList members={[ada, grace]} />
          </section>
        </ConnectedAppsMessagesProvider>
      </ConnectedAppsProvider>,
    );
    const outside = within(screen.getByRole('region', { name: 'outside' }));
    const inside = within(screen.getByRole('region', { name: 'inside' }));
    expect(outside.getByRole('heading', { name: 'Membres actifs' })).toBeInTheDocument();
    expect(inside.getByRole('heading', { name: 'Personnes' })).toBeInTheDocument();
    // Everything it does not change still comes from the parent's French.
    expect(inside.getByText('2 membres')).toBeInTheDocument();
    expect(inside.getByRole('searchbox', { name: 'Rechercher un membre' })).toBeInTheDocument();

    // The dialog is portalled out of the subtree, and still speaks the subtree's words.
    await user.click(inside.getByRole('button', { name: 'Voir les autorisations de member-test-grace' }));
    expect(within(screen.getByRole('dialog')).getByRole('button', { name: 'OK' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await user.click(outside.getByRole('button', { name: 'Voir les autorisations de member-test-ada' }));
    expect(within(screen.getByRole('dialog')).getByRole('button', { name: 'Fermer' })).toBeInTheDocument();
  });

  it('nests with no other provider, over English, and inner providers win', () => {
    render(
      <ConnectedAppsMessagesProvider messages={{ membersList: { heading: 'People', empty: 'Nobody yet.' } }}>
        <ConnectedAppsMessagesProvider messages={{ membersList: { heading: 'Team' } }}>
          <ActiveMembersList members={[]} />
        </ConnectedAppsMessagesProvider>
      </ConnectedAppsMessagesProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Team' })).toBeInTheDocument();
    expect(screen.getByText('Nobody yet.')).toBeInTheDocument();
    expect(screen.getByText('0 members')).toBeInTheDocument();
  });

  it('is what a component’s messages prop uses: its strings reach every part inside it', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ActiveMembersList
          members={[linus]}
          maxScopes={1}
          messages={{ scopeChips: { more: { other: 'and {count} others' } }, dialog: { close: 'Done' } }}
        />
        <ErrorBanner
          error={makeConnectedAppError('SERVER', { requestId: 'request-id-1' })}
          messages={{ copy: { copy: 'Grab' } }}
        />
        <ActiveMembersList members={[linus]} maxScopes={1} headingLevel={3} />
      </>,
    );
    expect(screen.getByRole('button', { name: 'and 2 others' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '+2 more' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy request ID' })).toHaveTextContent('Grab');
    await user.click(screen.getAllByRole('button', { name: 'Show scopes of member-test-linus' })[0] as HTMLElement);
    expect(within(screen.getByRole('dialog')).getByRole('button', { name: 'Done' })).toBeInTheDocument();
  });
});
