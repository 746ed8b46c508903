import { type ConnectedAppError, toConnectedAppError } from '../core/error';
import { type ConnectedAppTransport, callTransport } from '../core/transport';
import type { OrganizationMember } from '../core/types';

/** What the directory knows of one member: found, not found (`null`), or failed to load. */
type Entry = { member: OrganizationMember | null } | { error: ConnectedAppError } | { loading: true };

/** The most ids one members search takes: Stytch's page size. */
export const MEMBERS_PER_SEARCH = 1000;

/**
 * Members looked up by id, per organization and per SWR cache: one batched search for all the ids a view
 * shows (over 1,000: one search per 1,000), each member kept, so another view of the same members asks
 * nothing again. React reads it through `useSyncExternalStore`.
 */
export interface MembersDirectory {
  /** Searches for the ids not known yet (or failed, when `retry`), in batches of 1,000. */
  load(transport: ConnectedAppTransport, organizationId: string, memberIds: readonly string[], retry?: boolean): void;
  /** What is known of an organization's members, by id. */
  entries(organizationId: string): ReadonlyMap<string, Entry>;
  /** Changes whenever any entry does: the snapshot `useSyncExternalStore` compares. */
  version(): number;
  subscribe(listener: () => void): () => void;
}

const NO_ENTRIES: ReadonlyMap<string, Entry> = new Map();

function createMembersDirectory(): MembersDirectory {
  // Per organization, then per member id: a lookup builds no key string (100,000 of them on every render).
  const organizations = new Map<string, Map<string, Entry>>();
  const listeners = new Set<() => void>();
  let version = 0;
  const entriesOf = (organizationId: string) => {
    let entries = organizations.get(organizationId);
    if (entries === undefined) {
      entries = new Map();
      organizations.set(organizationId, entries);
    }
    return entries;
  };
  let notifying = false;
  /** A new version, and one notification for the changes that land together (each makes views rebuild). */
  const changed = () => {
    version += 1;
    if (notifying) return;
    notifying = true;
    queueMicrotask(() => {
      notifying = false;
      for (const listener of [...listeners]) listener();
    });
  };
  const set = (organizationId: string, memberIds: readonly string[], entry: (memberId: string) => Entry) => {
    const entries = entriesOf(organizationId);
    for (const memberId of memberIds) entries.set(memberId, entry(memberId));
    changed();
  };

  async function search(transport: ConnectedAppTransport, organizationId: string, memberIds: string[]) {
    const found = new Map<string, OrganizationMember>();
    let cursor: string | undefined;
    do {
      const page = await callTransport(transport, 'searchMembers', { organizationId, memberIds, cursor });
      for (const member of page.members) found.set(member.memberId, member);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return found;
  }

  return {
    load(transport, organizationId, memberIds, retry = false) {
      const entries = entriesOf(organizationId);
      const loading: Entry = { loading: true };
      const wanted: string[] = [];
      for (const memberId of memberIds) {
        const entry = entries.get(memberId);
        if (entry !== undefined && !(retry && 'error' in entry)) continue;
        // Marked at once, so an id listed twice is searched once.
        entries.set(memberId, loading);
        wanted.push(memberId);
      }
      if (wanted.length === 0) return;
      changed();
      for (let start = 0; start < wanted.length; start += MEMBERS_PER_SEARCH) {
        const batch = wanted.slice(start, start + MEMBERS_PER_SEARCH);
        search(transport, organizationId, batch).then(
          (found) => set(organizationId, batch, (memberId) => ({ member: found.get(memberId) ?? null })),
          (error: unknown) => {
            const failure = toConnectedAppError(error);
            set(organizationId, batch, () => ({ error: failure }));
          },
        );
      }
    },
    entries: (organizationId) => organizations.get(organizationId) ?? NO_ENTRIES,
    version: () => version,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const directories = new WeakMap<object, MembersDirectory>();

/** The directory of one SWR cache (each `SWRConfig` provider, as each test, has its own). */
export function membersDirectoryFor(cache: object): MembersDirectory {
  let directory = directories.get(cache);
  if (directory === undefined) {
    directory = createMembersDirectory();
    directories.set(cache, directory);
  }
  return directory;
}
