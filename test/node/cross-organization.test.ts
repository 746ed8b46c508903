import fc from 'fast-check';
import { type ConnectedApp, parseConnectedApp } from 'react-connected-apps';
import {
  defaultEmulatorData,
  type EmulatorData,
  type EmulatorOrganization,
  type EmulatorSession,
  type StytchEmulator,
  startStytchEmulator,
} from 'react-connected-apps/emulator';
import { createConnectedAppHandler } from 'react-connected-apps/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basicAuth, stytchClientFor } from './helpers';

const RUNS = 500;

/** The seeded members, plus a few more so that every organization has an admin and a plain member. */
function member(label: string, organizationId: string, roles: string[], n: number): EmulatorSession {
  return {
    label,
    sessionToken: `session-token-test-extra-${n}`,
    sessionJwt: `session-jwt-test.extra.${n}`,
    memberId: `member-test-extra-${n}`,
    organizationId,
    roles,
  };
}
const [acme, globex, initech] = defaultEmulatorData.organizations;
const data: EmulatorData = {
  ...defaultEmulatorData,
  sessions: [
    ...defaultEmulatorData.sessions,
    member('Globex member', globex?.organizationId ?? '', ['stytch_member'], 1),
    member('Initech admin', initech?.organizationId ?? '', ['stytch_admin'], 2),
    member('Acme auditor', acme?.organizationId ?? '', ['auditor', 'stytch_member'], 3),
    member('Initech admin, by another role list', initech?.organizationId ?? '', ['billing', 'stytch_admin'], 4),
  ],
};

const SECRET = 'secret-test-cross-organization-7c1d';
let emulator: StytchEmulator;
let handler: (request: Request) => Promise<Response>;

beforeAll(async () => {
  emulator = await startStytchEmulator({ data, secret: SECRET, rateLimit: false });
  handler = createConnectedAppHandler({ client: stytchClientFor(emulator), basePath: '/api/stytch' });
});
afterAll(() => emulator.stop());

type Outcome = { status: 200; app: ConnectedApp } | { status: 401 | 403 | 404 };

/**
 * Stytch's rules, read from the data and nothing else: a member sees an organization's app only when
 * they belong to that organization and hold a role with the permission. No session: 401 before Stytch.
 */
function oracle(session: EmulatorSession | 'unknown' | null, key: string, appId: string): Outcome {
  if (session === null || session === 'unknown') return { status: 401 };
  const organization = data.organizations.find((candidate) =>
    [candidate.organizationId, candidate.organizationSlug, candidate.organizationExternalId].includes(key),
  );
  if (!organization) return { status: 404 };
  const member =
    session.organizationId === organization.organizationId &&
    session.roles.some((role) => data.permittedRoles.includes(role));
  if (!member) return { status: 403 };
  const app = organization.connectedApps.find((candidate) => candidate.connectedAppId === appId);
  return app ? { status: 200, app } : { status: 404 };
}

function keysOf(organization: EmulatorOrganization): string[] {
  const { organizationId, organizationSlug, organizationExternalId } = organization;
  return [organizationId, organizationSlug, ...(organizationExternalId ? [organizationExternalId] : [])];
}

const signedIn = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...data.sessions) },
  { weight: 1, arbitrary: fc.constant('unknown' as const) },
  { weight: 2, arbitrary: fc.constant(null) },
);
const carriedBy = fc.constantFrom('token', 'jwt', 'both', 'token cookie', 'jwt cookie');
const organizationKey = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...data.organizations.flatMap(keysOf)) },
  { weight: 1, arbitrary: fc.constantFrom('umbrella', 'ACME', 'organization-test-00000000-missing') },
);
const appId = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.constantFrom(...data.organizations.flatMap((o) => o.connectedApps.map((a) => a.connectedAppId))),
  },
  { weight: 1, arbitrary: fc.constant('connected-app-test-missing') },
);

function headersFor(session: EmulatorSession | 'unknown' | null, carrier: string): Record<string, string> {
  if (session === null) return {};
  const token = session === 'unknown' ? 'session-token-test-forged' : session.sessionToken;
  const jwt = session === 'unknown' ? 'session-jwt-test.forged' : session.sessionJwt;
  switch (carrier) {
    case 'token':
      return { 'x-stytch-member-session': token };
    case 'jwt':
      return { 'x-stytch-member-sessionjwt': jwt };
    case 'both':
      return { 'x-stytch-member-session': token, 'x-stytch-member-sessionjwt': jwt };
    case 'token cookie':
      return { cookie: `theme=dark; stytch_session=${encodeURIComponent(token)}` };
    default:
      return { cookie: `stytch_session_jwt=${encodeURIComponent(jwt)}` };
  }
}

