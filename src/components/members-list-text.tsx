'use client';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { useMessages } from '../messages/context';
import { formatPlural } from '../messages/format';
import { cx } from './internal/cx';
import { Heading, type HeadingLevel } from './internal/heading';
import { useMembersListContext } from './members-list-context';

/** Props of the parts that show one sentence from `messages.membersList`: those of their `p`. */
export type MembersListTextProps = Omit<ComponentPropsWithoutRef<'p'>, 'children'>;

/** Props of {@link MembersListHeading}. */
export interface MembersListHeadingProps extends Omit<ComponentPropsWithoutRef<'h2'>, 'children'> {
  /** The heading's level, to fit your page's outline. @default 2 */
  level?: HeadingLevel;
}

/**
 * The "Active members" heading. It names the plain list of rows (through its generated `id`): keep one in
 * every members list.
 *
 * @example
 * <MembersListHeading level={3} />
 */
export const MembersListHeading = forwardRef<HTMLHeadingElement, MembersListHeadingProps>(function MembersListHeading(
  { level = 2, className, ...props },
  ref,
) {
  const { id } = useMembersListContext('MembersListHeading');
  const { heading } = useMessages().membersList;
  return (
    <Heading
      ref={ref}
      level={level}
      id={`${id}-heading`}
      data-slot="members-list-heading"
      // Focusable by script only: focus comes here when a revoked member's row, the last one, goes away.
      tabIndex={-1}
      {...props}
      className={cx(className)}
    >
      {heading}
    </Heading>
  );
});

/**
 * How many members have the app installed ("3 members"), whatever the search and filter.
 *
 * @example
 * <aside><MembersListCount /><MembersListScopeFilter /></aside>
 */
export const MembersListCount = forwardRef<HTMLParagraphElement, MembersListTextProps>(function MembersListCount(
  { className, ...props },
  ref,
) {
  const { members } = useMembersListContext('MembersListCount');
  const { membersList, locale } = useMessages();
  return (
    <p ref={ref} data-slot="members-list-count" {...props} className={cx(className)}>
      {formatPlural(membersList.count, members.length, locale)}
    </p>
  );
});

/**
 * How many members the search and filter leave ("Showing 2 members"), in a polite live region so screen
 * readers hear it as the reader types. Nothing while nobody has the app installed.
 *
 * @example
 * <MembersListSearch /><MembersListStatus />
 */
export const MembersListStatus = forwardRef<HTMLParagraphElement, MembersListTextProps>(function MembersListStatus(
  { className, ...props },
  ref,
) {
  const { filtered, status } = useMembersListContext('MembersListStatus');
  const { membersList, locale } = useMessages();
  if (status === 'empty') return null;
  return (
    <p ref={ref} role="status" aria-live="polite" data-slot="members-list-status" {...props} className={cx(className)}>
      {formatPlural(membersList.shown, filtered.length, locale)}
    </p>
  );
});

/**
 * What shows in place of the rows when there are none: "No member has installed this app."
 * (`data-slot="members-list-empty"`) or, when the search and filter leave nobody, "No member matches your
 * search." (`data-slot="members-list-no-matches"`). Nothing while there are rows.
 *
 * @example
 * <MembersListEmpty /><MembersListRows />
 */
export const MembersListEmpty = forwardRef<HTMLParagraphElement, MembersListTextProps>(function MembersListEmpty(
  { className, ...props },
  ref,
) {
  const { status } = useMembersListContext('MembersListEmpty');
  const { empty, noMatches } = useMessages().membersList;
  if (status === 'list') return null;
  return (
    <p
      ref={ref}
      data-slot={status === 'empty' ? 'members-list-empty' : 'members-list-no-matches'}
      {...props}
      className={cx(className)}
    >
      {status === 'empty' ? empty : noMatches}
    </p>
  );
});

/** Props of {@link MembersListNamesNotice}: those of its `div`. */
export type MembersListNamesNoticeProps = Omit<ComponentPropsWithoutRef<'div'>, 'children'>;

/**
 * When the members search failed (a 401 without a session, a 403, the network...), a polite "Couldn't load
 * names" with a Retry button; the list keeps showing ids meanwhile. Nothing otherwise.
 *
 * @example
 * <MembersListHeading /><MembersListNamesNotice /><MembersListRows />
 */
export const MembersListNamesNotice = forwardRef<HTMLDivElement, MembersListNamesNoticeProps>(
  function MembersListNamesNotice({ className, ...props }, ref) {
    const { id, lookup } = useMembersListContext('MembersListNamesNotice');
    const { people } = useMessages();
    if (lookup.status !== 'error') return null;
    return (
      <div ref={ref} data-slot="members-list-names-notice" {...props} className={cx(className)}>
        <p role="status">{people.lookupFailed}</p>
        <button
          type="button"
          data-slot="members-list-names-retry"
          onClick={() => {
            // This notice goes away while the search runs again: focus waits on the list's heading.
            document.getElementById(`${id}-heading`)?.focus();
            lookup.retry();
          }}
        >
          {people.retry}
        </button>
      </div>
    );
  },
);
