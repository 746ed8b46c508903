'use client';
import type { ReactNode } from 'react';
import { useRef } from 'react';
import { useMessages } from '../messages/context';
import { formatMessage } from '../messages/format';
import { useIsomorphicLayoutEffect } from '../react/use-isomorphic-layout-effect';
import { MemberStatus } from './member-identity';
import { useMembersListContext } from './members-list-context';
import { focusRowInstead, neighbourRows, ROW } from './members-list-revoke-state';
import { ScopeChips } from './scope-chips';
import type { MemberEntry } from './use-member-filter';

interface MembersListRowProps {
  entry: MemberEntry;
  onOpen: () => void;
  /** How many chips before "+N more". */
  maxScopes: number;
  /** Shown before the chips: the revoke button. */
  children?: ReactNode;
}

/**
 * The default content of a member's row: a button named after the member that opens their scopes, their
 * email and id when a name is known, their status when not active (or "Not found"), and the first scopes.
 */
export function MembersListRow({ entry, onOpen, maxScopes, children }: MembersListRowProps) {
  const { member, name, profile } = entry;
  const email = profile?.emailAddress.trim() || undefined;
  const shownName = name ?? member.memberId;
  const { openMember } = useMessages().membersList;
  return (
    <>
      <button
        type="button"
        data-slot="members-list-open"
        aria-haspopup="dialog"
        // Contains the visible name, so speech input ("click Ada") still finds it.
        aria-label={formatMessage(openMember, { member: shownName })}
        onClick={onOpen}
      >
        {shownName}
      </button>
      {email !== undefined && email !== name && <span data-slot="members-list-email">{email}</span>}
      {name === undefined ? null : <code data-slot="members-list-member-id">{member.memberId}</code>}
      <MemberStatus profile={profile} />
      {children}
      <ScopeChips scopes={member.grantedScopes} max={maxScopes} describe={false} />
    </>
  );
}

/** A row's checkbox: whether the member is selected lives in the root, not in the (virtualized) row. */
export function MembersListSelectCheckbox({ memberId, name }: { memberId: string; name: string }) {
  const { revoke } = useMembersListContext('MembersListRows');
  const { select } = useMessages().revoke;
  if (!revoke) return null;
  return (
    <input
      type="checkbox"
      data-slot="members-list-select"
      aria-label={formatMessage(select, { member: name })}
      checked={revoke.selected.has(memberId)}
      onChange={(event) => revoke.select([memberId], event.target.checked)}
    />
  );
}

/** A row's "Revoke access" button, named after the member; it opens the confirmation. */
export function MembersListRevokeButton({ memberId, name }: { memberId: string; name: string }) {
  const { id, revoke } = useMembersListContext('MembersListRows');
  const copy = useMessages().revoke;
  const button = useRef<HTMLButtonElement>(null);
  // The row leaves once its member is revoked: focus inside it moves to the next row, not to the body. The
  // cleanup runs before React takes the row out of the page; after the commit, only a row that left (not one
  // that merely lost its button) passes focus on.
  useIsomorphicLayoutEffect(() => {
    const element = button.current;
    return () => {
      const row = element?.closest(ROW);
      if (!row?.contains(document.activeElement)) return;
      const rows = neighbourRows(row);
      queueMicrotask(() => {
        if (!row.isConnected) focusRowInstead(rows, `${id}-heading`);
      });
    };
  }, [id]);
  if (!revoke) return null;
  const running = revoke.state.pending.includes(memberId);
  const busy = revoke.state.status === 'pending';
  return (
    <button
      ref={button}
      type="button"
      data-slot="members-list-revoke"
      data-pending={running ? '' : undefined}
      aria-haspopup="dialog"
      aria-label={formatMessage(running ? copy.revokingMember : copy.revokeMember, { member: name })}
      // Not `disabled`: that would drop keyboard focus from the button while its revoke runs.
      aria-disabled={busy || undefined}
      onClick={(event) => {
        if (!busy) revoke.ask([memberId], event.currentTarget);
      }}
    >
      {running ? copy.revoking : copy.revoke}
    </button>
  );
}
