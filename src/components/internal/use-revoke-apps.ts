'use client';
import { useRef, useState } from 'react';
import type { ConnectedAppError } from '../../core/error';
import type { MemberConnectedApp } from '../../core/types';
import { formatMessage, formatPlural } from '../../messages/format';
import type { ConnectedAppsMessages } from '../../messages/types';
import { useRevokeConnectedApp } from '../../react/use-revoke-connected-app';

/** One app whose revoke failed, and why. */
export interface RevokeFailure {
  app: MemberConnectedApp;
  error: ConnectedAppError;
}

/** A run of revokes of one member's apps. */
export interface RevokeAppsRun {
  id: number;
  /** Whose apps: a run never shows under another member. */
  key: string;
  status: 'pending' | 'done';
  apps: readonly MemberConnectedApp[];
  done: number;
  /** The app being revoked now. */
  current?: string;
  failures: RevokeFailure[];
}

/**
 * Revokes a member's access to apps, one call per app in turn (a 429's wait then holds the next one too),
 * with the progress and failures of the last run. Failures `carried` over (a retry of the others) stay listed.
 */
export function useRevokeApps(orgId: string | null | undefined, memberId: string | null | undefined) {
  const { revoke } = useRevokeConnectedApp();
  const runs = useRef(0);
  const [last, setRun] = useState<RevokeAppsRun | null>(null);
  const key = JSON.stringify([orgId, memberId]);
  const run = last?.key === key ? last : null;

  const start = async (apps: readonly MemberConnectedApp[], carried: RevokeFailure[] = []) => {
    if (!orgId || !memberId) return;
    const id = ++runs.current;
    const update = (change: (run: RevokeAppsRun) => RevokeAppsRun) =>
      setRun((current) => (current?.id === id ? change(current) : current));
    setRun({ id, key, status: 'pending', apps, done: 0, failures: [] });
    const failures = [...carried];
    for (const app of apps) {
      update((current) => ({ ...current, current: app.connectedAppId }));
      const [outcome] = await revoke({
        organizationId: orgId,
        connectedAppId: app.connectedAppId,
        memberIds: [memberId],
      });
      if (outcome?.status === 'failed') failures.push({ app, error: outcome.error });
      update((current) => ({ ...current, done: current.done + 1 }));
    }
    update((current) => ({ ...current, status: 'done', current: undefined, failures }));
  };

  return { run, start, dismiss: () => setRun(null) };
}

/** What the polite status says of a run: "Revoking 2 of 5…", then "Access to 4 apps revoked." */
export function describeRevokeRun(run: RevokeAppsRun | null, { memberApps: copy, locale }: ConnectedAppsMessages) {
  if (run === null) return '';
  const one = run.apps.length === 1 ? run.apps[0] : undefined;
  if (run.status === 'pending') {
    if (one) return formatMessage(copy.revoking, { app: one.name });
    const done = Math.min(run.done + 1, run.apps.length);
    return formatMessage(copy.progress, {
      done: done.toLocaleString(locale),
      total: run.apps.length.toLocaleString(locale),
    });
  }
  const revoked = run.apps.length - run.failures.filter((failure) => run.apps.includes(failure.app)).length;
  if (revoked === 0) return '';
  return one ? formatMessage(copy.revoked, { app: one.name }) : formatPlural(copy.revokedAll, revoked, locale);
}
