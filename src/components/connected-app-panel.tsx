import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { type ConnectedAppsMessages, type DeepPartial, useMessages } from '../messages/index';
import { useConnectedApp } from '../react/use-connected-app';
import { ActiveMembersList, type ActiveMembersListProps } from './active-members-list';
import { ConnectedAppSummary } from './connected-app-summary';
import { ErrorBanner } from './error-banner';
import { type HeadingLevel, subheadingLevel } from './internal/heading';

/** Props of {@link ConnectedAppPanel}. */
export interface ConnectedAppPanelProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The organization's id, slug or external id. Blank: the panel stays idle and fetches nothing. */
  orgId: string | null | undefined;
  /** The Connected App's id. Blank: the panel stays idle and fetches nothing. */
  appId: string | null | undefined;
  /** Gives a member a readable name (shown and searchable in the list). */
  resolveMember?: ActiveMembersListProps['resolveMember'];
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
 * summary and the member list; on failure the error banner, above the last data when there is some.
 * Needs a `ConnectedAppsProvider` above it.
 *
 * @example
 * <ConnectedAppPanel orgId={organizationId} appId={connectedAppId} resolveMember={(id) => directory.get(id)} />
 */
export const ConnectedAppPanel = forwardRef<HTMLDivElement, ConnectedAppPanelProps>(function ConnectedAppPanel(
  { orgId, appId, resolveMember, headingLevel = 2, messages: override, className, ...props },
  ref,
) {
  const state = useConnectedApp(orgId, appId);
  const { panel } = useMessages(override);
  const data = state.data;
  return (
    <div
      {...props}
      ref={ref}
      data-slot="connected-app-panel"
      data-status={state.status}
      data-stale={state.status === 'error' && data !== undefined ? '' : undefined}
      className={className}
    >
      {state.status === 'idle' && <p data-slot="connected-app-panel-idle">{panel.idle}</p>}
      {state.status === 'loading' && (
        <div data-slot="connected-app-panel-skeleton" aria-busy="true">
          <p role="status" data-slot="connected-app-panel-loading">
            {panel.loading}
          </p>
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
          hasStaleData={data !== undefined}
          messages={override}
        />
      )}
      {data !== undefined && <ConnectedAppSummary app={data} headingLevel={headingLevel} messages={override} />}
      {data !== undefined && (
        <ActiveMembersList
          // A different app starts with a fresh search and filter.
          key={JSON.stringify([orgId, data.connectedAppId])}
          members={data.activeMembers}
          resolveMember={resolveMember}
          headingLevel={subheadingLevel(headingLevel)}
          messages={override}
        />
      )}
    </div>
  );
});
