'use client';
import { createContext, useContext } from 'react';
import type { SWRConfiguration } from 'swr';
import type { RetryPolicy } from '../core/retry-policy';
import type { ScopeRisk } from '../core/scope-risk';
import type { ConnectedAppTransport } from '../core/transport';
import type { ScopeDefinition } from '../core/types';

/**
 * A host's own risk rule for a scope, given its RBAC definition (`undefined` for a scope the policy does not
 * describe, or an OpenID Connect one). Returning `undefined` leaves the scope to the built-in `scopeRisk`.
 */
export type ScopeRiskRule = (scope: string, definition: ScopeDefinition | undefined) => ScopeRisk | undefined;

/** What {@link ConnectedAppsProvider} hands down. */
export interface ConnectedAppsContextValue {
  transport: ConnectedAppTransport;
  retry: RetryPolicy;
  swr: SWRConfiguration | undefined;
  scopeRisk?: ScopeRiskRule;
}

export const ConnectedAppsContext = createContext<ConnectedAppsContextValue | null>(null);
ConnectedAppsContext.displayName = 'ConnectedAppsContext';

/** The error of a hook used without a provider above it. */
export function missingProvider(caller: string): Error {
  return new Error(`\`${caller}\` must be used within \`ConnectedAppsProvider\``);
}

/** The provider's value; throws a clear error when there is no provider above. */
export function useConnectedAppsContext(caller: string): ConnectedAppsContextValue {
  const value = useContext(ConnectedAppsContext);
  if (value === null) throw missingProvider(caller);
  return value;
}
