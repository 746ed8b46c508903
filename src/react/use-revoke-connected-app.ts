'use client';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useSWRConfig } from 'swr';
import type { ConnectedApp, MemberConnectedApp, OrganizationConnectedApp } from '../core/types';
import { connectedAppKey, connectedAppsKey, memberConnectedAppsKey } from './connected-app-key';
import { useConnectedAppsContext } from './context';
import { requestTrackerFor } from './request-tracker';
import { type RevokeOutcome, type RevokeRunOptions, type RevokeTarget, runRevokes } from './revoke-run';

/** What {@link useRevokeConnectedApp} returns. */
export interface RevokeConnectedAppState {
  /** `pending` while a revoke runs; `done` once one has ended (see `outcomes`); `idle` before or after `reset`. */
  status: 'idle' | 'pending' | 'done';
  /** Members whose revoke has ended, of all asked for in the current (or last) run. */
  progress: { done: number; total: number };
  /** Members being revoked right now. */
  pending: readonly string[];
  /** How each member's revoke ended, in the order asked for; empty while the run is pending. */
  outcomes: readonly RevokeOutcome[];
  /** The failed ones of `outcomes`: still granted, still listed, ready to be retried. */
  failed: ReadonlyArray<Extract<RevokeOutcome, { status: 'failed' }>>;
  /**
   * Revokes the members' access, one call per member, at most `concurrency` at a time, honouring a 429's
   * `Retry-After`. A member already being revoked (a double click, another view) is not sent twice. Each
   * member revoked (or already gone: 404) leaves every cached view at once: the app's members, the member's
   * apps, and the organization's apps when the app's last member went. Never rejects: failures are outcomes.
   */
  revoke: (target: RevokeTarget) => Promise<RevokeOutcome[]>;
  /** Forgets the last run's outcomes. */
  reset: () => void;
}

interface RunState {
  status: RevokeConnectedAppState['status'];
  done: number;
  total: number;
  pending: string[];
  outcomes: RevokeOutcome[];
}

const IDLE: RunState = { status: 'idle', done: 0, total: 0, pending: [], outcomes: [] };

function revokeKey(organizationId: string, connectedAppId: string, memberId: string): string {
  return `react-connected-apps/revoke/${[organizationId, connectedAppId, memberId].map(encodeURIComponent).join('/')}`;
}

/**
 * Revokes Members' access to a Connected App, one or many (Stytch's revoke: every token the app holds for
 * the member stops working and they must consent again; they are not blocked from authorizing it again).
 *
 * @example
 * const { revoke, progress, failed } = useRevokeConnectedApp()
 * await revoke({ organizationId, connectedAppId, memberIds: selected })
 */
export function useRevokeConnectedApp(options: RevokeRunOptions = {}): RevokeConnectedAppState {
  const { transport } = useConnectedAppsContext('useRevokeConnectedApp');
  const { cache, mutate } = useSWRConfig();
  const tracker = requestTrackerFor(cache);
  const [run, setRun] = useState<RunState>(IDLE);
  const runs = useRef(0);
  const { concurrency, maxRateLimitRetries } = options;

  /** Takes a revoked member out of every cached view of the organization, without a request. */
  const forget = useCallback(
    async (organizationId: string, connectedAppId: string, memberId: string) => {
      let remaining: number | undefined;
      await mutate<ConnectedApp>(
        connectedAppKey(organizationId, connectedAppId),
        (app) => {
          if (!app) return app;
          const activeMembers = app.activeMembers.filter((member) => member.memberId !== memberId);
          remaining = activeMembers.length;
          return { ...app, activeMembers };
        },
        { revalidate: false },
      );
      await mutate<MemberConnectedApp[]>(
        memberConnectedAppsKey(organizationId, memberId),
        (apps) => apps?.filter((app) => app.connectedAppId !== connectedAppId),
        { revalidate: false },
      );
      // An app nobody has installed any more leaves the organization's list; when the app's members are not
      // cached, the list is asked for again instead.
      const appsKey = connectedAppsKey(organizationId);
      if (remaining === 0) {
        await mutate<OrganizationConnectedApp[]>(
          appsKey,
          (apps) => apps?.filter((app) => app.connectedAppId !== connectedAppId),
          { revalidate: false },
        );
      } else if (remaining === undefined) {
        await mutate(appsKey);
      }
    },
    [mutate],
  );

  const revoke = useCallback(
    async (target: RevokeTarget): Promise<RevokeOutcome[]> => {
      const id = ++runs.current;
      const memberIds = [...new Set(target.memberIds)];
      const update = (change: (state: RunState) => RunState) => {
        if (runs.current === id) setRun(change);
      };
      update(() => ({ status: 'pending', done: 0, total: memberIds.length, pending: [], outcomes: [] }));
      const outcomes = await runRevokes(
        transport,
        { ...target, memberIds },
        (memberId, send) => {
          const key = revokeKey(target.organizationId, target.connectedAppId, memberId);
          update((state) => ({ ...state, pending: [...state.pending, memberId] }));
          return tracker.inFlight(key) ?? tracker.track(key, send());
        },
        (outcome) => {
          if (outcome.status === 'revoked') {
            void forget(target.organizationId, target.connectedAppId, outcome.memberId).catch(() => undefined);
          }
          update((state) => ({
            ...state,
            done: state.done + 1,
            pending: state.pending.filter((memberId) => memberId !== outcome.memberId),
          }));
        },
        { concurrency, maxRateLimitRetries },
      );
      update((state) => ({ ...state, status: 'done', pending: [], outcomes }));
      // The cached views were changed by hand: ask the server for the truth once the run is over.
      if (outcomes.some((outcome) => outcome.status === 'revoked')) {
        void mutate(connectedAppKey(target.organizationId, target.connectedAppId)).catch(() => undefined);
      }
      return outcomes;
    },
    [transport, tracker, forget, mutate, concurrency, maxRateLimitRetries],
  );

  const reset = useCallback(() => {
    runs.current += 1;
    setRun(IDLE);
  }, []);

  return useMemo(
    () => ({
      status: run.status,
      progress: { done: run.done, total: run.total },
      pending: run.pending,
      outcomes: run.outcomes,
      failed: run.outcomes.filter(
        (outcome): outcome is Extract<RevokeOutcome, { status: 'failed' }> => outcome.status === 'failed',
      ),
      revoke,
      reset,
    }),
    [run, revoke, reset],
  );
}
