export { ActiveMembersList, type ActiveMembersListProps } from './active-members-list';
export { ConnectedAppPanel, type ConnectedAppPanelProps } from './connected-app-panel';
export { ConnectedAppSummary, type ConnectedAppSummaryProps } from './connected-app-summary';
export { ConnectedAppsList, type ConnectedAppsListProps } from './connected-apps-list';
export { CopyButton, type CopyButtonProps } from './copy-button';
export { ErrorBanner, type ErrorBannerProps } from './error-banner';
export type { HeadingLevel } from './internal/heading';
export { MemberConnectedApps, type MemberConnectedAppsProps } from './member-connected-apps';
export { MemberScopesDialog, type MemberScopesDialogProps } from './member-scopes-dialog';
export { type MembersListFieldProps, MembersListScopeFilter, MembersListSearch } from './members-list-fields';
export {
  type MembersListRevokeProps,
  MembersListRevokeSelected,
  MembersListRevokeStatus,
} from './members-list-revoke';
export { MembersListRoot, type MembersListRootProps } from './members-list-root';
export { MembersListRows, type MembersListRowsProps, type RenderMemberContext } from './members-list-rows';
export {
  MembersListCount,
  MembersListEmpty,
  MembersListHeading,
  type MembersListHeadingProps,
  MembersListStatus,
  type MembersListTextProps,
} from './members-list-text';
export { ScopeChips, type ScopeChipsProps } from './scope-chips';
export { type CopyState, type UseCopyToClipboardOptions, useCopyToClipboard } from './use-copy-to-clipboard';
