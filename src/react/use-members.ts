'use client';
import { useCallback, useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import { useSWRConfig } from 'swr';
import type { ConnectedAppError } from '../core/error';
import type { ConnectedAppTransport } from '../core/transport';
import type { OrganizationMember } from '../core/types';
import { isBlankId } from '../core/wire/ids';
import { ConnectedAppsContext, useConnectedAppsContext } from './context';
import { membersDirectoryFor } from './members-directory';

/** What {@link useMembers} returns. */
export interface MembersState {
  /** `idle` without an organization or ids; `loading` while any id is being looked up; `error` if any failed. */
  status: 'idle' | 'loading' | 'success' | 'error';
  /** The members found, by id; `null` for an id the search did not return (deleted long ago, or never). */
  members: ReadonlyMap<string, OrganizationMember | null>;
  /** Why a lookup failed (the ids it was for stay unknown: show them, with a retry). */
  error: ConnectedAppError | undefined;
  /** Looks up again the ids that failed. */
  retry: () => void;
}

/**
 * Names, emails and statuses of these members, through the members search: one batched request for all
 * the ids (over 1,000: one per 1,000), each member cached, so another view of the same members asks
 * nothing again. A failure never hides the ids: the view shows them, with a retry.
 *
 * @example
 * const { members } = useMembers(orgId, app.activeMembers.map((member) => member.memberId))
 * members.get(memberId)?.name
 */
export function useMembers(orgId: string | null | undefined, memberIds: readonly string[]): MembersState {
  return useDirectory(useConnectedAppsContext('useMembers').transport, orgId, memberIds);
}

/**
 * {@link useMembers} for components that also work without a provider, or with a transport that has no
 * members search: then it stays `idle` and the view shows ids.
 */
export function useMemberDirectory(orgId: string | null | undefined, memberIds: readonly string[]): MembersState {
  const transport = useContext(ConnectedAppsContext)?.transport;
  return useDirectory(typeof transport?.searchMembers === 'function' ? transport : undefined, orgId, memberIds);
}

function useDirectory(
  transport: ConnectedAppTransport | undefined,
  orgId: string | null | undefined,
  memberIds: readonly string[],
): MembersState {
  const { cache } = useSWRConfig();
  const directory = membersDirectoryFor(cache);
  const version = useSyncExternalStore(directory.subscribe, directory.version, directory.version);
  const organizationId = isBlankId(orgId) || transport === undefined ? null : orgId;
  // The ids as one value, so a new array holding the same ids is the same request.
  // Joined and split once per new array, not on every render: a list may hold 100,000 ids.
  const ids = useMemo(() => memberIds.join('\n'), [memberIds]);
  const list = useMemo(() => (ids === '' ? [] : ids.split('\n')), [ids]);

  useEffect(() => {
    if (transport && organizationId !== null && list.length > 0) directory.load(transport, organizationId, list);
  }, [directory, transport, organizationId, list]);

  const retry = useCallback(() => {
    if (transport && organizationId !== null && list.length > 0) directory.load(transport, organizationId, list, true);
  }, [directory, transport, organizationId, list]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the directory's snapshot: it changes whenever an entry does.
  return useMemo((): MembersState => {
    const members = new Map<string, OrganizationMember | null>();
    if (organizationId === null || list.length === 0) return { status: 'idle', members, error: undefined, retry };
    let loading = false;
    let error: ConnectedAppError | undefined;
    const entries = directory.entries(organizationId);
    for (const memberId of list) {
      const entry = entries.get(memberId);
      if (entry === undefined || 'loading' in entry) loading = true;
      else if ('error' in entry) error ??= entry.error;
      else members.set(memberId, entry.member);
    }
    const status = error ? 'error' : loading ? 'loading' : 'success';
    return { status, members, error, retry };
  }, [directory, organizationId, list, retry, version]);
}
