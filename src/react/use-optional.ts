'use client';
import { useCallback, useContext, useMemo } from 'react';
import type { ScopeDefinition } from '../core/types';
import { ConnectedAppsContext } from './context';
import { useResource } from './use-resource';
import { SCOPE_POLICY_KEY } from './use-scope-policy';

const NONE: ReadonlyMap<string, ScopeDefinition> = new Map();

/**
 * The RBAC policy's scopes by name, for components that also work without a provider (or with a transport
 * that has no policy): then, and until the policy is in, the map is empty and only the built-in OpenID
 * Connect scopes are described. Shares `useScopePolicy`'s one request.
 */
export function useScopeDefinitions(): ReadonlyMap<string, ScopeDefinition> {
  const context = useContext(ConnectedAppsContext);
  const transport = context?.transport;
  const serves = typeof transport?.getScopePolicy === 'function';
  const fetch = useCallback(
    () => transport?.getScopePolicy?.({}) ?? Promise.resolve([] as ScopeDefinition[]),
    [transport],
  );
  const policy = useResource(null, serves ? SCOPE_POLICY_KEY : null, fetch, {
    dedupingInterval: 300_000,
    revalidateOnFocus: false,
    revalidateOnReconnect: false,
  });
  return useMemo(
    () => (policy.data ? new Map(policy.data.map((definition) => [definition.scope, definition])) : NONE),
    [policy.data],
  );
}
