'use client';
import { type ComponentPropsWithoutRef, forwardRef, useMemo } from 'react';
import { useMessages } from '../messages/context';
import { formatPlural } from '../messages/format';
import { cx } from './internal/cx';
import { RevokeStatus } from './internal/revoke-status';
import { useMembersListContext } from './members-list-context';

/** Props of {@link MembersListRevokeSelected} and {@link MembersListRevokeStatus}: those of their `div`. */
export type MembersListRevokeProps = Omit<ComponentPropsWithoutRef<'div'>, 'children'>;

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
    if (!revoke) return null;
    return (
      <RevokeStatus
        ref={ref}
        slotPrefix="members-list"
        state={revoke.state}
        nameOf={nameOf}
        onRetry={revoke.state.failed.some(({ error }) => error.retryable) ? () => revoke.retry() : undefined}
        id={`${id}-revoke-status`}
        {...props}
        className={cx(className)}
      />
    );
  },
);
