'use client';
import { useMessages } from '../messages/context';
import { formatMessage } from '../messages/format';
import { ScopeChips } from './scope-chips';
import type { MemberEntry } from './use-member-filter';

interface MembersListRowProps {
  entry: MemberEntry;
  onOpen: () => void;
  /** How many chips before "+N more". */
  maxScopes: number;
}

/**
 * The default content of a member's row: a button named after the member that opens their scopes, the id
 * when a name was resolved, and the first few scopes.
 */
export function MembersListRow({ entry, onOpen, maxScopes }: MembersListRowProps) {
  const { member, name } = entry;
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
      {name === undefined ? null : <code data-slot="members-list-member-id">{member.memberId}</code>}
      <ScopeChips scopes={member.grantedScopes} max={maxScopes} describe={false} />
    </>
  );
}
