import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import {
  ConnectedAppsProvider,
  useConnectedApp,
  useConnectedApps,
  useMemberConnectedApps,
  useRevokeConnectedApp,
} from 'react-connected-apps';
import {
  createMemoryTransport,
  FIXTURE_ORGANIZATION_ID,
  fixtureApps,
  type MemoryTransport,
} from 'react-connected-apps/testing';
import { SWRConfig } from 'swr';
import { describe, expect, it } from 'vitest';

const ORG = FIXTURE_ORGANIZATION_ID;
const APP = fixtureApps.firstParty; // 3 members
const OTHER = fixtureApps.thirdParty; // 50 members, the first three shared with APP
const [FIRST, SECOND, THIRD] = APP.activeMembers.map((member) => member.memberId) as [string, string, string];

function setup(transport: MemoryTransport) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0 }}>
      <ConnectedAppsProvider transport={transport} retry={{ maxRetries: 0 }}>
        {children}
      </ConnectedAppsProvider>
    </SWRConfig>
  );
  return renderHook(
    () => ({
      list: useConnectedApps(ORG),
      app: useConnectedApp(ORG, APP.connectedAppId),
      member: useMemberConnectedApps(ORG, FIRST),
      revoker: useRevokeConnectedApp({ concurrency: 2 }),
    }),
    { wrapper },
  );
}

const idsOf = (apps: ReadonlyArray<{ connectedAppId: string }> | undefined) => apps?.map((app) => app.connectedAppId);

describe('useConnectedApps and useMemberConnectedApps', () => {
  it('load the organization’s apps (only those someone installed) and a member’s apps with their scopes', async () => {
    const { result } = setup(createMemoryTransport({ [ORG]: Object.values(fixtureApps) }));
    await waitFor(() => expect(result.current.list.status).toBe('success'));
    expect(idsOf(result.current.list.data)).toContain(APP.connectedAppId);
    expect(idsOf(result.current.list.data)).not.toContain(fixtureApps.noMembers.connectedAppId);
    await waitFor(() => expect(result.current.member.status).toBe('success'));
    expect(result.current.member.data?.find((app) => app.connectedAppId === APP.connectedAppId)?.scopesGranted).toEqual(
      APP.activeMembers[0]?.grantedScopes,
    );
  });

  it('stay idle without an organization or a member', () => {
    const transport = createMemoryTransport({});
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ConnectedAppsProvider transport={transport}>{children}</ConnectedAppsProvider>
    );
    const { result } = renderHook(() => [useConnectedApps(' '), useMemberConnectedApps(ORG, undefined)], { wrapper });
    expect(result.current.map((state) => state.status)).toEqual(['idle', 'idle']);
    expect(transport.requests).toEqual([]);
  });
});

