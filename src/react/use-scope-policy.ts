'use client';
import { useCallback } from 'react';
import { callTransport } from '../core/transport';
import type { ScopeDefinition } from '../core/types';
import { useConnectedAppsContext } from './context';
import type { ResourceOptions, ResourceState } from './resource-state';
import { useResource } from './use-resource';

/** The SWR key of the RBAC policy's scopes (project-wide: one for every view). */
export const SCOPE_POLICY_KEY = 'react-connected-apps/scope-policy';

/** The policy changes rarely: asked for once per session (five minutes, as the SDK keeps it). */
const POLICY_OPTIONS: ResourceOptions<ScopeDefinition[]> = {
  dedupingInterval: 300_000,
  revalidateOnFocus: false,
  revalidateOnReconnect: false,
};

/**
 * The custom scopes of the project's RBAC policy (what each means, which permissions it grants), fetched
 * once and shared by every view. `data` is empty when the transport has no policy to offer.
 *
 * @example
 * const policy = useScopePolicy()
 * const meaning = policy.data?.find((scope) => scope.scope === 'read:invoices')?.description
 */
export function useScopePolicy(options?: ResourceOptions<ScopeDefinition[]>): ResourceState<ScopeDefinition[]> {
  const { transport } = useConnectedAppsContext('useScopePolicy');
  const fetch = useCallback(() => callTransport(transport, 'getScopePolicy', {}), [transport]);
  return useResource('useScopePolicy', SCOPE_POLICY_KEY, fetch, { ...POLICY_OPTIONS, ...options });
}
