'use client';
import { type ReactNode, useContext, useMemo } from 'react';
import type { SWRConfiguration } from 'swr';
import type { RetryPolicy } from '../core/retry-policy';
import type { ConnectedAppTransport } from '../core/transport';
import { ConnectedAppsMessagesProvider } from '../messages/provider';
import type { ConnectedAppsMessages, DeepPartial } from '../messages/types';
import { ConnectedAppsContext, type ScopeRiskRule } from './context';

/** Props of {@link ConnectedAppsProvider}. */
export interface ConnectedAppsProviderProps {
  /** Where data comes from: `createFetchTransport(...)`, `createMemoryTransport(...)` or your own. */
  transport: ConnectedAppTransport;
  /** How failed requests are retried. @default { maxRetries: 3, baseDelayMs: 1000, maxDelayMs: 30000 } */
  retry?: RetryPolicy;
  /**
   * SWR options for this library's requests only (`dedupingInterval`, `refreshInterval`, ...). The cache
   * itself is the host's: wrap in SWR's `SWRConfig` to give it a `provider` or a `fallback`.
   */
  swr?: SWRConfiguration;
  /**
   * Strings shown by every component below: a whole catalogue (`fr`) or only the strings to change,
   * applied over the nearest parent provider's strings (as `ConnectedAppsMessagesProvider` does).
   * @default en
   */
  messages?: DeepPartial<ConnectedAppsMessages>;
  /**
   * Your own risk tier for some scopes, used by every chip, dialog and scope view below; return `undefined`
   * for the built-in rule (`scopeRisk`). A nested provider without one keeps its parent's. Pass a stable
   * function (module level or `useCallback`): a new one re-renders everything below.
   * @example scopeRisk={(scope) => (scope.startsWith('billing:') ? 'high' : undefined)}
   */
  scopeRisk?: ScopeRiskRule;
  /** The part of your app that uses the hooks and components: they read the transport and strings from here. */
  children?: ReactNode;
}

/**
 * Supplies the transport, retry policy and messages to every hook and component below it.
 *
 * @example
 * <ConnectedAppsProvider transport={createFetchTransport({ baseUrl: '/api/stytch' })}>
 *   <ConnectedAppPanel orgId={orgId} appId={appId} />
 * </ConnectedAppsProvider>
 */
export function ConnectedAppsProvider({
  transport,
  retry,
  swr,
  messages,
  scopeRisk,
  children,
}: ConnectedAppsProviderProps) {
  const parent = useContext(ConnectedAppsContext);
  const rule = scopeRisk ?? parent?.scopeRisk;
  const value = useMemo(() => ({ transport, retry: retry ?? {}, swr, scopeRisk: rule }), [transport, retry, swr, rule]);
  // A nested provider starts from its parent's strings (English at the top), so overrides compose.
  return (
    <ConnectedAppsContext.Provider value={value}>
      <ConnectedAppsMessagesProvider messages={messages}>{children}</ConnectedAppsMessagesProvider>
    </ConnectedAppsContext.Provider>
  );
}
