'use client';
import { type ComponentPropsWithoutRef, forwardRef, useId, useImperativeHandle, useRef } from 'react';
import { type ConnectedAppsMessages, type DeepPartial, MessagesContext, useMessages } from '../messages/index';
import type { RevokeOutcome } from '../react/revoke-run';
import { useConnectedApp } from '../react/use-connected-app';
import { AppScopesBody } from './app-scopes-body';
import { ErrorBanner } from './error-banner';
import { cx } from './internal/cx';
import { Heading, type HeadingLevel } from './internal/heading';
import { useFocusFallback } from './internal/use-focus-fallback';
import { type ScopeMeaningOverrides, useScopeMeanings } from './internal/use-scope-meanings';

/** Props of {@link AppScopes}. */
export interface AppScopesProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'>, ScopeMeaningOverrides {
  /** The organization's id, slug or external id. Blank: nothing is fetched. */
  orgId: string | null | undefined;
  /** The Connected App's id. Blank: nothing is fetched. */
  appId: string | null | undefined;
  /**
   * Offers, for the chosen scope, "Revoke access for all N members holding it", behind a confirmation. Stytch
   * revokes an app's whole grant (there is no per-scope revoke) and checks the reader's role again.
   * @default false
   */
  canRevoke?: boolean;
  /** Called after each revoke with how each member's revoke ended. */
  onRevoke?: (outcomes: RevokeOutcome[]) => void;
  /**
   * Whether a failed load shows its own error banner (with Retry). Turn it off inside a view that already
   * shows one for the same app, e.g. beside `ConnectedAppPanel`: the last data stays shown either way.
   * @default true
   */
  showErrorBanner?: boolean;
  /** Level of the "Scopes" heading. @default 2 */
  headingLevel?: HeadingLevel;
  /** Overrides of the provider's strings, for this view and everything in it. */
  messages?: DeepPartial<ConnectedAppsMessages>;
}

/**
 * The scope-centric view of one Connected App, wired to `useConnectedApp`: every scope its members granted,
 * with what it means, its risk in words and how many members hold it, riskiest first. Choosing a scope (a
 * disclosure button) lists who holds it (names through the members search when the transport has one, else
 * ids); with `canRevoke`, one button revokes the app for all of them after a confirmation, with progress and
 * failures announced as in the members list. Needs a `ConnectedAppsProvider` above it.
 *
 * @example
 * <AppScopes orgId={organizationId} appId={connectedAppId} canRevoke={isAdmin} headingLevel={3} />
 */
export const AppScopes = forwardRef<HTMLDivElement, AppScopesProps>(function AppScopes(
  {
    orgId,
    appId,
    canRevoke = false,
    onRevoke,
    showErrorBanner = true,
    headingLevel = 2,
    definitions,
    scopeRisk,
    messages: override,
    className,
    ...props
  },
  ref,
) {
  const state = useConnectedApp(orgId, appId);
  const messages = useMessages(override);
  const meaningOf = useScopeMeanings(messages, { definitions, scopeRisk });
  const { scopeMeanings: copy } = messages;
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useImperativeHandle(ref, () => root.current as HTMLDivElement);
  useFocusFallback(root, heading);
  const { data } = state;

  return (
    <MessagesContext.Provider value={messages}>
      <div
        ref={root}
        data-slot="app-scopes"
        data-status={state.status}
        data-stale={state.status === 'error' && data !== undefined ? '' : undefined}
        {...props}
        className={cx(className)}
      >
        <Heading ref={heading} level={headingLevel} id={`${id}-heading`} data-slot="app-scopes-heading" tabIndex={-1}>
          {copy.heading}
        </Heading>
        {state.status === 'idle' && <p data-slot="app-scopes-idle">{messages.panel.idle}</p>}
        {/* Always mounted, only its text changes: a live region inserted together with its text is often not read. */}
        <p role="status" data-slot="app-scopes-loading">
          {state.status === 'loading' ? copy.loading : ''}
        </p>
        {state.status === 'loading' && (
          <div data-slot="app-scopes-skeleton" aria-busy="true">
            <div data-slot="skeleton-block" data-shape="line" aria-hidden="true" />
            <div data-slot="skeleton-block" data-shape="line" aria-hidden="true" />
          </div>
        )}
        {state.status === 'error' && showErrorBanner && (
          <ErrorBanner
            error={state.error}
            onRetry={state.refresh}
            retryAt={state.retryAt ?? null}
            hasStaleData={data !== undefined}
          />
        )}
        {data !== undefined && orgId && appId && (
          <AppScopesBody
            // Another app starts with no scope chosen and no revoke results.
            key={JSON.stringify([orgId, appId])}
            app={data}
            ids={{ organizationId: orgId, connectedAppId: appId }}
            canRevoke={canRevoke}
            onRevoke={onRevoke}
            meaningOf={meaningOf}
            headingId={`${id}-heading`}
          />
        )}
      </div>
    </MessagesContext.Provider>
  );
});
