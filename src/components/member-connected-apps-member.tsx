'use client';
import { useMemberDirectory } from '../react/use-members';
import { MemberStatus } from './member-identity';

/**
 * Who the member is, under the heading: their name and email from the members search, and their status when
 * not active (or "Not found"); the id while the search runs, fails, or without one.
 */
export function MemberConnectedAppsMember({ orgId, memberId }: { orgId: string | null | undefined; memberId: string }) {
  const profile = useMemberDirectory(orgId, [memberId]).members.get(memberId);
  const name = profile?.name.trim() || undefined;
  const email = profile?.emailAddress.trim() || undefined;
  return (
    <p data-slot="member-apps-member">
      {name || email ? (
        <span data-slot="member-apps-member-name">{name ?? email}</span>
      ) : (
        <code data-slot="member-apps-member-id">{memberId}</code>
      )}
      {name && email && <span data-slot="member-apps-member-email">{email}</span>}
      <MemberStatus profile={profile} />
    </p>
  );
}
