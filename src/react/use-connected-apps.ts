'use client';
import { useCallback } from 'react';
import { readConnectedAppsKey, readMemberConnectedAppsKey } from '../core/keys';
import { callTransport } from '../core/transport';
import type { MemberConnectedApp, OrganizationConnectedApp } from '../core/types';
import { isBlankId } from '../core/wire/ids';
import { connectedAppsKey, memberConnectedAppsKey } from './connected-app-key';
import { useConnectedAppsContext } from './context';
import type { ResourceOptions, ResourceState } from './resource-state';
import { useResource } from './use-resource';

/** What {@link useConnectedApps} returns: `data` is the Organization's apps (those some member installed). */
export type ConnectedAppsState = ResourceState<OrganizationConnectedApp[]>;

/** What {@link useMemberConnectedApps} returns: `data` is the Member's apps with the scopes they granted. */
export type MemberConnectedAppsState = ResourceState<MemberConnectedApp[]>;

/**
 * Fetches an Organization's Connected Apps (those at least one member installed), with
 * `useConnectedApp`'s contract: the `status` union, one request for many views, retries, stale data kept.
 *
 * @example
 * const apps = useConnectedApps(orgId)
 * if (apps.status === 'success') return <ul>{apps.data.map((app) => <li key={app.connectedAppId}>{app.name}</li>)}</ul>
 */
export function useConnectedApps(
  orgId: string | null | undefined,
  options?: ResourceOptions<OrganizationConnectedApp[]>,
): ConnectedAppsState {
  const { transport } = useConnectedAppsContext('useConnectedApps');
  const key = isBlankId(orgId) ? null : connectedAppsKey(orgId);
  const fetch = useCallback(
    (requestKey: string) => callTransport(transport, 'getConnectedApps', readConnectedAppsKey(requestKey)),
    [transport],
  );
  return useResource('useConnectedApps', key, fetch, options);
}

/**
 * Fetches one Member's Connected Apps and the scopes they granted each, with `useConnectedApp`'s contract.
 *
 * @example
 * const apps = useMemberConnectedApps(orgId, memberId)
 */
export function useMemberConnectedApps(
  orgId: string | null | undefined,
  memberId: string | null | undefined,
  options?: ResourceOptions<MemberConnectedApp[]>,
): MemberConnectedAppsState {
  const { transport } = useConnectedAppsContext('useMemberConnectedApps');
  const key = isBlankId(orgId) || isBlankId(memberId) ? null : memberConnectedAppsKey(orgId, memberId);
  const fetch = useCallback(
    (requestKey: string) => callTransport(transport, 'getMemberConnectedApps', readMemberConnectedAppsKey(requestKey)),
    [transport],
  );
  return useResource('useMemberConnectedApps', key, fetch, options);
}
