export type { ScopeRiskRule } from '../react/context';
export { ActiveMembersList, type ActiveMembersListProps } from './active-members-list';
export { AppScopes, type AppScopesProps } from './app-scopes';
export { ConnectedAppPanel, type ConnectedAppPanelProps } from './connected-app-panel';
export { ConnectedAppSummary, type ConnectedAppSummaryProps } from './connected-app-summary';
export { ConnectedAppsList, type ConnectedAppsListProps } from './connected-apps-list';
export { CopyButton, type CopyButtonProps } from './copy-button';
export { ErrorBanner, type ErrorBannerProps } from './error-banner';
export type { HeadingLevel } from './internal/heading';
export { MemberConnectedApps, type MemberConnectedAppsProps } from './member-connected-apps';
export { MemberStatus, type MemberStatusProps } from './member-identity';
export { MemberScopesDialog, type MemberScopesDialogProps } from './member-scopes-dialog';
export { MembersListExport, type MembersListExportProps } from './members-list-export';
export { type MembersListFieldProps, MembersListScopeFilter, MembersListSearch } from './members-list-fields';
export type { ResolveMember } from './members-list-names';
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
  MembersListNamesNotice,
  type MembersListNamesNoticeProps,
  MembersListStatus,
  type MembersListTextProps,
} from './members-list-text';
export { ScopeChips, type ScopeChipsProps } from './scope-chips';
export { type CopyState, type UseCopyToClipboardOptions, useCopyToClipboard } from './use-copy-to-clipboard';
