import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useCallback, useId, useState } from 'react';
import type { ActiveMember } from '../core/types';
import { useMessages } from '../messages/context';
import { formatPlural } from '../messages/format';
import type { ConnectedAppsMessages, DeepPartial } from '../messages/types';
import { ActiveMembersListRow } from './active-members-list-row';
import { cx } from './internal/cx';
import { Heading, type HeadingLevel } from './internal/heading';
import { MemberScopesDialog } from './member-scopes-dialog';
import { MembersListToolbar } from './members-list-toolbar';
import { type MemberEntry, useMemberFilter } from './use-member-filter';
import { VirtualMembersList } from './virtual-members-list';

/** What {@link ActiveMembersListProps.renderMember} gets besides the member. */
export interface RenderMemberContext {
  /** The name `resolveMember` gave, or the member id. */
  name: string;
  /** Opens the member's scopes dialog; focus comes back to whatever had it when the dialog closes. */
  open: () => void;
}

/** Props of {@link ActiveMembersList}. */
export interface ActiveMembersListProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The members who have the app installed. */
  members: readonly ActiveMember[];
  /** A readable name for a member id (from your directory); also searched. Keep it stable (`useCallback`). */
  resolveMember?: (memberId: string) => string | undefined;
  /** Custom content for a row (inside its `li`); call `open()` to show the member's scopes. */
  renderMember?: (member: ActiveMember, context: RenderMemberContext) => ReactNode;
  /** Above this many members only the rows in view are rendered. @default 100 */
  virtualizeAbove?: number;
  /**
   * The height of the scrolling box of a virtualized list (a CSS length or pixels); a plain list is as tall
   * as its rows. The default reads the `--rca-members-list-max-height` token.
   * @default 'var(--rca-members-list-max-height, 24rem)'
   */
  maxHeight?: string | number;
  /** How many scope chips a row shows before "+N more". @default 3 */
  maxScopes?: number;
  /** The level of the "Active members" heading, to fit your page's outline. @default 2 */
  headingLevel?: HeadingLevel;
  /** Strings for this component only, on top of the provider's. */
  messages?: DeepPartial<ConnectedAppsMessages>;
}

/**
 * The members who installed a Connected App and the scopes each granted, with search (by id or resolved
 * name) and a scope filter. Activating a member opens {@link MemberScopesDialog}. Long lists are
 * virtualized, so 10,000 members mount and scroll smoothly.
 *
 * @example
 * <ActiveMembersList members={app.activeMembers} resolveMember={(id) => directory.get(id)?.name} />
 */
export const ActiveMembersList = forwardRef<HTMLDivElement, ActiveMembersListProps>(function ActiveMembersList(
  {
    members,
    resolveMember,
    renderMember,
    virtualizeAbove = 100,
    maxHeight = 'var(--rca-members-list-max-height, 24rem)',
    maxScopes = 3,
    headingLevel = 2,
    messages: override,
    className,
    ...props
  },
  ref,
) {
  const messages = useMessages(override);
  const { heading, count, empty, noMatches, shown } = messages.membersList;
  const headingId = useId();
  const [query, setQuery] = useState('');
  const [scope, setScope] = useState('');
  const { filtered, scopes, activeScope } = useMemberFilter(members, resolveMember, query, scope);
  const [selected, setSelected] = useState<MemberEntry | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);

  const renderRow = useCallback(
    (entry: MemberEntry) => {
      const open = () => {
        setSelected(entry);
        setDialogOpen(true);
      };
      if (renderMember) return renderMember(entry.member, { name: entry.name ?? entry.member.memberId, open });
      return (
        <ActiveMembersListRow
          entry={entry}
          onOpen={open}
          maxScopes={maxScopes}
          messages={messages}
          override={override}
        />
      );
    },
    [renderMember, maxScopes, messages, override],
  );

  const status = members.length === 0 ? 'empty' : filtered.length === 0 ? 'no-matches' : 'list';
  const virtualized = members.length > virtualizeAbove;

  let body: ReactNode;
  if (status === 'no-matches') {
    body = <p data-slot="members-list-no-matches">{noMatches}</p>;
  } else if (virtualized) {
    body = <VirtualMembersList entries={filtered} renderRow={renderRow} label={heading} maxHeight={maxHeight} />;
  } else {
    body = (
      // biome-ignore lint/a11y/noRedundantRoles: keeps list semantics in Safari when styled without bullets
      <ul role="list" aria-labelledby={headingId} data-slot="members-list-items" data-virtualized="false">
        {filtered.map((entry) => (
          <li key={entry.member.memberId} data-slot="members-list-item">
            {renderRow(entry)}
          </li>
        ))}
      </ul>
    );
  }

  return (
    <div
      ref={ref}
      data-slot="active-members-list"
      data-status={status}
      data-virtualized={String(virtualized)}
      {...props}
      className={cx(className)}
    >
      <div data-slot="members-list-header">
        <Heading level={headingLevel} id={headingId} data-slot="members-list-heading">
          {heading}
        </Heading>
        <p data-slot="members-list-count">{formatPlural(count, members.length, messages.locale)}</p>
      </div>
      {status === 'empty' ? (
        <p data-slot="members-list-empty">{empty}</p>
      ) : (
        <>
          <MembersListToolbar
            query={query}
            onQueryChange={setQuery}
            scope={activeScope}
            onScopeChange={setScope}
            scopes={scopes}
            messages={messages}
          />
          <p role="status" aria-live="polite" data-slot="members-list-status">
            {formatPlural(shown, filtered.length, messages.locale)}
          </p>
          {body}
        </>
      )}
      <MemberScopesDialog
        member={selected?.member ?? null}
        memberName={selected?.name}
        open={dialogOpen}
        onOpenChange={setDialogOpen}
        messages={override}
      />
    </div>
  );
});
