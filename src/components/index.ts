export {
  ActiveMembersList,
  type ActiveMembersListProps,
  type RenderMemberContext,
} from './active-members-list';
export { ConnectedAppPanel, type ConnectedAppPanelProps } from './connected-app-panel';
export { ConnectedAppSummary, type ConnectedAppSummaryProps } from './connected-app-summary';
export { CopyButton, type CopyButtonProps } from './copy-button';
export { ErrorBanner, type ErrorBannerProps } from './error-banner';
export type { HeadingLevel } from './internal/heading';
export { MemberScopesDialog, type MemberScopesDialogProps } from './member-scopes-dialog';
export { ScopeChips, type ScopeChipsProps } from './scope-chips';
export { type CopyState, type UseCopyToClipboardOptions, useCopyToClipboard } from './use-copy-to-clipboard';
