'use client';
import { type ComponentPropsWithoutRef, forwardRef, useImperativeHandle, useRef } from 'react';
import { type ConnectedAppsMessages, type DeepPartial, MessagesContext, useMessages } from '../messages/index';
import { useConnectedApp } from '../react/use-connected-app';
import { ActiveMembersList, type ActiveMembersListProps } from './active-members-list';
import { ConnectedAppSummary } from './connected-app-summary';
import { ErrorBanner } from './error-banner';
import { cx } from './internal/cx';
import { type HeadingLevel, subheadingLevel } from './internal/heading';
import { useFocusFallback } from './internal/use-focus-fallback';

/** The app's name inside the panel, read when needed: the summary renders it. */
function appName(root: { readonly current: HTMLElement | null }) {
  return {
    get current() {
      return root.current?.querySelector<HTMLElement>('[data-slot="connected-app-summary-name"]') ?? null;
    },
  };
}

/** Props of {@link ConnectedAppPanel}. */
export interface ConnectedAppPanelProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The organization's id, slug or external id. Blank: the panel stays idle and fetches nothing. */
  orgId: string | null | undefined;
  /** The Connected App's id. Blank: the panel stays idle and fetches nothing. */
  appId: string | null | undefined;
  /**
   * Your own name for a member (shown and searched), instead of the names, emails and statuses the list
   * looks up through the members search; may return a promise. Keep it stable.
   */
  resolveMember?: ActiveMembersListProps['resolveMember'];
  /**
   * Lets the reader revoke members' access to the app, one or many, each after a confirmation. Show it to the
   * members allowed to (Stytch checks again: a refused revoke says so).
   * @default false
   */
  canRevoke?: boolean;
  /** Called after each revoke with how each member's revoke ended. */
  onRevoke?: ActiveMembersListProps['onRevoke'];
  /**
   * Level of the app's name heading.
   * @default 2
   */
  headingLevel?: HeadingLevel;
  /** Overrides of the provider's strings, for this panel and everything in it. */
  messages?: DeepPartial<ConnectedAppsMessages>;
}

/**
 * The whole view of one Connected App, wired to `useConnectedApp`: a skeleton while loading, then the
 * summary and the member list (with each member's name, email and status from the members search); on
 * failure the error banner, above the last data when there is some. Needs a `ConnectedAppsProvider` above it.
 *
 * @example
 * <ConnectedAppPanel orgId={organizationId} appId={connectedAppId} />
 *
 * @example
 * <ConnectedAppPanel orgId={organizationId} appId={connectedAppId} resolveMember={(id) => directory.get(id)} />
 *
 * @example
 * <ConnectedAppPanel orgId={organizationId} appId={connectedAppId} canRevoke={member.can('revoke')} />
 */
export const ConnectedAppPanel = forwardRef<HTMLDivElement, ConnectedAppPanelProps>(function ConnectedAppPanel(
  { orgId, appId, resolveMember, canRevoke, onRevoke, headingLevel = 2, messages: override, className, ...props },
  ref,
) {
  const state = useConnectedApp(orgId, appId);
  const messages = useMessages(override);
  const { panel } = messages;
  const data = state.data;
  const root = useRef<HTMLDivElement>(null);
  useImperativeHandle(ref, () => root.current as HTMLDivElement);

  // When a retry succeeds, the banner (and the Retry button a keyboard user pressed) goes away: focus
  // moves to the app's name instead of falling to the page's body, as in the other composites.
  useFocusFallback(root, appName(root));

  // The panel's own strings, for everything inside it too.
  return (
    <MessagesContext.Provider value={messages}>
      <div
        ref={root}
        data-slot="connected-app-panel"
        data-status={state.status}
        data-stale={state.status === 'error' && data !== undefined ? '' : undefined}
        {...props}
        className={cx(className)}
      >
        {state.status === 'idle' && <p data-slot="connected-app-panel-idle">{panel.idle}</p>}
        {/* Always mounted, only its text changes: a live region inserted together with its text is often not read. */}
        <p role="status" data-slot="connected-app-panel-loading">
          {state.status === 'loading' ? panel.loading : ''}
        </p>
        {state.status === 'loading' && (
          <div data-slot="connected-app-panel-skeleton" aria-busy="true">
            <div data-slot="skeleton-block" data-shape="header" aria-hidden="true" />
            <div data-slot="skeleton-block" data-shape="line" aria-hidden="true" />
            <div data-slot="skeleton-block" data-shape="line" aria-hidden="true" />
            <div data-slot="skeleton-block" data-shape="list" aria-hidden="true" />
          </div>
        )}
        {/* Fixed positions: a failed refresh adds the banner without remounting the list (its search stays). */}
        {state.status === 'error' && (
          <ErrorBanner
            error={state.error}
            onRetry={state.refresh}
            // The hook retries by itself: the banner counts down to that retry and never sends its own.
            retryAt={state.retryAt ?? null}
            hasStaleData={data !== undefined}
          />
        )}
        {data !== undefined && <ConnectedAppSummary app={data} headingLevel={headingLevel} />}
        {data !== undefined && (
          <ActiveMembersList
            // A different app starts with a fresh search and filter.
            key={JSON.stringify([orgId, data.connectedAppId])}
            members={data.activeMembers}
            resolveMember={resolveMember}
            headingLevel={subheadingLevel(headingLevel)}
            canRevoke={canRevoke}
            // The ids the hook was given: the revoke updates that cache entry, so revoked rows leave.
            organizationId={orgId}
            connectedAppId={appId}
            onRevoke={onRevoke}
          />
        )}
      </div>
    </MessagesContext.Provider>
  );
});