describe('useRevokeConnectedApp', () => {
  it('revokes one member: the app’s members, the member’s apps and the list agree without a reload', async () => {
    const transport = createMemoryTransport({ [ORG]: [APP, OTHER] });
    const { result } = setup(transport);
    await waitFor(() => expect(result.current.member.status).toBe('success'));
    await waitFor(() => expect(result.current.app.status).toBe('success'));
    const outcomes = await act(() =>
      result.current.revoker.revoke({ organizationId: ORG, connectedAppId: APP.connectedAppId, memberIds: [FIRST] }),
    );
    expect(outcomes).toEqual([{ memberId: FIRST, status: 'revoked', alreadyGone: false }]);
    expect(result.current.app.data?.activeMembers.map((member) => member.memberId)).toEqual([SECOND, THIRD]);
    expect(idsOf(result.current.member.data)).toEqual([OTHER.connectedAppId]);
    expect(idsOf(result.current.list.data)).toContain(APP.connectedAppId);
  });

  it('drops an app from the organization’s list when its last member is revoked', async () => {
    const { result } = setup(createMemoryTransport({ [ORG]: [APP, OTHER] }));
    await waitFor(() => expect(result.current.app.status).toBe('success'));
    await waitFor(() => expect(result.current.list.status).toBe('success'));
    await act(() =>
      result.current.revoker.revoke({
        organizationId: ORG,
        connectedAppId: APP.connectedAppId,
        memberIds: [FIRST, SECOND, THIRD],
      }),
    );
    expect(result.current.app.data?.activeMembers).toEqual([]);
    expect(idsOf(result.current.list.data)).toEqual([OTHER.connectedAppId]);
    expect(result.current.revoker.progress).toEqual({ done: 3, total: 3 });
  });

  it('reports a refused member as failed and keeps them listed; the others stay revoked', async () => {
    const transport = createMemoryTransport({ [ORG]: [APP] });
    const { result } = setup(transport);
    await waitFor(() => expect(result.current.app.status).toBe('success'));
    transport.enqueue({
      method: 'revokeConnectedApp',
      respond: 'error',
      error: { code: 'FORBIDDEN', status: 403, errorType: 'unauthorized_action' },
    });
    const outcomes = await act(() =>
      result.current.revoker.revoke({
        organizationId: ORG,
        connectedAppId: APP.connectedAppId,
        memberIds: [FIRST, SECOND],
      }),
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['failed', 'revoked']);
    expect(result.current.revoker.failed).toEqual([expect.objectContaining({ memberId: FIRST })]);
    expect(result.current.revoker.failed[0]?.error.code).toBe('FORBIDDEN');
    expect(result.current.app.data?.activeMembers.map((member) => member.memberId)).toEqual([FIRST, THIRD]);
  });

  it('treats a member already gone (404) as revoked, and waits out a 429 before trying again', async () => {
    const transport = createMemoryTransport({ [ORG]: [APP] });
    const { result } = setup(transport);
    await waitFor(() => expect(result.current.app.status).toBe('success'));
    transport.enqueue(
      { method: 'revokeConnectedApp', respond: 'error', error: { code: 'NOT_FOUND', status: 404 } },
      {
        method: 'revokeConnectedApp',
        respond: 'error',
        error: { code: 'RATE_LIMITED', status: 429, retryAfterMs: 150 },
      },
    );
    const started = Date.now();
    const outcomes = await act(() =>
      result.current.revoker.revoke({
        organizationId: ORG,
        connectedAppId: APP.connectedAppId,
        memberIds: [FIRST, SECOND],
      }),
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(outcomes).toEqual([
      { memberId: FIRST, status: 'revoked', alreadyGone: true },
      { memberId: SECOND, status: 'revoked', alreadyGone: false },
    ]);
    expect(transport.requests.filter((request) => request.method === 'revokeConnectedApp')).toHaveLength(3);
  });

  it('sends one request for a member revoked twice at once (a double click)', async () => {
    const transport = createMemoryTransport({ [ORG]: [APP] }, { latencyMs: 20 });
    const { result } = setup(transport);
    await waitFor(() => expect(result.current.app.status).toBe('success'));
    const target = { organizationId: ORG, connectedAppId: APP.connectedAppId, memberIds: [FIRST] };
    const [first, second] = await act(() =>
      Promise.all([result.current.revoker.revoke(target), result.current.revoker.revoke(target)]),
    );
    expect(first?.[0]?.status).toBe('revoked');
    expect(second?.[0]?.status).toBe('revoked');
    expect(transport.requests.filter((request) => request.method === 'revokeConnectedApp')).toHaveLength(1);
  });

  it('fails with a typed error, not a crash, when the transport cannot revoke', async () => {
    const transport = createMemoryTransport({ [ORG]: [APP] });
    const { revokeConnectedApp: _omitted, ...readOnly } = transport;
    const wrapper = ({ children }: { children: ReactNode }) => (
      <SWRConfig value={{ provider: () => new Map() }}>
        <ConnectedAppsProvider transport={readOnly}>{children}</ConnectedAppsProvider>
      </SWRConfig>
    );
    const { result } = renderHook(() => useRevokeConnectedApp(), { wrapper });
    const outcomes = await act(() =>
      result.current.revoke({ organizationId: ORG, connectedAppId: APP.connectedAppId, memberIds: [FIRST] }),
    );
    expect(outcomes[0]).toMatchObject({
      status: 'failed',
      error: { code: 'BAD_REQUEST', errorType: 'transport_method_missing' },
    });
  });
});

describe('a revoke racing a refresh', () => {
  it('ends consistent: the refresh that started before the revoke cannot bring the member back', async () => {
    const transport = createMemoryTransport({ [ORG]: [APP] });
    const { result } = setup(transport);
    await waitFor(() => expect(result.current.app.status).toBe('success'));
    // A slow refresh that reads the members before the revoke lands, and answers after it.
    transport.enqueue({ method: 'getConnectedApp', respond: 'data', data: APP, latencyMs: 80 });
    let refreshing: Promise<void> | undefined;
    await act(async () => {
      refreshing = result.current.app.refresh();
      await new Promise((resolve) => setTimeout(resolve, 10));
      await result.current.revoker.revoke({
        organizationId: ORG,
        connectedAppId: APP.connectedAppId,
        memberIds: [FIRST],
      });
      await refreshing;
      await new Promise((resolve) => setTimeout(resolve, 120));
    });
    expect(result.current.app.data?.activeMembers.map((member) => member.memberId)).toEqual([SECOND, THIRD]);
    expect(transport.requests.filter((request) => request.method === 'revokeConnectedApp')).toHaveLength(1);
  });
});
