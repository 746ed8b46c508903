'use client';
import { useDeferredValue, useMemo } from 'react';
import { standardScopes } from '../core/scopes';
import type { ActiveMember } from '../core/types';
import type { MemberIdentity } from './members-list-names';

/** One member, with who they are and what the search looks through computed once. */
export interface MemberEntry extends MemberIdentity {
  member: ActiveMember;
  /** Lower-cased id, name and email, so a keystroke over 10,000 members is one `includes` each. */
  haystack: string;
}

const standardOrder = Object.keys(standardScopes);

/** The standard scopes first, in their usual order, then the others alphabetically. */
function compareScopes(a: string, b: string): number {
  const rankA = standardOrder.indexOf(a);
  const rankB = standardOrder.indexOf(b);
  if (rankA !== -1 || rankB !== -1) {
    return (rankA === -1 ? standardOrder.length : rankA) - (rankB === -1 ? standardOrder.length : rankB);
  }
  return a.localeCompare(b);
}

/**
 * Up to this many members, a keystroke filters in the same render that shows it: one frame for both the
 * typed character and the list (filtering 10,000 entries and rendering the rows in view takes a few ms).
 * Longer lists filter in a deferred render, so typing never waits for them; the cost is a frame more.
 */
const FILTER_AT_ONCE_UP_TO = 20_000;

/**
 * Members filtered by a search text (id, name or email, case-insensitive) and by one scope (`''`: any).
 * Above {@link FILTER_AT_ONCE_UP_TO} members the inputs are deferred, so typing stays responsive while a
 * long list filters behind it.
 */
export function useMemberFilter(
  members: readonly ActiveMember[],
  identify: (memberId: string) => MemberIdentity,
  query: string,
  scope: string,
) {
  const entries = useMemo<MemberEntry[]>(
    () =>
      members.map((member) => {
        const { name, profile } = identify(member.memberId);
        const haystack = `${member.memberId}\n${name ?? ''}\n${profile?.emailAddress ?? ''}`.toLocaleLowerCase();
        return { member, name, profile, haystack };
      }),
    [members, identify],
  );

  const scopes = useMemo(() => {
    const seen = new Set<string>();
    for (const member of members) for (const granted of member.grantedScopes) seen.add(granted);
    return [...seen].sort(compareScopes);
  }, [members]);

  // A scope that vanished after a refresh must not leave the list filtered to nothing, unseen.
  const activeScope = scopes.includes(scope) ? scope : '';
  const atOnce = members.length <= FILTER_AT_ONCE_UP_TO;
  // A short list defers a constant, so React schedules no background render for it.
  const deferredQuery = useDeferredValue(atOnce ? '' : query);
  const deferredScope = useDeferredValue(atOnce ? '' : activeScope);
  const appliedQuery = atOnce ? query : deferredQuery;
  const appliedScope = atOnce ? activeScope : deferredScope;

  const filtered = useMemo(() => {
    const needle = appliedQuery.trim().toLocaleLowerCase();
    if (needle === '' && appliedScope === '') return entries;
    return entries.filter(
      (entry) =>
        (needle === '' || entry.haystack.includes(needle)) &&
        (appliedScope === '' || entry.member.grantedScopes.includes(appliedScope)),
    );
  }, [entries, appliedQuery, appliedScope]);

  return { filtered, scopes, activeScope };
}
