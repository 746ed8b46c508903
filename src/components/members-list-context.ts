'use client';
import { createContext, useContext } from 'react';
import type { ActiveMember } from '../core/types';
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
}

export const MembersListContext = createContext<MembersListContextValue | null>(null);
MembersListContext.displayName = 'MembersListContext';

/** The root's state; throws a clear error when `part` is rendered outside a `MembersListRoot`. */
export function useMembersListContext(part: string): MembersListContextValue {
  const value = useContext(MembersListContext);
  if (value === null) throw new Error(`\`${part}\` must be used within \`MembersListRoot\``);
  return value;
}
