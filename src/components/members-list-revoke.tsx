'use client';
import { type ComponentPropsWithoutRef, forwardRef, useMemo } from 'react';
import { useMessages } from '../messages/context';
import { formatMessage, formatPlural } from '../messages/format';
import { cx } from './internal/cx';
import { useMembersListContext } from './members-list-context';

/** Props of {@link MembersListRevokeSelected} and {@link MembersListRevokeStatus}: those of their `div`. */
export type MembersListRevokeProps = Omit<ComponentPropsWithoutRef<'div'>, 'children'>;

/** How many failures the alert names; the rest are counted. */
const NAMED_FAILURES = 10;

/**
 * The bulk action of a members list with `canRevoke`: a "Select all shown" checkbox (every member the search
 * and filter leave; mixed when some are), how many members are selected, and "Revoke selected", which asks
 * for confirmation first. Selected members stay selected while filtered out or scrolled away. Nothing
 * without `canRevoke` or while nobody has the app installed.
 *
 * @example
 * <MembersListRoot members={members} canRevoke organizationId={orgId} connectedAppId={appId}>
 *   <MembersListRevokeSelected />
 *   <MembersListRevokeStatus />
 *   <MembersListRows />
 * </MembersListRoot>
 */
export const MembersListRevokeSelected = forwardRef<HTMLDivElement, MembersListRevokeProps>(
  function MembersListRevokeSelected({ className, ...props }, ref) {
    const { filtered, status, revoke } = useMembersListContext('MembersListRevokeSelected');
    const { revoke: copy, locale } = useMessages();
    const selected = revoke?.selected;
    const shownSelected = useMemo(
      () => (selected?.size ? filtered.filter((entry) => selected.has(entry.member.memberId)).length : 0),
      [filtered, selected],
    );
    if (!revoke || status === 'empty') return null;
    const { selectedIds, ask, select } = revoke;
    const allShown = shownSelected > 0 && shownSelected === filtered.length;
    const unavailable = selectedIds.length === 0 || revoke.state.status === 'pending';
    return (
      <div ref={ref} data-slot="members-list-revoke-selected" {...props} className={cx(className)}>
        <label data-slot="members-list-select-shown">
          <input
            type="checkbox"
            checked={allShown}
            disabled={filtered.length === 0}
            ref={(input) => {
              if (input) input.indeterminate = shownSelected > 0 && !allShown;
            }}
            onChange={(event) =>
              select(
                filtered.map((entry) => entry.member.memberId),
                event.target.checked,
              )
            }
          />
          {copy.selectShown}
        </label>
        <span data-slot="members-list-selected-count">{formatPlural(copy.selected, selectedIds.length, locale)}</span>
        <button
          type="button"
          data-slot="members-list-revoke-selected-button"
          aria-haspopup="dialog"
          // Not `disabled`: it stays in the tab order, beside the count that says why it does nothing.
          aria-disabled={unavailable || undefined}
          onClick={(event) => {
            if (!unavailable) ask(selectedIds, event.currentTarget);
          }}
        >
          {copy.revokeSelected}
        </button>
      </div>
    );
  },
);

/**
 * What the last revoke did: "Revoking 3 of 10…" with a progress bar while it runs, then "Access revoked for
 * 9 members." (a polite live region, always present), and when some failed an alert naming each with the
 * reason, with "Retry failed" when a retry can help (rate limit, server, network, timeout: not a refusal).
 * Focus comes here after a bulk revoke is confirmed. Nothing without `canRevoke`.
 *
 * @example
 * <MembersListRevokeStatus className="sticky-footer" />
 */
export const MembersListRevokeStatus = forwardRef<HTMLDivElement, MembersListRevokeProps>(
  function MembersListRevokeStatus({ className, ...props }, ref) {
    const { id, revoke, nameOf } = useMembersListContext('MembersListRevokeStatus');
    const { revoke: copy, scopeChips, locale } = useMessages();
    if (!revoke) return null;
    const { status, progress, outcomes, failed } = revoke.state;
    const revoked = outcomes.length - failed.length;
    return (
      <div
        ref={ref}
        data-slot="members-list-revoke-status"
        data-status={status}
        id={`${id}-revoke-status`}
        // Focus lands here after a bulk revoke is confirmed, and before "Retry failed" goes away.
        tabIndex={-1}
        {...props}
        className={cx(className)}
      >
        {/* Always mounted, only its text changes: a live region inserted together with its text is often not read. */}
        <p role="status" data-slot="members-list-revoke-progress">
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
            data-slot="members-list-revoke-progress-bar"
            value={progress.done}
            max={progress.total}
            aria-hidden="true"
          />
        )}
        {failed.length > 0 && (
          <div role="alert" data-slot="members-list-revoke-failed">
            <p data-slot="members-list-revoke-failed-title">{formatPlural(copy.failedTitle, failed.length, locale)}</p>
            <ul data-slot="members-list-revoke-failures">
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
            {failed.some(({ error }) => error.retryable) && (
              <button
                type="button"
                data-slot="members-list-revoke-retry"
                onClick={(event) => {
                  // The alert, and this button, go away while the retry runs: focus stays on the results.
                  event.currentTarget.closest<HTMLElement>('[data-slot="members-list-revoke-status"]')?.focus();
                  revoke.retry();
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
