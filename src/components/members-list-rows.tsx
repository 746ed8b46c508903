'use client';
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, type Ref } from 'react';
import type { ActiveMember, OrganizationMember } from '../core/types';
import { useMessages } from '../messages/context';
import { cx } from './internal/cx';
import { useMembersListContext } from './members-list-context';
import { MembersListRevokeButton, MembersListRow, MembersListSelectCheckbox } from './members-list-row';
import type { MemberEntry } from './use-member-filter';
import { VirtualMembersList } from './virtual-members-list';

/** What a `renderMember` function gets besides the member. */
export interface RenderMemberContext {
  /** The name `resolveMember` gave, else the directory's name or email, else the member id. */
  name: string;
  /**
   * What the members search returned (email, status): `null` when it did not return the member, `undefined`
   * while not known (loading, failed, no provider, or `resolveMember` given). `MemberStatus` shows it.
   */
  profile: OrganizationMember | null | undefined;
  /** Opens the member's scopes dialog; focus comes back to whatever had it when the dialog closes. */
  open: () => void;
}

/** Props of {@link MembersListRows}. */
export interface MembersListRowsProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** Custom content for a row (inside its `li`); call `open()` to show the member's scopes. */
  renderMember?: (member: ActiveMember, context: RenderMemberContext) => ReactNode;
  /**
   * The height of the scrolling box of a virtualized list (a CSS length or pixels); a plain list is as tall
   * as its rows. The default reads the `--rca-members-list-max-height` token.
   * @default 'var(--rca-members-list-max-height, 24rem)'
   */
  maxHeight?: string | number;
  /** How many scope chips a row shows before "+N more". @default 3 */
  maxScopes?: number;
}

/**
 * The members the search and filter leave, one `li` each: by default a button named after the member that
 * opens their dialog, their email and id beside a known name, their status when not active ("Deleted",
 * "Invited", "Pending", "Not found"), and the first scopes; with the root's `canRevoke`, a selection
 * checkbox first ("Select Ada") and a "Revoke access" button (named "Revoke access for Ada"), around custom
 * rows too. Renders the list (`ul`), or when the root virtualizes, the named, focusable scrolling box
 * (`section`) around it; `ref`, `className` and other props go to that outer element. Nothing when no member
 * is left. The plain list is named by {@link MembersListHeading}.
 *
 * @example
 * <MembersListRows
 *   maxScopes={2}
 *   renderMember={(member, { name, open }) => <button type="button" onClick={open}>{name}</button>}
 * />
 */
export const MembersListRows = forwardRef<HTMLElement, MembersListRowsProps>(function MembersListRows(
  { renderMember, maxHeight = 'var(--rca-members-list-max-height, 24rem)', maxScopes = 3, className, ...props },
  ref,
) {
  const { id, filtered, virtualized, open, revoke } = useMembersListContext('MembersListRows');
  const { heading } = useMessages().membersList;
  if (filtered.length === 0) return null;

  const renderRow = (entry: MemberEntry) => {
    const onOpen = () => open(entry);
    const { memberId } = entry.member;
    const name = entry.name ?? memberId;
    // With `canRevoke`, every row (a custom one too) gets its checkbox first and its revoke button.
    const action = revoke && <MembersListRevokeButton memberId={memberId} name={name} />;
    return (
      <>
        {revoke && <MembersListSelectCheckbox memberId={memberId} name={name} />}
        {renderMember ? (
          <>
            {renderMember(entry.member, { name, profile: entry.profile, open: onOpen })}
            {action}
          </>
        ) : (
          <MembersListRow entry={entry} onOpen={onOpen} maxScopes={maxScopes}>
            {action}
          </MembersListRow>
        )}
      </>
    );
  };

  if (virtualized) {
    return (
      <VirtualMembersList
        ref={ref}
        entries={filtered}
        renderRow={renderRow}
        label={heading}
        maxHeight={maxHeight}
        {...props}
        className={cx(className)}
      />
    );
  }
  return (
    <ul
      // The outer element is a `ul` here, a `section` when virtualized: the ref is typed for either.
      ref={ref as Ref<HTMLUListElement>}
      // biome-ignore lint/a11y/noRedundantRoles: keeps list semantics in Safari when styled without bullets
      role="list"
      aria-labelledby={`${id}-heading`}
      data-slot="members-list-items"
      {...props}
      className={cx(className)}
    >
      {filtered.map((entry) => (
        <li key={entry.member.memberId} data-slot="members-list-item">
          {renderRow(entry)}
        </li>
      ))}
    </ul>
  );
});
