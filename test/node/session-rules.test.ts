import { type StytchEmulator, seededSessions, startStytchEmulator } from 'react-connected-apps/emulator';
import {
  createConnectedAppHandler,
  hasMemberSession,
  type MemberSession,
  prefetchConnectedApp,
} from 'react-connected-apps/server';
import { fixtureApps } from 'react-connected-apps/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { stytchClientFor } from './helpers';

const APP = fixtureApps.thirdParty;
const PATH = `/organizations/acme/connected_apps/${APP.connectedAppId}`;
const TOKEN = seededSessions.acmeAdmin.sessionToken;

let emulator: StytchEmulator;

beforeAll(async () => {
  emulator = await startStytchEmulator();
});
afterAll(() => emulator.stop());
afterEach(() => emulator.reset());

const BLANK_SESSIONS: Array<MemberSession | null | undefined> = [
  null,
  undefined,
  {},
  { sessionToken: '' },
  { sessionToken: '   ' },
  { sessionJwt: '\t' },
  { sessionToken: ' ', sessionJwt: '' },
];

describe('prefetchConnectedApp without a usable session', () => {
  it('calls Stytch for nothing and returns an empty fallback, the way a signed-out page passes its cookie', async () => {
    const client = stytchClientFor(emulator);
    const onError = vi.fn();
    for (const session of BLANK_SESSIONS) {
      const fallback = await prefetchConnectedApp({
        client,
        organizationId: 'acme',
        connectedAppId: APP.connectedAppId,
        session,
        onError,
      });
      expect(fallback).toEqual({});
    }
    // Written the natural way in a page: no cookie, no session.
    const cookie: string | undefined = undefined;
    expect(
      await prefetchConnectedApp({
        client,
        organizationId: 'acme',
        connectedAppId: APP.connectedAppId,
        session: cookie ? { sessionToken: cookie } : null,
      }),
    ).toEqual({});
    expect(emulator.requestCount).toBe(0);
    expect(onError).not.toHaveBeenCalled();
  });

  it('refuses a session with control characters without calling Stytch', async () => {
    const fallback = await prefetchConnectedApp({
      client: stytchClientFor(emulator),
      organizationId: 'acme',
      connectedAppId: APP.connectedAppId,
      session: { sessionToken: `${TOKEN}\r\nX-Evil: 1` },
    });
    expect(fallback).toEqual({});
    expect(emulator.requestCount).toBe(0);
  });

  it('fetches without a session only when authorize says so, and then asks it with the ids', async () => {
    const authorize = vi.fn(() => true);
    const fallback = await prefetchConnectedApp({
      client: stytchClientFor(emulator),
      organizationId: 'acme',
      connectedAppId: APP.connectedAppId,
      session: { sessionToken: ' ' },
      authorize,
    });
    expect(Object.keys(fallback)).toHaveLength(1);
    expect(authorize).toHaveBeenCalledWith({
      organizationId: 'acme',
      connectedAppId: APP.connectedAppId,
      session: null,
    });
    expect(emulator.requests.map((request) => request.hasSessionToken)).toEqual([false]);

    const refused = await prefetchConnectedApp({
      client: stytchClientFor(emulator),
      organizationId: 'acme',
      connectedAppId: APP.connectedAppId,
      session: null,
      authorize: async () => false,
    });
    expect(refused).toEqual({});
    expect(emulator.requestCount).toBe(1);
  });

  it('still prefetches for a signed-in member, with the token trimmed', async () => {
    const fallback = await prefetchConnectedApp({
      client: stytchClientFor(emulator),
      organizationId: 'acme',
      connectedAppId: APP.connectedAppId,
      session: { sessionToken: ` ${TOKEN} ` },
    });
    expect(Object.keys(fallback)).toHaveLength(1);
    expect(emulator.requests.map((request) => request.status)).toEqual([200]);
  });
});

describe('the handler and a blank or malformed session', () => {
  it('answers 401 to a blank session from getSession, a header or a cookie, without calling Stytch', async () => {
    for (const session of BLANK_SESSIONS) {
      const handler = createConnectedAppHandler({ client: stytchClientFor(emulator), getSession: () => session });
      const response = await handler(new Request(`http://localhost${PATH}`));
      expect(response.status).toBe(401);
      expect((await response.json()).error_type).toBe('member_session_required');
    }
    const handler = createConnectedAppHandler({ client: stytchClientFor(emulator) });
    const blankHeaders: Array<Record<string, string>> = [
      { cookie: 'stytch_session=%20' },
      { cookie: 'stytch_session=; stytch_session_jwt=%09' },
      { 'x-stytch-member-session': ' ' },
    ];
    for (const headers of blankHeaders) {
      const response = await handler(new Request(`http://localhost${PATH}`, { headers }));
      expect(response.status).toBe(401);
    }
    expect(emulator.requestCount).toBe(0);
  });

  it('answers 401 invalid_member_session to a cookie with CR/LF, unreported and without calling Stytch', async () => {
    const onError = vi.fn();
    const handler = createConnectedAppHandler({ client: stytchClientFor(emulator), onError });
    for (const cookie of [
      'stytch_session=a%0d%0aX-Evil:%201',
      'stytch_session=a%00b',
      `stytch_session=${'x'.repeat(9000)}`,
    ]) {
      const response = await handler(new Request(`http://localhost${PATH}`, { headers: { cookie } }));
      expect(response.status).toBe(401);
      const body = await response.json();
      expect(body.error_type).toBe('invalid_member_session');
      expect(JSON.stringify(body)).not.toMatch(/X-Evil|\r|\n/);
    }
    expect(onError).not.toHaveBeenCalled();
    expect(emulator.requestCount).toBe(0);
  });

  it('treats a session as usable by one rule', () => {
    expect(BLANK_SESSIONS.map((session) => hasMemberSession(session))).toEqual(BLANK_SESSIONS.map(() => false));
    expect(hasMemberSession({ sessionToken: 'a\r\nb' })).toBe(false);
    expect(hasMemberSession({ sessionToken: TOKEN })).toBe(true);
    expect(hasMemberSession({ sessionJwt: ' eyJ.a.b ' })).toBe(true);
  });
});
