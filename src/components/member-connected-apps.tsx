'use client';
import {
  type ComponentPropsWithoutRef,
  forwardRef,
  type MouseEvent,
  useId,
  useImperativeHandle,
  useRef,
  useState,
} from 'react';
import type { MemberConnectedApp } from '../core/types';
import {
  type ConnectedAppsMessages,
  type DeepPartial,
  formatPlural,
  MessagesContext,
  useMessages,
} from '../messages/index';
import { useMemberConnectedApps } from '../react/use-connected-apps';
import { ErrorBanner } from './error-banner';
import { cx } from './internal/cx';
import { Heading, type HeadingLevel, subheadingLevel } from './internal/heading';
import { useFocusFallback } from './internal/use-focus-fallback';
import { describeRevokeRun, useRevokeApps } from './internal/use-revoke-apps';
import { MemberConnectedAppsDialog, type RevokeConfirmation } from './member-connected-apps-dialog';
import { MemberConnectedAppsFailures } from './member-connected-apps-failures';
import { MemberConnectedAppsMember } from './member-connected-apps-member';
import { MemberConnectedAppsRow } from './member-connected-apps-row';
import { readOpenerContext } from './opener-context';

/** Props of {@link MemberConnectedApps}. */
export interface MemberConnectedAppsProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The organization's id, slug or external id. Blank: nothing is fetched. */
  orgId: string | null | undefined;
  /** The member's id. Blank: nothing is fetched. */
  memberId: string | null | undefined;
  /**
   * Whether to offer "Revoke access" on each app and "Revoke all" (offboarding), each behind a confirmation.
   * Your server still decides: Stytch refuses (403) a member whose role may not revoke.
   * @default false
   */
  canRevoke?: boolean;
  /**
   * Level of the "Connected apps" heading; each app's name is one level below.
   * @default 2
   */
  headingLevel?: HeadingLevel;
  /** Overrides of the provider's strings, for this component and everything in it. */
  messages?: DeepPartial<ConnectedAppsMessages>;
}

/**
 * One member's Connected Apps and the scopes they granted each, wired to `useMemberConnectedApps`, under
 * the member's name, email and status (from the members search; the id until it answers). With
 * `canRevoke`, each app has a "Revoke access" button and the list a "Revoke all" (offboarding), both behind
 * a confirmation that says what revoking does; progress is announced, revoked apps leave the list, and
 * failures are listed in an alert with their reason (and Retry when trying again can help).
 *
 * @example
 * <MemberConnectedApps orgId={organizationId} memberId={memberId} canRevoke={isAdmin} />
 */
export const MemberConnectedApps = forwardRef<HTMLDivElement, MemberConnectedAppsProps>(function MemberConnectedApps(
  { orgId, memberId, canRevoke = false, headingLevel = 2, messages: override, className, ...props },
  ref,
) {
  const state = useMemberConnectedApps(orgId, memberId);
  const messages = useMessages(override);
  const { memberApps: copy, locale } = messages;
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  useImperativeHandle(ref, () => root.current as HTMLDivElement);
  useFocusFallback(root, heading);
  const [confirmation, setConfirmation] = useState<RevokeConfirmation | null>(null);
  const { run, start, dismiss } = useRevokeApps(orgId, memberId);
  const pending = run?.status === 'pending';
  const apps = state.data ?? [];

  const ask = (event: MouseEvent<HTMLButtonElement>, targets: readonly MemberConnectedApp[]) => {
    if (pending) return;
    returnTo.current = event.currentTarget;
    setConfirmation({ apps: targets, opener: readOpenerContext(event.currentTarget) });
  };

  return (
    <MessagesContext.Provider value={messages}>
      <div
        ref={root}
        data-slot="member-connected-apps"
        data-status={state.status}
        data-stale={state.status === 'error' && state.data !== undefined ? '' : undefined}
        data-revoking={pending ? '' : undefined}
        {...props}
        className={cx(className)}
      >
        <div data-slot="member-apps-header">
          <Heading
            ref={heading}
            level={headingLevel}
            id={`${id}-heading`}
            data-slot="member-apps-heading"
            tabIndex={-1}
          >
            {copy.heading}
          </Heading>
          {apps.length > 0 && <p data-slot="member-apps-count">{formatPlural(copy.count, apps.length, locale)}</p>}
          {canRevoke && apps.length > 0 && (
            <button
              type="button"
              data-slot="member-apps-revoke-all"
              aria-haspopup="dialog"
              // Not `disabled` while a revoke runs: focus comes back here when the dialog closes.
              aria-disabled={pending || undefined}
              onClick={(event) => ask(event, apps)}
            >
              {copy.revokeAll}
            </button>
          )}
          {memberId?.trim() && <MemberConnectedAppsMember orgId={orgId} memberId={memberId} />}
        </div>
        {/* Always mounted, only its text changes: a live region inserted together with its text is often not read. */}
        <p role="status" data-slot="member-apps-status">
          {state.status === 'loading' ? copy.loading : describeRevokeRun(run, messages)}
        </p>
        {run?.status === 'done' && run.failures.length > 0 && (
          <MemberConnectedAppsFailures
            failures={run.failures}
            onRetry={(retryable, kept) => void start(retryable, kept)}
            onDismiss={dismiss}
          />
        )}
        {state.status === 'loading' && (
          <div data-slot="member-apps-skeleton" aria-busy="true">
            <div data-slot="skeleton-block" data-shape="header" aria-hidden="true" />
            <div data-slot="skeleton-block" data-shape="line" aria-hidden="true" />
          </div>
        )}
        {state.status === 'error' && (
          <ErrorBanner
            error={state.error}
            onRetry={state.refresh}
            retryAt={state.retryAt ?? null}
            hasStaleData={state.data !== undefined}
          />
        )}
        {state.data?.length === 0 && <p data-slot="member-apps-empty">{copy.empty}</p>}
        {apps.length > 0 && (
          // biome-ignore lint/a11y/noRedundantRoles: keeps list semantics in Safari when styled without bullets
          <ul role="list" aria-labelledby={`${id}-heading`} data-slot="member-apps-items">
            {apps.map((app) => (
              <MemberConnectedAppsRow
                key={app.connectedAppId}
                app={app}
                level={subheadingLevel(headingLevel)}
                onRevoke={canRevoke ? (event) => ask(event, [app]) : undefined}
                waiting={pending}
                revoking={run?.current === app.connectedAppId}
              />
            ))}
          </ul>
        )}
        <MemberConnectedAppsDialog
          confirmation={confirmation}
          onCancel={() => setConfirmation(null)}
          onConfirm={(targets) => {
            setConfirmation(null);
            void start(targets);
          }}
          returnTo={returnTo}
          fallback={heading}
        />
      </div>
    </MessagesContext.Provider>
  );
});
