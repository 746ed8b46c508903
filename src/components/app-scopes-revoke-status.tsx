'use client';
import { forwardRef } from 'react';
import { useMessages } from '../messages/context';
import { formatMessage, formatPlural } from '../messages/format';
import type { RevokeConnectedAppState } from '../react/use-revoke-connected-app';

/** How many failures the alert names; the rest are counted. */
const NAMED_FAILURES = 10;

interface AppScopesRevokeStatusProps {
  state: RevokeConnectedAppState;
  nameOf: (memberId: string) => string;
  /** Revokes again the failed members a retry can help; no button without it. */
  onRetry: (() => void) | undefined;
}

/**
 * What the last revoke of `AppScopes` did, as the members list says it: "Revoking 3 of 10…" (a polite live
 * region, always mounted) then "Access revoked for 9 members.", and an alert naming each failure with its
 * reason, with "Retry failed" when trying again can help. Focus comes here once a revoke is confirmed.
 */
export const AppScopesRevokeStatus = forwardRef<HTMLDivElement, AppScopesRevokeStatusProps>(
  function AppScopesRevokeStatus({ state, nameOf, onRetry }, ref) {
    const { revoke: copy, scopeChips, locale } = useMessages();
    const { status, progress, outcomes, failed } = state;
    const revoked = outcomes.length - failed.length;
    return (
      <div ref={ref} data-slot="app-scopes-revoke-status" data-status={status} tabIndex={-1}>
        <p role="status" data-slot="app-scopes-revoke-progress">
          {status === 'pending'
            ? formatMessage(copy.progress, {
                done: progress.done.toLocaleString(locale),
                total: progress.total.toLocaleString(locale),
              })
            : revoked > 0
              ? formatPlural(copy.revoked, revoked, locale)
              : ''}
        </p>
        {status === 'pending' && (
          // The sentence above says the same to screen readers.
          <progress
            data-slot="app-scopes-revoke-progress-bar"
            value={progress.done}
            max={progress.total}
            aria-hidden="true"
          />
        )}
        {failed.length > 0 && (
          <div role="alert" data-slot="app-scopes-revoke-failed">
            <p data-slot="app-scopes-revoke-failed-title">{formatPlural(copy.failedTitle, failed.length, locale)}</p>
            <ul data-slot="app-scopes-revoke-failures">
              {failed.slice(0, NAMED_FAILURES).map(({ memberId, error }) => (
                <li key={memberId}>
                  {formatMessage(copy.failure, {
                    member: nameOf(memberId),
                    reason: copy.reasons[error.code] ?? copy.reasons.other,
                  })}
                </li>
              ))}
              {failed.length > NAMED_FAILURES && (
                <li>{formatPlural(scopeChips.more, failed.length - NAMED_FAILURES, locale)}</li>
              )}
            </ul>
            {onRetry && (
              <button
                type="button"
                data-slot="app-scopes-revoke-retry"
                onClick={(event) => {
                  // The alert, and this button, go away while the retry runs: focus stays on the results.
                  event.currentTarget.closest<HTMLElement>('[data-slot="app-scopes-revoke-status"]')?.focus();
                  onRetry();
                }}
              >
                {copy.retry}
              </button>
            )}
          </div>
        )}
      </div>
    );
  },
);
