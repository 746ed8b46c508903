'use client';
import { type ComponentPropsWithoutRef, forwardRef, useId, useState } from 'react';
import type { ActiveMember } from '../core/types';
import { cx } from './internal/cx';
import { MemberScopesDialog } from './member-scopes-dialog';
import { MembersListContext, type MembersListContextValue } from './members-list-context';
import { type MemberEntry, useMemberFilter } from './use-member-filter';

/** Props of {@link MembersListRoot}. */
export interface MembersListRootProps extends ComponentPropsWithoutRef<'div'> {
  /** The members who have the app installed. */
  members: readonly ActiveMember[];
  /** A readable name for a member id (from your directory); also searched. Keep it stable (`useCallback`). */
  resolveMember?: (memberId: string) => string | undefined;
  /** Above this many members only the rows in view are rendered. @default 100 */
  virtualizeAbove?: number;
}

/**
 * The members list's state (search, scope filter, the filtered members), shared with the `MembersList*` parts
 * placed anywhere inside it, in any layout. Renders a `div` with `data-status` (`empty`, `no-matches`,
 * `list`) and `data-virtualized` when only the rows in view render; after its children, the
 * {@link MemberScopesDialog} a row opens (portalled; focus goes back to the row when it closes).
 * `ActiveMembersList` is these parts in their default arrangement.
 *
 * @example
 * <MembersListRoot members={app.activeMembers}>
 *   <MembersListHeading />
 *   <MembersListSearch />
 *   <MembersListStatus />
 *   <MembersListEmpty />
 *   <MembersListRows />
 * </MembersListRoot>
 */
export const MembersListRoot = forwardRef<HTMLDivElement, MembersListRootProps>(function MembersListRoot(
  { members, resolveMember, virtualizeAbove = 100, className, children, ...props },
  ref,
) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [scope, setScope] = useState('');
  const { filtered, scopes, activeScope } = useMemberFilter(members, resolveMember, query, scope);
  const [selected, setSelected] = useState<MemberEntry | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const status = members.length === 0 ? 'empty' : filtered.length === 0 ? 'no-matches' : 'list';
  const virtualized = members.length > virtualizeAbove;

  // Not memoized: every change of the state above changes the value anyway, and a parent's render brings
  // new children that render again regardless.
  const value: MembersListContextValue = {
    id,
    members,
    filtered,
    scopes,
    query,
    setQuery,
    scope: activeScope,
    setScope,
    status,
    virtualized,
    open: (entry: MemberEntry) => {
      setSelected(entry);
      setDialogOpen(true);
    },
  };

  return (
    <MembersListContext.Provider value={value}>
      <div
        ref={ref}
        data-slot="active-members-list"
        data-status={status}
        data-virtualized={virtualized ? '' : undefined}
        {...props}
        className={cx(className)}
      >
        {children}
        <MemberScopesDialog
          member={selected?.member ?? null}
          memberName={selected?.name}
          open={dialogOpen}
          onOpenChange={setDialogOpen}
        />
      </div>
    </MembersListContext.Provider>
  );
});
