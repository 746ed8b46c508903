'use client';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { useMessages } from '../../messages/context';
import { formatMessage, formatPlural } from '../../messages/format';
import type { RevokeConnectedAppState } from '../../react/use-revoke-connected-app';

/** How many failures the alert names; the rest are counted. */
const NAMED_FAILURES = 10;

interface RevokeStatusProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Begins every `data-slot`: `members-list` gives `members-list-revoke-status`, `members-list-revoke-progress`… */
  slotPrefix: 'members-list' | 'app-scopes';
  state: Pick<RevokeConnectedAppState, 'status' | 'progress' | 'outcomes' | 'failed'>;
  nameOf: (memberId: string) => string;
  /** Revokes again the failed members a retry can help; no button without it. */
  onRetry: (() => void) | undefined;
}

/**
 * What the last revoke did: "Revoking 3 of 10…" with a progress bar while it runs, then "Access revoked for
 * 9 members." (a polite live region, always present), and when some failed an alert naming each with the
 * reason, with "Retry failed" when `onRetry` is given. Focus comes here once a revoke is confirmed, and before
 * "Retry failed" goes away. `MembersListRevokeStatus` and `AppScopes` show it, each with its own slot names.
 */
export const RevokeStatus = forwardRef<HTMLDivElement, RevokeStatusProps>(function RevokeStatus(
  { slotPrefix: slot, state, nameOf, onRetry, ...props },
  ref,
) {
  const { revoke: copy, scopeChips, locale } = useMessages();
  const { status, progress, outcomes, failed } = state;
  const revoked = outcomes.length - failed.length;
  return (
    <div ref={ref} data-slot={`${slot}-revoke-status`} data-status={status} tabIndex={-1} {...props}>
      {/* Always mounted, only its text changes: a live region inserted together with its text is often not read. */}
      <p role="status" data-slot={`${slot}-revoke-progress`}>
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
          data-slot={`${slot}-revoke-progress-bar`}
          value={progress.done}
          max={progress.total}
          aria-hidden="true"
        />
      )}
      {failed.length > 0 && (
        <div role="alert" data-slot={`${slot}-revoke-failed`}>
          <p data-slot={`${slot}-revoke-failed-title`}>{formatPlural(copy.failedTitle, failed.length, locale)}</p>
          <ul data-slot={`${slot}-revoke-failures`}>
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
              data-slot={`${slot}-revoke-retry`}
              onClick={(event) => {
                // The alert, and this button, go away while the retry runs: focus stays on the results.
                event.currentTarget.closest<HTMLElement>(`[data-slot="${slot}-revoke-status"]`)?.focus();
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
});
