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
  entry(organizationId: string, memberId: string): Entry | undefined;
  /** Changes whenever any entry does: the snapshot `useSyncExternalStore` compares. */
  version(): number;
  subscribe(listener: () => void): () => void;
}

function createMembersDirectory(): MembersDirectory {
  const entries = new Map<string, Entry>();
  const listeners = new Set<() => void>();
  let version = 0;
  const keyOf = (organizationId: string, memberId: string) => `${organizationId}\n${memberId}`;
  let notifying = false;
  const set = (organizationId: string, memberIds: readonly string[], entry: (memberId: string) => Entry) => {
    for (const memberId of memberIds) entries.set(keyOf(organizationId, memberId), entry(memberId));
    version += 1;
    // One notification for the batches that land together: each one makes every view rebuild its names.
    if (notifying) return;
    notifying = true;
    queueMicrotask(() => {
      notifying = false;
      for (const listener of [...listeners]) listener();
    });
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
      const wanted = [...new Set(memberIds)].filter((memberId) => {
        const entry = entries.get(keyOf(organizationId, memberId));
        return entry === undefined || (retry && 'error' in entry);
      });
      if (wanted.length === 0) return;
      set(organizationId, wanted, () => ({ loading: true }));
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
    entry: (organizationId, memberId) => entries.get(keyOf(organizationId, memberId)),
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
