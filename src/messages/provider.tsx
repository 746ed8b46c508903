'use client';
import type { ReactNode } from 'react';
import { MessagesContext, useMessages } from './context';
import type { ConnectedAppsMessages, DeepPartial } from './types';

/** Props of {@link ConnectedAppsMessagesProvider}. */
export interface ConnectedAppsMessagesProviderProps {
  /** A whole catalogue (`fr`) or only the strings to change, applied over the nearest parent's strings. */
  messages?: DeepPartial<ConnectedAppsMessages>;
  /** The subtree whose components take these strings (over those of any provider above). */
  children?: ReactNode;
}

/**
 * Strings only, for everything below it: nests anywhere (inside `ConnectedAppsProvider`, or with no provider
 * at all, over English) and merges over the nearest parent's catalogue, so a subtree can change a few words.
 * A component's own `messages` prop does the same for that component's subtree.
 *
 * @example
 * <ConnectedAppsMessagesProvider messages={{ membersList: { heading: 'People' } }}>
 *   <MembersListRoot members={members}>…</MembersListRoot>
 * </ConnectedAppsMessagesProvider>
 */
export function ConnectedAppsMessagesProvider({ messages, children }: ConnectedAppsMessagesProviderProps) {
  return <MessagesContext.Provider value={useMessages(messages)}>{children}</MessagesContext.Provider>;
}
