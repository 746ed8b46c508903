'use client';
import { createContext, useContext, useMemo } from 'react';
import { en } from './en';
import { mergeMessages } from './merge';
import type { ConnectedAppsMessages, DeepPartial } from './types';

/** Messages from the nearest provider; English when there is none (components work without a provider). */
export const MessagesContext = createContext<ConnectedAppsMessages>(en);
MessagesContext.displayName = 'ConnectedAppsMessagesContext';

/**
 * The catalogue in effect: the provider's, with a component's own overrides on top.
 *
 * @example
 * const messages = useMessages({ summary: { appIdLabel: 'Client ID' } })
 */
export function useMessages(override?: DeepPartial<ConnectedAppsMessages>): ConnectedAppsMessages {
  const messages = useContext(MessagesContext);
  return useMemo(() => mergeMessages(messages, override), [messages, override]);
}
