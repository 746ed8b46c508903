'use client';
import { createContext, useContext } from 'react';
import type { SWRConfiguration } from 'swr';
import type { RetryPolicy } from '../core/retry-policy';
import type { ConnectedAppTransport } from '../core/transport';

/** What {@link ConnectedAppsProvider} hands down. */
export interface ConnectedAppsContextValue {
  transport: ConnectedAppTransport;
  retry: RetryPolicy;
  swr: SWRConfiguration | undefined;
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
