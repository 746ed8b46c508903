'use client';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { ConnectedAppsMessagesProvider } from '../messages/provider';
import type { ConnectedAppsMessages, DeepPartial } from '../messages/types';
import type { HeadingLevel } from './internal/heading';
import { MembersListExport } from './members-list-export';
import { MembersListScopeFilter, MembersListSearch } from './members-list-fields';
import { MembersListRevokeSelected, MembersListRevokeStatus } from './members-list-revoke';
import { MembersListRoot, type MembersListRootProps } from './members-list-root';
import { MembersListRows, type MembersListRowsProps } from './members-list-rows';
import {
  MembersListCount,
  MembersListEmpty,
  MembersListHeading,
  MembersListNamesNotice,
  MembersListStatus,
} from './members-list-text';

/** Props of {@link ActiveMembersList}. */
export interface ActiveMembersListProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'children'>,
    Pick<
      MembersListRootProps,
      'members' | 'resolveMember' | 'virtualizeAbove' | 'canRevoke' | 'organizationId' | 'connectedAppId' | 'onRevoke'
    >,
    Pick<MembersListRowsProps, 'renderMember' | 'maxHeight' | 'maxScopes'> {
  /** The level of the "Active members" heading, to fit your page's outline. @default 2 */
  headingLevel?: HeadingLevel;
  /** Strings for this component only, on top of the provider's. */
  messages?: DeepPartial<ConnectedAppsMessages>;
}

/**
 * The members who installed a Connected App and the scopes each granted, with search (by name, email or id),
 * a scope filter and an export (CSV or JSON, every member). Names, emails and statuses come from the members
 * search when there is a provider and `organizationId` (or from `resolveMember`): ids show while they load,
 * and if the search fails, with "Couldn't load names" and a Retry. Activating a member opens
 * {@link MemberScopesDialog}. Long lists are virtualized, so 10,000 members mount and scroll smoothly. With
 * `canRevoke` (and the organization and app ids), each row gets a selection checkbox and a "Revoke access"
 * button, and "Revoke selected" revokes many, each after a confirmation. It is the `MembersList*` parts in
 * their default arrangement: compose them yourself for another layout.
 *
 * @example
 * <ActiveMembersList members={app.activeMembers} organizationId={orgId} connectedAppId={appId} />
 *
 * @example
 * <ActiveMembersList members={app.activeMembers} resolveMember={(id) => directory.get(id)?.name} />
 *
 * @example
 * <ActiveMembersList members={app.data.activeMembers} canRevoke={isAdmin} organizationId={orgId} connectedAppId={appId} />
 */
export const ActiveMembersList = forwardRef<HTMLDivElement, ActiveMembersListProps>(function ActiveMembersList(
  { renderMember, maxHeight, maxScopes, headingLevel, messages, ...props },
  ref,
) {
  return (
    <ConnectedAppsMessagesProvider messages={messages}>
      <MembersListRoot ref={ref} {...props}>
        <div data-slot="members-list-header">
          <MembersListHeading level={headingLevel} />
          <MembersListCount />
        </div>
        {props.members.length > 0 && (
          <div data-slot="members-list-toolbar">
            <MembersListSearch />
            <MembersListScopeFilter />
            <MembersListExport />
          </div>
        )}
        <MembersListNamesNotice />
        <MembersListRevokeSelected />
        <MembersListRevokeStatus />
        <MembersListStatus />
        <MembersListEmpty />
        <MembersListRows renderMember={renderMember} maxHeight={maxHeight} maxScopes={maxScopes} />
      </MembersListRoot>
    </ConnectedAppsMessagesProvider>
  );
});
