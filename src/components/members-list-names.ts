'use client';
import { useMemo, useSyncExternalStore } from 'react';
import type { ActiveMember, OrganizationMember } from '../core/types';
import { type MembersState, useMemberDirectory } from '../react/use-members';
import { isPromiseLike } from './internal/is-promise-like';

/** A readable name for a member id, from your own directory: now, later (a promise), or `undefined`. */
export type ResolveMember = (memberId: string) => string | undefined | PromiseLike<string | undefined>;

/** Who a member is, as the list shows it. */
export interface MemberIdentity {
  /** The name `resolveMember` gives, else the directory's name, else its email; `undefined`: show the id. */
  name: string | undefined;
  /** What the members search returned; `null`: not found; `undefined`: not known (idle, loading, failed). */
  profile: OrganizationMember | null | undefined;
}

interface NameCache {
  /** Settled answers of an async `resolveMember` (`undefined` for a rejected one: the id is shown). */
  names: Map<string, string | undefined>;
  pending: Set<string>;
  version: number;
  listeners: Set<() => void>;
  flush: boolean;
}

// Per function, so every list given the same `resolveMember` asks it once per id.
const caches = new WeakMap<ResolveMember, NameCache>();

function cacheOf(resolve: ResolveMember): NameCache {
  let cache = caches.get(resolve);
  if (cache === undefined) {
    cache = { names: new Map(), pending: new Set(), version: 0, listeners: new Set(), flush: false };
    caches.set(resolve, cache);
  }
  return cache;
}

/** Stores an async answer; the answers settling in one task cause one render. */
function settle(cache: NameCache, memberId: string, name: unknown) {
  cache.pending.delete(memberId);
  cache.names.set(memberId, typeof name === 'string' && name.trim() !== '' ? name : undefined);
  if (cache.flush) return;
  cache.flush = true;
  queueMicrotask(() => {
    cache.flush = false;
    cache.version += 1;
    for (const listener of [...cache.listeners]) listener();
  });
}

const NO_CACHE = { subscribe: () => () => undefined, version: () => 0 };

/**
 * Who each member is: with `resolveMember`, its answers (an async one cached per id; a rejected one leaves
 * the id); without, the members search (`useMemberDirectory`, one batched request for every id, or idle
 * without a provider or an organization).
 */
export function useMemberIdentities(
  members: readonly ActiveMember[],
  resolveMember: ResolveMember | undefined,
  organizationId: string | null | undefined,
): { identify: (memberId: string) => MemberIdentity; lookup: MembersState } {
  const ids = useMemo(() => members.map((member) => member.memberId), [members]);
  const lookup = useMemberDirectory(resolveMember ? null : organizationId, ids);
  const cache = resolveMember ? cacheOf(resolveMember) : undefined;
  const store = useMemo(
    () =>
      cache
        ? {
            subscribe: (listener: () => void) => {
              cache.listeners.add(listener);
              return () => cache.listeners.delete(listener);
            },
            version: () => cache.version,
          }
        : NO_CACHE,
    [cache],
  );
  const version = useSyncExternalStore(store.subscribe, store.version, store.version);
  const directory = lookup.members;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` changes whenever an async name settles.
  const identify = useMemo(() => {
    if (!resolveMember || !cache) {
      return (memberId: string): MemberIdentity => {
        const profile = directory.get(memberId);
        return { name: profile?.name.trim() || profile?.emailAddress.trim() || undefined, profile };
      };
    }
    return (memberId: string): MemberIdentity => {
      if (cache.names.has(memberId)) return { name: cache.names.get(memberId), profile: undefined };
      if (cache.pending.has(memberId)) return { name: undefined, profile: undefined };
      const name: unknown = resolveMember(memberId);
      if (isPromiseLike(name)) {
        cache.pending.add(memberId);
        name.then(
          (settled) => settle(cache, memberId, settled),
          () => settle(cache, memberId, undefined),
        );
        return { name: undefined, profile: undefined };
      }
      return { name: typeof name === 'string' && name.trim() !== '' ? name : undefined, profile: undefined };
    };
  }, [resolveMember, cache, directory, version]);

  return { identify, lookup };
}