describe('no cross-organization leak', () => {
  it(`returns an app only to a permitted member of its organization, over ${RUNS} random requests`, async () => {
    const seen = new Map<number, number>();
    // A forged session Stytch refused once is refused again without asking Stytch (per token / JWT pair).
    const refusedOnce = new Set<string>();
    await fc.assert(
      fc.asyncProperty(signedIn, carriedBy, organizationKey, appId, async (session, carrier, key, app) => {
        const before = emulator.requests.length;
        const response = await handler(
          new Request(
            `http://localhost/api/stytch/organizations/${encodeURIComponent(key)}/connected_apps/${encodeURIComponent(app)}`,
            { headers: headersFor(session, carrier) },
          ),
        );
        const expected = oracle(session, key, app);
        seen.set(expected.status, (seen.get(expected.status) ?? 0) + 1);
        expect(response.status).toBe(expected.status);
        expect(response.headers.get('cache-control')).toBe('private, no-store');
        const text = await response.text();
        expect(text).not.toContain(SECRET);
        expect(text).not.toContain(basicAuth(emulator.projectId, SECRET).slice(6));
        const body = JSON.parse(text) as Record<string, unknown>;

        if (expected.status === 200) {
          // The very app of the organization asked for: same id in another organization has other members.
          const { requestId, ...received } = parseConnectedApp(body);
          expect(received).toEqual(expected.app);
        } else {
          expect(body).not.toHaveProperty('active_members');
          expect(body).not.toHaveProperty('name');
        }

        const hasSessionToken = carrier === 'token' || carrier === 'both' || carrier === 'token cookie';
        const hasSessionJwt = carrier === 'jwt' || carrier === 'both' || carrier === 'jwt cookie';
        const forged = `${hasSessionToken}/${hasSessionJwt}`;
        if (session === null) {
          expect(emulator.requests.length, 'no call to Stytch without a session').toBe(before);
        } else if (session === 'unknown' && refusedOnce.has(forged)) {
          expect(emulator.requests.length, 'no second call for a refused session').toBe(before);
        } else {
          if (session === 'unknown') refusedOnce.add(forged);
          expect(emulator.requests.slice(before)).toEqual([
            {
              method: 'GET',
              path: `/v1/b2b/organizations/${encodeURIComponent(key)}/connected_apps/${encodeURIComponent(app)}`,
              hasAuthorization: true,
              hasSessionToken,
              hasSessionJwt,
              status: expected.status,
            },
          ]);
        }
      }),
      { numRuns: RUNS },
    );
    // Every outcome was drawn often enough to mean something.
    for (const status of [200, 401, 403, 404])
      expect(seen.get(status) ?? 0, `status ${status}`).toBeGreaterThan(RUNS / 40);
  }, 60_000);

  it('never answers one organization’s members for an app id another organization shares', async () => {
    // Acme and Globex both installed the third-party app: each admin sees only their own members.
    const shared = 'connected-app-test-0003-third-party';
    const membersFor = async (key: string, session: EmulatorSession | undefined) => {
      const response = await handler(
        new Request(`http://localhost/api/stytch/organizations/${key}/connected_apps/${shared}`, {
          headers: { 'x-stytch-member-session': session?.sessionToken ?? '' },
        }),
      );
      expect(response.status).toBe(200);
      return parseConnectedApp(await response.json()).activeMembers.map((m) => m.memberId);
    };
    const acmeAdmin = data.sessions.find((s) => s.label === 'Acme admin');
    const globexAdmin = data.sessions.find((s) => s.label === 'Globex admin');
    const acmeMembers = await membersFor('acme', acmeAdmin);
    const globexMembers = await membersFor('globex', globexAdmin);
    expect(acmeMembers.length).toBeGreaterThan(0);
    expect(globexMembers.length).toBeGreaterThan(0);
    expect(acmeMembers.filter((id) => globexMembers.includes(id))).toEqual([]);
  });
});
