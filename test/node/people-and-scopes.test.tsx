// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import {
  ConnectedAppsProvider,
  createFetchTransport,
  parseMembersPage,
  parseScopePolicy,
  useMembers,
  useScopePolicy,
} from 'react-connected-apps';
import { type StytchEmulator, seededSessions, startStytchEmulator } from 'react-connected-apps/emulator';
import { createConnectedAppHandler } from 'react-connected-apps/server';
import { fixtureApps, fixtureScopePolicy, makeLargeApp } from 'react-connected-apps/testing';
import { SWRConfig } from 'swr';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { stytchClientFor } from './helpers';

const ADMIN = seededSessions.acmeAdmin.sessionToken;
const LARGE = makeLargeApp(10_000);
let emulator: StytchEmulator;
let handler: (request: Request) => Promise<Response>;

beforeAll(async () => {
  emulator = await startStytchEmulator({ rateLimit: false });
  handler = createConnectedAppHandler({ client: stytchClientFor(emulator), basePath: '/api/stytch' });
});
afterAll(() => emulator.stop());
afterEach(() => emulator.reset());

const searches = () => emulator.requests.filter((request) => request.path === '/v1/b2b/organizations/members/search');
const policyCalls = () => emulator.requests.filter((request) => request.path === '/v1/b2b/rbac/policy');

function search(body: unknown, token = ADMIN) {
  return handler(
    new Request('http://localhost/api/stytch/organizations/acme/members/search', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { 'x-stytch-member-session': token } : {}) },
      body: JSON.stringify(body),
    }),
  );
}

function policy(token: string) {
  return handler(
    new Request('http://localhost/api/stytch/rbac/policy', {
      headers: token ? { 'x-stytch-member-session': token } : {},
    }),
  );
}

function wrapper({ children }: { children: ReactNode }) {
  const transport = createFetchTransport({
    baseUrl: 'http://localhost/api/stytch',
    headers: { 'x-stytch-member-session': ADMIN },
    fetch: (input, init) => handler(new Request(input, init)),
  });
  return (
    <SWRConfig value={{ provider: () => new Map() }}>
      <ConnectedAppsProvider transport={transport}>{children}</ConnectedAppsProvider>
    </SWRConfig>
  );
}

describe('members’ names, through the handler, the real SDK and the emulator', () => {
  it('answers the members with names, emails and statuses, leaving out those the directory lacks', async () => {
    const ids = fixtureApps.thirdParty.activeMembers.map((member) => member.memberId);
    const response = await search({ member_ids: ids });
    expect(response.status).toBe(200);
    const page = parseMembersPage(await response.json());
    expect(page.members.length).toBeGreaterThan(40);
    expect(page.members.length).toBeLessThanOrEqual(ids.length);
    expect(page.members[0]).toMatchObject({
      memberId: ids[0],
      name: expect.any(String),
      emailAddress: expect.stringMatching(/@/),
    });
    expect(new Set(page.members.map((member) => member.status))).toContain('deleted');
    expect(page.nextCursor).toBeNull();
  });

  it('looks up 10,000 members in ⌈10,000 / 1,000⌉ = 10 searches, and asks nothing again for a second view', async () => {
    const ids = LARGE.activeMembers.map((member) => member.memberId);
    const first = renderHook(() => useMembers('acme', ids), { wrapper });
    await waitFor(() => expect(first.result.current.status).toBe('success'), { timeout: 10_000 });
    expect(searches()).toHaveLength(10);
    const found = [...first.result.current.members.values()];
    expect(found.filter((member) => member === null).length).toBeGreaterThan(0); // the directory lacks some
    expect(found.filter((member) => member !== null).length).toBeGreaterThan(9_000);
  }, 20_000);

  it('refuses a search without a session (401) and a malformed one (400), never calling Stytch', async () => {
    const id = fixtureApps.firstParty.activeMembers[0]?.memberId;
    expect((await search({ member_ids: [id] }, '')).status).toBe(401);
    for (const body of [{}, { member_ids: [] }, { member_ids: ['../x'] }, { member_ids: Array(1001).fill(id) }, [1]]) {
      const response = await search(body);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error_type: 'invalid_members_search' });
    }
    expect(emulator.requestCount).toBe(0);
  });
});

describe('what scopes mean: the RBAC policy', () => {
  it('serves the policy only to an authenticated session, asking Stytch for it once in five minutes', async () => {
    const refused = await policy('session-token-made-up');
    expect(refused.status).toBe(401);
    expect(policyCalls()).toHaveLength(0);
    expect((await policy('')).status).toBe(401);

    const served = await policy(ADMIN);
    expect(served.status).toBe(200);
    expect(parseScopePolicy(await served.json())).toEqual(fixtureScopePolicy);
    expect((await policy(seededSessions.acmeAuditor.sessionToken)).status).toBe(200);
    expect(policyCalls()).toHaveLength(1);
  });

  it('is shared by every view: one request per session', async () => {
    const { result } = renderHook(() => [useScopePolicy(), useScopePolicy()], { wrapper });
    await waitFor(() => expect(result.current[0]?.status).toBe('success'));
    expect(result.current[1]?.data).toEqual(fixtureScopePolicy);
    expect(emulator.requests.filter((request) => request.path === '/v1/b2b/sessions/authenticate')).toHaveLength(1);
  });
});

describe('a members search body too large for the handler', () => {
  it('is refused with 400 once it passes 200 kB, without reading it whole or calling Stytch', async () => {
    const huge = JSON.stringify({ member_ids: ['member-test-1'], padding: 'x'.repeat(400_000) });
    const response = await search(JSON.parse(huge));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error_type: 'invalid_members_search',
      error_message: 'The body is too large.',
    });
    expect(emulator.requestCount).toBe(0);
  });
});
