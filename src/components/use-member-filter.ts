import { useDeferredValue, useMemo } from 'react';
import { standardScopes } from '../core/scopes';
import type { ActiveMember } from '../core/types';

/** One member, with what the search looks through computed once. */
export interface MemberEntry {
  member: ActiveMember;
  /** The name `resolveMember` gave, if any. */
  name: string | undefined;
  /** Lower-cased id and name, so a keystroke over 10,000 members is one `includes` each. */
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
 * Members filtered by a search text (id or resolved name, case-insensitive) and by one scope (`''`: any).
 * The inputs are deferred, so typing stays responsive while a long list filters behind it.
 */
export function useMemberFilter(
  members: readonly ActiveMember[],
  resolveMember: ((memberId: string) => string | undefined) | undefined,
  query: string,
  scope: string,
) {
  const entries = useMemo<MemberEntry[]>(
    () =>
      members.map((member) => {
        const name = resolveMember?.(member.memberId);
        return { member, name, haystack: `${member.memberId}\n${name ?? ''}`.toLocaleLowerCase() };
      }),
    [members, resolveMember],
  );

  const scopes = useMemo(() => {
    const seen = new Set<string>();
    for (const member of members) for (const granted of member.grantedScopes) seen.add(granted);
    return [...seen].sort(compareScopes);
  }, [members]);

  // A scope that vanished after a refresh must not leave the list filtered to nothing, unseen.
  const activeScope = scopes.includes(scope) ? scope : '';
  const deferredQuery = useDeferredValue(query);
  const deferredScope = useDeferredValue(activeScope);

  const filtered = useMemo(() => {
    const needle = deferredQuery.trim().toLocaleLowerCase();
    if (needle === '' && deferredScope === '') return entries;
    return entries.filter(
      (entry) =>
        (needle === '' || entry.haystack.includes(needle)) &&
        (deferredScope === '' || entry.member.grantedScopes.includes(deferredScope)),
    );
  }, [entries, deferredQuery, deferredScope]);

  return { filtered, scopes, activeScope };
}
