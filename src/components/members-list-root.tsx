'use client';
import { type ComponentPropsWithoutRef, forwardRef, useId, useState } from 'react';
import type { ActiveMember } from '../core/types';
import type { RevokeOutcome } from '../react/revoke-run';
import { cx } from './internal/cx';
import { MemberScopesDialog } from './member-scopes-dialog';
import { MembersListContext, type MembersListContextValue } from './members-list-context';
import { type ResolveMember, useMemberIdentities } from './members-list-names';
import { useMembersListRevoke } from './members-list-revoke-state';
import { type MemberEntry, useMemberFilter } from './use-member-filter';

/** Props of {@link MembersListRoot}. */
export interface MembersListRootProps extends ComponentPropsWithoutRef<'div'> {
  /** The members who have the app installed. */
  members: readonly ActiveMember[];
  /**
   * A readable name for a member id, from your own directory, instead of the members search; also searched.
   * It may return a promise: each id's answer is cached (for this function), the id shows until it settles,
   * and a rejected one leaves the id. Keep it stable (module level or `useCallback`).
   * @default names, emails and statuses from the members search (needs a provider and `organizationId`)
   */
  resolveMember?: ResolveMember;
  /** Above this many members only the rows in view are rendered. @default 100 */
  virtualizeAbove?: number;
  /**
   * Lets the reader revoke members' access: a checkbox and a "Revoke access" button in each row, and
   * "Revoke selected" in {@link MembersListRevokeSelected}, each confirmed in a dialog first. Show it to the
   * members allowed to (Stytch checks again: a refused revoke says so). Needs a `ConnectedAppsProvider` and
   * both ids below; pass the ids you give `useConnectedApp`, whose cached members the revoke updates.
   * @default false
   */
  canRevoke?: boolean;
  /**
   * The organization's id, slug or external id, as given to `useConnectedApp`: needed to look up names (in
   * one batched members search) and to revoke.
   */
  organizationId?: string | null;
  /** The Connected App's id: needed to revoke; names the export's file. */
  connectedAppId?: string | null;
  /** Called after each revoke (one member or many) with how each member's revoke ended. */
  onRevoke?: (outcomes: RevokeOutcome[]) => void;
}

/**
 * The members list's state (who each member is, search, scope filter, the filtered members, and with
 * `canRevoke` the selection and revoking), shared with the `MembersList*` parts placed anywhere inside it,
 * in any layout. Renders a `div` with `data-status` (`empty`, `no-matches`, `list`) and `data-virtualized`
 * when only the rows in view render; after its children, the {@link MemberScopesDialog} a row opens and the
 * revoke confirmation (portalled; focus goes back to what opened them). `ActiveMembersList` is these parts
 * in their default arrangement.
 *
 * @example
 * <MembersListRoot members={app.activeMembers}>
 *   <MembersListHeading />
 *   <MembersListSearch />
 *   <MembersListStatus />
 *   <MembersListEmpty />
 *   <MembersListRows />
 * </MembersListRoot>
 *
 * @example
 * <MembersListRoot members={app.data.activeMembers} canRevoke organizationId={orgId} connectedAppId={appId}>
 *   <MembersListHeading />
 *   <MembersListRevokeSelected />
 *   <MembersListRevokeStatus />
 *   <MembersListRows />
 * </MembersListRoot>
 */
export const MembersListRoot = forwardRef<HTMLDivElement, MembersListRootProps>(function MembersListRoot(
  {
    members: allMembers,
    resolveMember,
    virtualizeAbove = 100,
    canRevoke = false,
    organizationId,
    connectedAppId,
    onRevoke,
    className,
    children,
    ...props
  },
  ref,
) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [scope, setScope] = useState('');
  const { identify, lookup } = useMemberIdentities(allMembers, resolveMember, organizationId);
  const nameOf = (memberId: string) => identify(memberId).name ?? memberId;
  const revoke = useMembersListRevoke({
    members: allMembers,
    enabled: canRevoke && !!organizationId?.trim() && !!connectedAppId?.trim(),
    organizationId: organizationId ?? '',
    connectedAppId: connectedAppId ?? '',
    id,
    nameOf,
    onRevoke,
  });
  const members = revoke.members;
  const { filtered, scopes, activeScope } = useMemberFilter(members, identify, query, scope);
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
    nameOf,
    identify,
    lookup,
    connectedAppId: connectedAppId?.trim() ? connectedAppId : null,
    revoke: revoke.value,
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
        {revoke.element}
      </div>
    </MembersListContext.Provider>
  );
});
