'use client';
import { useId, useMemo, useRef, useState } from 'react';
import { SCOPE_RISK_ORDER } from '../core/scope-risk';
import type { ActiveMember, ConnectedApp } from '../core/types';
import { useMessages } from '../messages/context';
import type { RevokeOutcome } from '../react/revoke-run';
import { useMemberDirectory } from '../react/use-members';
import { useRevokeConnectedApp } from '../react/use-revoke-connected-app';
import { AppScopesItem, HOLDERS_SHOWN } from './app-scopes-item';
import { RevokeStatus } from './internal/revoke-status';
import type { ScopeMeaning } from './internal/use-scope-meanings';
import { readOpenerContext } from './opener-context';
import { RevokeDialog, type RevokeRequest } from './revoke-dialog';

interface ScopeHolders {
  meaning: ScopeMeaning;
  holders: string[];
}

/** Every scope granted to the app, with who holds it: riskiest first, then the most held. */
function holdersByScope(members: readonly ActiveMember[], meaningOf: (scope: string) => ScopeMeaning): ScopeHolders[] {
  const byScope = new Map<string, string[]>();
  for (const { memberId, grantedScopes } of members) {
    for (const scope of new Set(grantedScopes)) {
      const holders = byScope.get(scope);
      if (holders) holders.push(memberId);
      else byScope.set(scope, [memberId]);
    }
  }
  const rank = ({ meaning }: ScopeHolders) => SCOPE_RISK_ORDER.indexOf(meaning.risk);
  return [...byScope]
    .map(([scope, holders]) => ({ meaning: meaningOf(scope), holders }))
    .sort(
      (a, b) =>
        rank(a) - rank(b) || b.holders.length - a.holders.length || (a.meaning.scope < b.meaning.scope ? -1 : 1),
    );
}

/** What `AppScopes` shows once the app is in. */
interface AppScopesBodyProps {
  app: ConnectedApp;
  /** The ids the hook was given: the revoke updates that cache entry, so the counts change at once. */
  ids: { organizationId: string; connectedAppId: string };
  canRevoke: boolean;
  onRevoke: ((outcomes: RevokeOutcome[]) => void) | undefined;
  meaningOf: (scope: string) => ScopeMeaning;
  headingId: string;
}

/**
 * The loaded part of `AppScopes`: the scopes, the chosen one's holders, and revoking them (the confirmation,
 * then the results in the status, where focus goes).
 */
export function AppScopesBody({ app, ids, canRevoke, onRevoke, meaningOf, headingId }: AppScopesBodyProps) {
  const { scopeMeanings: copy } = useMessages();
  const id = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  const [request, setRequest] = useState<(RevokeRequest & { trigger: HTMLElement }) | null>(null);
  const confirmed = useRef(false);
  const busy = useRef(false);
  const status = useRef<HTMLDivElement>(null);
  const revoker = useRevokeConnectedApp();
  const scopes = useMemo(() => holdersByScope(app.activeMembers, meaningOf), [app.activeMembers, meaningOf]);
  const holders = scopes.find(({ meaning }) => meaning.scope === chosen)?.holders ?? [];
  const directory = useMemberDirectory(ids.organizationId, holders.slice(0, HOLDERS_SHOWN));
  const nameOf = (memberId: string) => directory.members.get(memberId)?.name || undefined;
  const pending = revoker.status === 'pending';

  const run = async (memberIds: readonly string[]) => {
    if (busy.current || memberIds.length === 0) return;
    busy.current = true;
    const outcomes = await revoker.revoke({ ...ids, memberIds });
    busy.current = false;
    onRevoke?.(outcomes);
  };
  const active = new Set(app.activeMembers.map((member) => member.memberId));
  const retryable = revoker.failed.flatMap(({ memberId, error }) =>
    error.retryable && active.has(memberId) ? [memberId] : [],
  );

  return (
    <>
      {canRevoke && (
        <RevokeStatus
          ref={status}
          slotPrefix="app-scopes"
          state={revoker}
          nameOf={(memberId) => nameOf(memberId) ?? memberId}
          onRetry={retryable.length > 0 ? () => void run(retryable) : undefined}
        />
      )}
      {scopes.length === 0 && <p data-slot="app-scopes-empty">{copy.empty}</p>}
      {scopes.length > 0 && (
        // biome-ignore lint/a11y/noRedundantRoles: keeps list semantics in Safari when styled without bullets
        <ul role="list" aria-labelledby={headingId} data-slot="app-scopes-items">
          {scopes.map(({ meaning, holders: held }, index) => (
            <AppScopesItem
              key={meaning.scope}
              id={`${id}-${index}`}
              meaning={meaning}
              holders={held}
              open={meaning.scope === chosen}
              onToggle={() => setChosen((current) => (current === meaning.scope ? null : meaning.scope))}
              nameOf={nameOf}
              waiting={pending}
              onRevokeAll={
                canRevoke
                  ? (event) => {
                      if (pending || busy.current) return;
                      confirmed.current = false;
                      setRequest({
                        memberIds: held,
                        name: nameOf(held[0] ?? '') ?? held[0] ?? '',
                        open: true,
                        opener: readOpenerContext(event.currentTarget),
                        trigger: event.currentTarget,
                      });
                    }
                  : undefined
              }
            />
          ))}
        </ul>
      )}
      {request && (
        <RevokeDialog
          request={request}
          onCancel={() => setRequest({ ...request, open: false })}
          onConfirm={() => {
            if (confirmed.current) return;
            confirmed.current = true;
            setRequest({ ...request, open: false });
            void run(request.memberIds);
          }}
          onClosed={() => {
            // A confirmed revoke's results are told in the status; a cancel goes back to the button.
            const target = confirmed.current ? status.current : request.trigger;
            if (target?.isConnected) target.focus();
            else document.getElementById(headingId)?.focus();
          }}
        />
      )}
    </>
  );
}
