import { ConnectedAppError, type ConnectedAppErrorInit } from './error';
import type { CompleteTransport, TransportMethod } from './transport';
import type {
  ConnectedApp,
  ConnectedAppRequest,
  MemberConnectedApp,
  MembersPage,
  OrganizationConnectedApp,
  OrganizationMember,
  RevokeConnectedAppResult,
  ScopeDefinition,
} from './types';

/** What a scripted step may answer with: the data of any resource. */
type ScriptData =
  | ConnectedApp
  | OrganizationConnectedApp[]
  | MemberConnectedApp[]
  | RevokeConnectedAppResult
  | MembersPage
  | ScopeDefinition[];

/** One scripted answer of a memory transport, for the next call (of `method`, when given). */
export type MemoryScriptStep = { method?: TransportMethod; latencyMs?: number } & (
  | { respond: 'fixture' }
  | { respond: 'data'; data: ScriptData }
  | { respond: 'error'; error: ConnectedAppErrorInit }
);

/** Options of {@link createMemoryTransport}. */
export interface MemoryTransportOptions {
  /**
   * Delay of every answer.
   * @default 0
   */
  latencyMs?: number;
  /** Answers given in order, one a call, before falling back to the fixtures. */
  script?: MemoryScriptStep[];
  /** The members directory the members search answers from, by organization id. @default {} */
  members?: Readonly<Record<string, readonly OrganizationMember[]>>;
  /** The custom scopes of the RBAC policy. @default [] */
  scopes?: readonly ScopeDefinition[];
}

/** One call a memory transport received: the method and what it was asked (without the signal). */
export type MemoryTransportCall = { method: TransportMethod } & Record<string, string>;

/** A transport that answers from memory, and records what it was asked. */
export interface MemoryTransport extends CompleteTransport {
  /** Every `getConnectedApp` request received, in order. */
  readonly calls: ReadonlyArray<Omit<ConnectedAppRequest, 'signal'>>;
  /** Every request of any method, in order. */
  readonly requests: readonly MemoryTransportCall[];
  /** Appends scripted answers (e.g. to inject a fault in a running story or demo). */
  enqueue(...steps: MemoryScriptStep[]): void;
}

/** Apps by organization id: `{ 'organization-test-…': [app, app] }`. */
export type MemoryFixtures = Readonly<Record<string, readonly ConnectedApp[]>>;

function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function notFound(errorType: string, errorMessage: string): ConnectedAppError {
  return new ConnectedAppError({ code: 'NOT_FOUND', status: 404, errorType, errorMessage });
}

function listItem({ activeMembers: _members, requestId: _requestId, ...app }: ConnectedApp): OrganizationConnectedApp {
  return app;
}

/**
 * A transport for tests, stories and demos: answers from `fixtures`, after `latencyMs`, following a
 * `script` first ("429 with Retry-After 2 s, then success"). Revokes change its own lists of the fixtures
 * (copy on write), so every view agrees afterwards, as with the server, and the fixtures you passed never
 * change. Answers share the fixtures' objects (no copy of 100,000 members per request): treat them as
 * read-only, as SWR's data.
 *
 * @example
 * const transport = createMemoryTransport({ 'org-1': [app] }, {
 *   script: [{ respond: 'error', error: { code: 'RATE_LIMITED', status: 429, retryAfterMs: 2000 } }],
 * })
 */
export function createMemoryTransport(fixtures: MemoryFixtures, options: MemoryTransportOptions = {}): MemoryTransport {
  const script = [...(options.script ?? [])];
  const calls: Array<Omit<ConnectedAppRequest, 'signal'>> = [];
  const requests: MemoryTransportCall[] = [];
  // Its own lists, copy on write (see above): a revoke replaces an app in them, never changes one.
  const state = new Map(Object.entries(fixtures).map(([org, apps]) => [org, [...apps]]));
  // Own keys only: an organization id such as `__proto__` or `constructor` is just an unknown one.
  const appsOf = (organizationId: string) => state.get(organizationId);

  async function answer<T>(
    method: TransportMethod,
    params: Record<string, string>,
    signal: AbortSignal | undefined,
    fromFixtures: () => T,
  ): Promise<T> {
    requests.push({ method, ...params });
    const index = script.findIndex((step) => step.method === undefined || step.method === method);
    const step: MemoryScriptStep =
      index === -1 ? { respond: 'fixture' } : (script.splice(index, 1)[0] as MemoryScriptStep);
    await wait(step.latencyMs ?? options.latencyMs ?? 0, signal);
    if (step.respond === 'error') throw new ConnectedAppError(step.error);
    if (step.respond === 'data') return structuredClone(step.data) as T;
    return fromFixtures();
  }

  return {
    calls,
    requests,
    enqueue: (...steps) => {
      script.push(...steps);
    },
    getConnectedApp({ organizationId, connectedAppId, signal }) {
      calls.push({ organizationId, connectedAppId });
      return answer('getConnectedApp', { organizationId, connectedAppId }, signal, () => {
        const app = appsOf(organizationId)?.find((candidate) => candidate.connectedAppId === connectedAppId);
        if (!app) throw notFound('connected_app_not_found', 'Connected app could not be found.');
        return app;
      });
    },
    getConnectedApps({ organizationId, signal }) {
      return answer('getConnectedApps', { organizationId }, signal, () => {
        const apps = appsOf(organizationId);
        if (!apps) throw notFound('organization_not_found', 'Organization could not be found.');
        return apps.filter((app) => app.activeMembers.length > 0).map(listItem);
      });
    },
    getMemberConnectedApps({ organizationId, memberId, signal }) {
      return answer('getMemberConnectedApps', { organizationId, memberId }, signal, () => {
        const apps = appsOf(organizationId);
        if (!apps) throw notFound('organization_not_found', 'Organization could not be found.');
        return apps.flatMap((app): MemberConnectedApp[] => {
          const member = app.activeMembers.find((candidate) => candidate.memberId === memberId);
          return member ? [{ ...listItem(app), scopesGranted: [...new Set(member.grantedScopes)] }] : [];
        });
      });
    },
    revokeConnectedApp({ organizationId, memberId, connectedAppId, signal }) {
      return answer('revokeConnectedApp', { organizationId, memberId, connectedAppId }, signal, () => {
        const apps = appsOf(organizationId) ?? [];
        const index = apps.findIndex((candidate) => candidate.connectedAppId === connectedAppId);
        const app = apps[index];
        if (!app) throw notFound('connected_app_not_found', 'Connected app could not be found.');
        const activeMembers = app.activeMembers.filter((member) => member.memberId !== memberId);
        if (activeMembers.length === app.activeMembers.length) {
          throw notFound('member_not_found', 'Member could not be found.');
        }
        apps[index] = { ...app, activeMembers };
        return {};
      });
    },
    searchMembers({ organizationId, memberIds, cursor, signal }) {
      return answer(
        'searchMembers',
        { organizationId, memberIds: memberIds.join(' '), cursor: cursor ?? '' },
        signal,
        () => {
          const wanted = new Set(memberIds);
          const directory = Object.hasOwn(options.members ?? {}, organizationId)
            ? options.members?.[organizationId]
            : [];
          const found = (directory ?? []).filter((member) => wanted.has(member.memberId));
          // Pages of 1,000, as Stytch's search: the cursor is the offset.
          const start = Number(cursor ?? 0) || 0;
          const end = start + 1000;
          return { members: found.slice(start, end), nextCursor: end < found.length ? String(end) : null };
        },
      );
    },
    getScopePolicy({ signal }) {
      return answer('getScopePolicy', {}, signal, () => [...(options.scopes ?? [])]);
    },
  };
}
