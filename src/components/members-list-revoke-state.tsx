'use client';
import { type ReactNode, useMemo, useRef, useState } from 'react';
import type { ActiveMember } from '../core/types';
import type { RevokeOutcome } from '../react/revoke-run';
import { useIsomorphicLayoutEffect } from '../react/use-isomorphic-layout-effect';
import { type RevokeConnectedAppState, useRevokeConnectedApp } from '../react/use-revoke-connected-app';
import type { MembersListRevokeValue } from './members-list-context';
import { readOpenerContext } from './opener-context';
import { RevokeDialog, type RevokeRequest } from './revoke-dialog';

const NONE: ReadonlySet<string> = new Set();
const IDLE: MembersListRevokeValue['state'] = {
  status: 'idle',
  progress: { done: 0, total: 0 },
  pending: [],
  outcomes: [],
  failed: [],
};
export const ROW = '[data-slot="members-list-item"]';

/**
 * Focus for a row that is leaving (its member was revoked): the next row's revoke button, else the previous
 * row's, else the list heading; never the page's body.
 */
export function focusRowInstead(rows: ReadonlyArray<Element | null | undefined>, headingId: string) {
  for (const row of rows) {
    const button = row?.isConnected ? row.querySelector<HTMLElement>('[data-slot="members-list-revoke"]') : null;
    if (button) return button.focus();
  }
  document.getElementById(headingId)?.focus();
}

/** The rows after `element`'s row, then those before it, nearest first: where focus goes if that row leaves. */
export function neighbourRows(element: Element | null | undefined): Element[] {
  const row = element?.closest(ROW);
  const rows: Element[] = [];
  for (let next = row?.nextElementSibling; next; next = next.nextElementSibling) rows.push(next);
  for (let previous = row?.previousElementSibling; previous; previous = previous.previousElementSibling) {
    rows.push(previous);
  }
  return rows;
}

/** Calls the revoke hook (it needs a `ConnectedAppsProvider`) only while revoking is on, and hands its state up. */
function RevokeHook({ onState }: { onState: (state: RevokeConnectedAppState | null) => void }) {
  const state = useRevokeConnectedApp();
  useIsomorphicLayoutEffect(() => onState(state), [state, onState]);
  useIsomorphicLayoutEffect(() => () => onState(null), [onState]);
  return null;
}

interface Options {
  members: readonly ActiveMember[];
  /** `canRevoke` with both ids given. */
  enabled: boolean;
  organizationId: string;
  connectedAppId: string;
  /** The root's id prefix. */
  id: string;
  nameOf: (memberId: string) => string;
  onRevoke: ((outcomes: RevokeOutcome[]) => void) | undefined;
}

/**
 * The root's revoke state: the selection (by member id, so it outlives virtualized and filtered-out rows),
 * the confirmation dialog and where focus goes after it, the run, and the members revoked here (they leave
 * the list at once, even when `members` does not come from the SWR cache the hook updates).
 */
export function useMembersListRevoke({
  members,
  enabled,
  organizationId,
  connectedAppId,
  id,
  nameOf,
  onRevoke,
}: Options): { members: readonly ActiveMember[]; value: MembersListRevokeValue | null; element: ReactNode } {
  const [revoker, setRevoker] = useState<RevokeConnectedAppState | null>(null);
  const [selected, setSelected] = useState(NONE);
  const [gone, setGone] = useState(NONE);
  const [request, setRequest] = useState<(RevokeRequest & { trigger: HTMLElement | null; rows: Element[] }) | null>(
    null,
  );
  const confirmed = useRef(false);
  const busy = useRef(false);

  // A member revoked here is hidden until `members` no longer lists them; after that, if they authorize the
  // app again and come back, they are shown.
  const shown = useMemo(
    () => (gone.size === 0 ? members : members.filter((member) => !gone.has(member.memberId))),
    [members, gone],
  );
  if (members.length - shown.length < gone.size) {
    setGone(new Set(members.flatMap(({ memberId }) => (gone.has(memberId) ? [memberId] : []))));
  }
  const selectedIds = useMemo(
    () => (selected.size === 0 ? [] : shown.filter((m) => selected.has(m.memberId)).map((m) => m.memberId)),
    [shown, selected],
  );

  const run = async (memberIds: readonly string[]) => {
    if (!revoker || busy.current) return;
    busy.current = true;
    const outcomes = await revoker.revoke({ organizationId, connectedAppId, memberIds });
    busy.current = false;
    const revoked = new Set(outcomes.flatMap((outcome) => (outcome.status === 'revoked' ? [outcome.memberId] : [])));
    setGone((before) => new Set([...before, ...revoked]));
    setSelected((before) => new Set([...before].filter((memberId) => !revoked.has(memberId))));
    onRevoke?.(outcomes);
  };

  const headingId = `${id}-heading`;
  const close = () => setRequest((open) => open && { ...open, open: false });

  const value: MembersListRevokeValue | null = enabled
    ? {
        selected,
        selectedIds,
        select: (memberIds, on) =>
          setSelected((before) => {
            const after = new Set(before);
            for (const memberId of memberIds) {
              if (on) after.add(memberId);
              else after.delete(memberId);
            }
            return after;
          }),
        state: revoker ?? IDLE,
        ask: (memberIds, trigger) => {
          if (memberIds.length === 0 || busy.current) return;
          confirmed.current = false;
          setRequest({
            memberIds,
            name: nameOf(memberIds[0] as string),
            open: true,
            opener: readOpenerContext(trigger),
            trigger,
            rows: neighbourRows(trigger),
          });
        },
        retry: () => {
          const listed = new Set(shown.map((member) => member.memberId));
          void run(
            (revoker?.failed ?? []).flatMap(({ memberId, error }) =>
              error.retryable && listed.has(memberId) ? [memberId] : [],
            ),
          );
        },
      }
    : null;

  const element = enabled && (
    <>
      <RevokeHook onState={setRevoker} />
      {request && (
        <RevokeDialog
          request={request}
          onCancel={close}
          onConfirm={() => {
            if (confirmed.current) return;
            confirmed.current = true;
            close();
            void run(request.memberIds);
          }}
          onClosed={() => {
            const { trigger, rows } = request;
            // A bulk revoke's results are told where "Revoke selected" is; a row's revoke keeps focus on the
            // row (its button says "Revoking…") until the row leaves, then on the next row.
            const target =
              confirmed.current && !trigger?.closest(ROW) ? document.getElementById(`${id}-revoke-status`) : trigger;
            if (target?.isConnected) target.focus();
            else focusRowInstead(rows, headingId);
          }}
        />
      )}
    </>
  );

  return { members: shown, value, element };
}
