'use client';
import { createContext, useContext } from 'react';
import type { ActiveMember } from '../core/types';
import type { MembersState } from '../react/use-members';
import type { RevokeConnectedAppState } from '../react/use-revoke-connected-app';
import type { MemberIdentity } from './members-list-names';
import type { MemberEntry } from './use-member-filter';

/** What `MembersListRoot` shares with its parts. */
export interface MembersListContextValue {
  /** Prefix of the ids that tie the heading, labels and controls together. */
  id: string;
  members: readonly ActiveMember[];
  /** The members the search and the scope filter leave, in order. */
  filtered: readonly MemberEntry[];
  /** Every scope some member granted, in display order. */
  scopes: readonly string[];
  query: string;
  setQuery: (query: string) => void;
  /** The selected scope; `''` for all. */
  scope: string;
  setScope: (scope: string) => void;
  /** `empty`: nobody installed the app; `no-matches`: the search and filter leave nobody. */
  status: 'empty' | 'no-matches' | 'list';
  /** Whether only the rows in view are rendered. */
  virtualized: boolean;
  /** Opens a member's scopes dialog; focus goes back to what had it when the dialog closes. */
  open: (entry: MemberEntry) => void;
  /** A member's name as shown: what `resolveMember` gives, or the directory's name or email, or the id. */
  nameOf: (memberId: string) => string;
  /** Who a member is: the name shown and what the members search returned. */
  identify: (memberId: string) => MemberIdentity;
  /** The members search behind the names: `idle` with `resolveMember`, without a provider or `organizationId`. */
  lookup: MembersState;
  /** The app's id, for the export's file name; `null` when not given. */
  connectedAppId: string | null;
  /** Selection and revoking; `null` unless the root has `canRevoke` and both ids. */
  revoke: MembersListRevokeValue | null;
}

/** What the revoke parts share (`MembersListRoot` with `canRevoke`). */
export interface MembersListRevokeValue {
  /** The selected member ids. Kept in the root, so a row scrolled out of view or filtered out stays selected. */
  selected: ReadonlySet<string>;
  /** The selected members still listed, in list order: what "Revoke selected" revokes. */
  selectedIds: readonly string[];
  /** Selects (`true`) or unselects these members. */
  select: (memberIds: readonly string[], selected: boolean) => void;
  /** The revoke hook's state (status, progress, members in flight, outcomes, failures) of the current or last run. */
  state: Pick<RevokeConnectedAppState, 'status' | 'progress' | 'pending' | 'outcomes' | 'failed'>;
  /** Opens the confirmation dialog for these members; `trigger` gets focus back if it is cancelled. */
  ask: (memberIds: readonly string[], trigger: HTMLElement | null) => void;
  /** Revokes again, without asking, the failed members a retry can help. */
  retry: () => void;
}

export const MembersListContext = createContext<MembersListContextValue | null>(null);
MembersListContext.displayName = 'MembersListContext';

/** The root's state; throws a clear error when `part` is rendered outside a `MembersListRoot`. */
export function useMembersListContext(part: string): MembersListContextValue {
  const value = useContext(MembersListContext);
  if (value === null) throw new Error(`\`${part}\` must be used within \`MembersListRoot\``);
  return value;
}
