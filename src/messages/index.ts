export { MessagesContext, useMessages } from './context';
export { en } from './en';
export { formatMessage, formatPlural } from './format';
export { fr } from './fr';
export { mergeMessages } from './merge';
export { ConnectedAppsMessagesProvider, type ConnectedAppsMessagesProviderProps } from './provider';
export type { ConnectedAppsMessages, DeepPartial, ErrorCopy, PluralMessage } from './types';
