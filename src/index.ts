// No 'use client' here: in a React Server Component the pure helpers (connectedAppKey for SWR's `fallback`,
// parseConnectedApp, ConnectedAppError, en, formatMessage...) run on the server. Each module that needs
// client React (the components, hooks and contexts) has the directive itself, so a Server Component gets
// those as client references. scripts/check-server-components.mjs imports the build as one does.
export * from './components/index';
export * from './core/index';
export { connectedAppKey, connectedAppsKey, isConnectedAppKey, memberConnectedAppsKey } from './core/keys';
export {
  type ConnectedAppsMessages,
  ConnectedAppsMessagesProvider,
  type ConnectedAppsMessagesProviderProps,
  type DeepPartial,
  type ErrorCopy,
  en,
  formatMessage,
  formatPlural,
  type PluralMessage,
  useMessages,
} from './messages/index';
export { ConnectedAppsProvider, type ConnectedAppsProviderProps } from './react/connected-apps-provider';
export type { ResourceOptions, ResourceState } from './react/resource-state';
export type { RevokeOutcome, RevokeRunOptions, RevokeTarget } from './react/revoke-run';
export { type ConnectedAppState, type UseConnectedAppOptions, useConnectedApp } from './react/use-connected-app';
export {
  type ConnectedAppsState,
  type MemberConnectedAppsState,
  useConnectedApps,
  useMemberConnectedApps,
} from './react/use-connected-apps';
export { type MembersState, useMembers } from './react/use-members';
export { type RevokeConnectedAppState, useRevokeConnectedApp } from './react/use-revoke-connected-app';
export { useScopePolicy } from './react/use-scope-policy';
