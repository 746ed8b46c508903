'use client';
export * from './components/index';
export * from './core/index';
export {
  type ConnectedAppsMessages,
  type DeepPartial,
  type ErrorCopy,
  en,
  formatMessage,
  formatPlural,
  type PluralMessage,
  useMessages,
} from './messages/index';
export { connectedAppKey, isConnectedAppKey } from './react/connected-app-key';
export { ConnectedAppsProvider, type ConnectedAppsProviderProps } from './react/connected-apps-provider';
export { type ConnectedAppState, type UseConnectedAppOptions, useConnectedApp } from './react/use-connected-app';
