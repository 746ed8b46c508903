import { Agent, request } from 'node:http';
import fc from 'fast-check';
import {
  defaultEmulatorData,
  type StytchEmulator,
  seededSessions,
  startStytchEmulator,
} from 'react-connected-apps/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basicAuth } from './helpers';

const RUNS = 3_000;
const ERROR_FIELDS = ['error_message', 'error_type', 'error_url', 'request_id', 'status_code'];

let emulator: StytchEmulator;
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

beforeAll(async () => {
  emulator = await startStytchEmulator({ rateLimit: false });
});
afterAll(async () => {
  agent.destroy();
  await emulator.stop();
});

/** Sends `path` byte for byte (no URL normalization), as a hostile client would. */
function send(method: string, path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const host = new URL(emulator.url);
    const req = request({ host: host.hostname, port: host.port, method, path, headers, agent }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end();
  });
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** Whether Stytch's rules, read from the seeded data, let this request see an app. */
function allowed(path: string, sessionToken: string | undefined): boolean {
  const match = /^\/v1\/b2b\/organizations\/([^/?]+)\/connected_apps\/([^/?]+)(\?.*)?$/.exec(path);
  if (!match) return false;
  const key = decode(match[1] ?? '');
  const appId = decode(match[2] ?? '');
  if (key === undefined || appId === undefined) return false;
  const organization = emulator.data.organizations.find((candidate) =>
    [candidate.organizationId, candidate.organizationSlug, candidate.organizationExternalId].includes(key),
  );
  if (!organization?.connectedApps.some((app) => app.connectedAppId === appId)) return false;
  if (sessionToken === undefined) return true;
  const session = emulator.data.sessions.find((candidate) => candidate.sessionToken === sessionToken);
  return (
    session?.organizationId === organization.organizationId &&
    session.roles.some((role) => emulator.data.permittedRoles.includes(role))
  );
}

const organizationKeys = fc.constantFrom(
  ...defaultEmulatorData.organizations.flatMap((organization) =>
    [organization.organizationId, organization.organizationSlug, organization.organizationExternalId].filter(
      (key): key is string => key !== undefined,
    ),
  ),
);
const appIds = fc.constantFrom(
  ...new Set(
    defaultEmulatorData.organizations.flatMap((organization) =>
      organization.connectedApps.map((app) => app.connectedAppId),
    ),
  ),
);
/** Characters Node's client lets through in a path (it refuses control characters and spaces). */
const pathCharacter = fc.integer({ min: 0x21, max: 0xff }).map((code) => String.fromCharCode(code));
const hostile = fc.oneof(
  fc.string({ unit: pathCharacter, maxLength: 20 }),
  fc.constantFrom('..', '.', '%2e%2e', '%2F', 'acme%2F..%2Fglobex', '%00', '%', '%zz', '%C0%AE', '%FF', '%u0041'),
  fc.constantFrom('%E2%80%AE', '%EF%BC%A1cme', 'ACME', 'acme%20', 'x'.repeat(5_000), 'x'.repeat(20_000)),
);
/** Mostly a real key, raw or percent-encoded, else something hostile. */
const segmentOf = (keys: fc.Arbitrary<string>) =>
  fc.oneof(
    { weight: 3, arbitrary: keys },
    { weight: 1, arbitrary: keys.map((key) => encodeURIComponent(key).replace(/-/g, '%2D')) },
    { weight: 2, arbitrary: hostile },
  );
const path = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        segmentOf(organizationKeys),
        segmentOf(appIds),
        fc.constantFrom('', '', '', '', '', '/', '?x=1', '/..', '//x'),
      )
      .map(([org, app, end]) => `/v1/b2b/organizations/${org}/connected_apps/${app}${end}`),
  },
  {
    weight: 1,
    arbitrary: fc
      .array(segmentOf(fc.oneof(organizationKeys, appIds)), { maxLength: 7 })
      .map((parts) => `/${parts.join('/')}`),
  },
);

const session = fc.constantFrom(
  undefined,
  undefined,
  seededSessions.acmeAdmin.sessionToken,
  seededSessions.acmeMember.sessionToken,
  seededSessions.globexAdmin.sessionToken,
  'session-token-test-unknown',
);

describe('the emulator under hostile request paths, over HTTP', () => {
  it(`answers ${RUNS} generated paths with a Stytch error or the app its rules allow, and keeps serving`, async () => {
    const statuses = new Map<number, number>();
    const authorization = basicAuth(emulator.projectId, emulator.secret);
    await fc.assert(
      fc.asyncProperty(
        path.filter((candidate) => !candidate.startsWith('/__emulator/')),
        session,
        fc.constantFrom('GET', 'GET', 'GET', 'GET', 'POST', 'DELETE'),
        async (target, token, method) => {
          const recorded = emulator.requests.length;
          const headers: Record<string, string> = { authorization };
          if (token !== undefined) headers['x-stytch-member-session'] = token;
          const { status, text } = await send(method, target, headers);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          if ((status === 400 || status === 431) && text === '') {
            // Node's HTTP parser refused the request line (a byte it does not allow, or too long): the
            // emulator never saw it.
            expect(emulator.requests.length).toBe(recorded);
            return;
          }
          expect(emulator.requests.length).toBe(recorded + 1);
          expect(emulator.requests.at(-1)?.path).toBe(target.split('?')[0]);
          const body = JSON.parse(text) as Record<string, unknown>;
          if (status === 200) {
            expect(method).toBe('GET');
            expect(allowed(target, token)).toBe(true);
            const appId = decode(target.split('?')[0]?.split('/')[6] ?? '');
            expect(body.connected_app_id).toBe(appId);
          } else {
            expect([400, 401, 403, 404, 405]).toContain(status);
            expect(Object.keys(body).sort()).toEqual(ERROR_FIELDS);
            expect(body.status_code).toBe(status);
            if (method === 'GET') expect(allowed(target, token)).toBe(false);
          }
        },
      ),
      { numRuns: RUNS },
    );
    expect(statuses.get(200) ?? 0).toBeGreaterThan(RUNS / 100);
    expect(statuses.get(404) ?? 0).toBeGreaterThan(RUNS / 100);
    // Still up, and still right.
    const after = await send('GET', '/v1/b2b/organizations/acme/connected_apps/connected-app-test-0003-third-party', {
      authorization,
    });
    expect(after.status).toBe(200);
  }, 60_000);
});
