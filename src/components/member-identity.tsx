'use client';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { OrganizationMember } from '../core/types';
import { useMessages } from '../messages/context';
import { cx } from './internal/cx';

/** Props of {@link MemberStatus}. */
export interface MemberStatusProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** What the members search returned for the member: `null` when it did not return them. */
  profile: OrganizationMember | null | undefined;
}

/**
 * A member's status in words, when it needs a second look: "Deleted", "Invited", "Pending" (a status this
 * version does not know is shown as Stytch sends it), or "Not found" when the members search did not return
 * the member. Nothing for an active member, or one not looked up (yet). `data-status` holds the status as
 * sent (`not_found` for a member not found).
 *
 * @example
 * renderMember={(member, { name, profile }) => <>{name} <MemberStatus profile={profile} /></>}
 */
export const MemberStatus = forwardRef<HTMLSpanElement, MemberStatusProps>(function MemberStatus(
  { profile, className, ...props },
  ref,
) {
  const { people } = useMessages();
  const status = profile === null ? 'not_found' : (profile?.status.trim() ?? '');
  if (status === '' || status === 'active') return null;
  const { statuses } = people;
  const label =
    profile === null
      ? people.notFound
      : Object.hasOwn(statuses, status)
        ? (statuses as Record<string, string>)[status]
        : status;
  return (
    <span ref={ref} data-slot="member-status" data-status={status} {...props} className={cx(className)}>
      {label}
    </span>
  );
});
