// @vitest-environment node
// The handler runs on servers: Node's own URL, Request and Headers, not jsdom's.
import fc from 'fast-check';
import { parseConnectedApp } from 'react-connected-apps';
import { type ConnectedAppsClient, createConnectedAppHandler } from 'react-connected-apps/server';
import { fixtureApps, toStytchResponse } from 'react-connected-apps/testing';
import { describe, expect, it } from 'vitest';
import {
  type ExpectedSession,
  expectedRoute,
  expectedSession,
  STATUSES,
  sessionArbitrary,
  sessionValue,
} from './handler-oracle';

const RUNS = 10_000;
const APP = fixtureApps.thirdParty;
const ERROR_KEYS = ['status_code', 'request_id', 'error_type', 'error_message', 'error_url'];

/** Mount points as a customer writes them, with the path the handler then answers under. */
const BASES = [
  { option: '/api/stytch', normalized: '/api/stytch' },
  { option: 'api/stytch/', normalized: '/api/stytch' },
  { option: '', normalized: '' },
] as const;

type Call = Parameters<ConnectedAppsClient['organizations']['getConnectedApp']>;

/** A client that records each call and answers a valid app, as Stytch would for an allowed member. */
function recordingClient() {
  const calls: Call[] = [];
  const client: ConnectedAppsClient = {
    organizations: {
      getConnectedApp: async (...call) => {
        calls.push(call);
        return toStytchResponse(APP, 'request-id-test-fuzz');
      },
    },
  };
  return { client, calls };
}

/** Strings that have broken routers: traversal, encoded separators, NUL, bidi, odd Unicode, huge. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.constantFrom(
    '',
    '.',
    '..',
    '%2e%2e',
    '%2E%2e',
    '.%2e',
    '%2F',
    '%2f',
    '..%2F..%2Fv1',
    'acme/../globex',
    '/',
    '\\',
    '%5C',
    '\0',
    '%00',
    'acme%00',
    '%',
    '%zz',
    '%E0%A4%A',
    '%C0%AE',
    '?',
    '%3F',
    '#',
    '%23',
    ';',
    ' ',
    '%20',
    '\t',
    '\u202Eemca',
    '\u200Bacme',
    'ａｃｍｅ',
    'İ',
    '\uD800',
    '💥',
    'acme\n',
    '|'.repeat(129),
    'a'.repeat(128),
    'a'.repeat(129),
    'x'.repeat(10_000),
  ),
);

/** Ids the handler must accept, some of them exactly at the length limit. */
const validId = fc
  .oneof(
    fc.constantFrom('acme', 'acme-external-id', APP.connectedAppId, 'a', '...', '.a', 'x|y', '~'),
    fc.stringMatching(/^[A-Za-z0-9._~|-]{1,16}$/),
    fc.stringMatching(/^[A-Za-z0-9._~|-]{128}$/),
  )
  .filter((id) => id !== '.' && id !== '..');

function safeEncode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return value;
  }
}

/** A segment as it appears in a URL: raw, encoded once or twice, or every byte percent-encoded. */
const segment = fc.oneof(
  { weight: 6, arbitrary: validId },
  hostile,
  hostile.map(safeEncode),
  hostile.map((value) => safeEncode(safeEncode(value))),
  fc
    .oneof(validId, hostile)
    .map((value) =>
      Array.from(new TextEncoder().encode(value), (byte) => `%${byte.toString(16).padStart(2, '0')}`).join(''),
    ),
);

const suffix = fc.oneof(
  { weight: 4, arbitrary: fc.constant('') },
  fc.constantFrom('/', '/extra', '?x=1', '?', '#frag', '/..', '/.', '//'),
);
const routeWord = fc.constantFrom(
  'organizations',
  'connected_apps',
  'Organizations',
  'organisations',
  '',
  '%6Frganizations',
);

const path = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.tuple(segment, segment, suffix).map(([o, a, s]) => `/organizations/${o}/connected_apps/${a}${s}`),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(routeWord, segment, routeWord, segment, suffix)
      .map(([w1, o, w2, a, s]) => `/${w1}/${o}/${w2}/${a}${s}`),
  },
  { weight: 1, arbitrary: fc.array(segment, { maxLength: 6 }).map((parts) => `/${parts.join('/')}`) },
);

/** Mostly the mount point itself, sometimes a near miss. */
const prefixFor = (base: string) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant(base) },
    fc.constantFrom('', '/api/stytch', '/API/stytch', '/api//stytch', '/api/stytch/.', '/x/..', '//'),
  );

const method = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('GET', 'get') },
  { weight: 2, arbitrary: fc.constantFrom('HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH') },
  {
    weight: 1,
    arbitrary: fc
      .stringMatching(/^[A-Za-z]{1,8}$/)
      .filter((m) => !['CONNECT', 'TRACE', 'TRACK', 'PATCH'].includes(m.toUpperCase())),
  },
);

const requestInput = fc
  .constantFrom(...BASES)
  .chain((base) =>
    fc.record({ base: fc.constant(base), prefix: prefixFor(base.normalized), path, method, session: sessionArbitrary }),
  );

function authorizationOf(expected: Extract<ExpectedSession, { kind: 'exact' }>) {
  const { sessionToken, sessionJwt } = expected.session;
  return {
    authorization: {
      ...(sessionToken ? { session_token: sessionToken } : {}),
      ...(sessionJwt ? { session_jwt: sessionJwt } : {}),
    },
  };
}

describe('createConnectedAppHandler under hostile requests', () => {
  it(`answers ${RUNS} generated requests with the right status, never calling Stytch without a valid route and a session`, async () => {
    const handlers = BASES.map((base) => {
      const { client, calls } = recordingClient();
      return { handler: createConnectedAppHandler({ client, basePath: base.option }), calls };
    });
    const seen = new Map<number, number>();
    let clientCalls = 0;

    await fc.assert(
      fc.asyncProperty(requestInput, async (input) => {
        const mounted = handlers[BASES.indexOf(input.base)];
        if (!mounted) throw new Error(`No handler for ${input.base.option}`);
        const { handler, calls } = mounted;
        calls.length = 0;
        const request = new Request(`http://localhost${input.prefix}${input.path}`, {
          method: input.method,
          headers: input.session.headers,
        });
        const pathname = new URL(request.url).pathname;
        const route = expectedRoute(pathname, input.base.normalized);
        const session = expectedSession(input.session);

        const response = await handler(request);

        expect(response).toBeInstanceOf(Response);
        expect(STATUSES).toContain(response.status);
        expect(response.headers.get('cache-control')).toBe('private, no-store');
        expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        const text = await response.text();
        const body = JSON.parse(text) as Record<string, unknown>;
        seen.set(response.status, (seen.get(response.status) ?? 0) + 1);
        clientCalls += calls.length;

        if (route.kind === 'not_found') expect(response.status).toBe(404);
        else if (request.method !== 'GET') {
          expect(response.status).toBe(405);
          expect(response.headers.get('allow')).toBe('GET');
        } else if (route.kind === 'bad_id') expect(response.status).toBe(400);
        else if (session.kind === 'none' || session.kind === 'malformed') expect(response.status).toBe(401);
        else if (session.kind === 'exact') expect(response.status).toBe(200);
        else expect([200, 401]).toContain(response.status);

        if (response.status === 200) {
          // Only here may Stytch be asked, once, for exactly the resource the path names.
          expect(route.kind).toBe('match');
          expect(calls).toHaveLength(1);
          const [params, options] = calls[0] ?? [];
          if (route.kind === 'match') {
            expect(params).toEqual({ organization_id: route.organizationId, connected_app_id: route.connectedAppId });
          }
          if (session.kind === 'exact') expect(options).toEqual(authorizationOf(session));
          const sent = options?.authorization ?? {};
          expect(Boolean(sent.session_token || sent.session_jwt)).toBe(true);
          for (const value of [sent.session_token, sent.session_jwt]) {
            if (value !== undefined) expect(session.candidates).toContain(value);
          }
          const { requestId, ...app } = parseConnectedApp(body);
          expect(app).toEqual(APP);
          expect(requestId).toBe('request-id-test-fuzz');
        } else {
          expect(calls).toHaveLength(0);
          expect(Object.keys(body).every((key) => ERROR_KEYS.includes(key))).toBe(true);
          expect(body.status_code).toBe(response.status);
          expect(typeof body.error_type).toBe('string');
          expect(typeof body.error_message).toBe('string');
          // The handler answered itself: nothing from the request is echoed back.
          for (const value of session.candidates) if (value.length >= 12) expect(text).not.toContain(value);
        }
      }),
      { numRuns: RUNS },
    );

    // Each branch was reached often enough for the properties above to mean something.
    for (const status of STATUSES) expect(seen.get(status) ?? 0, `status ${status}`).toBeGreaterThan(RUNS / 100);
    expect(clientCalls).toBe(seen.get(200));
  }, 120_000);

  it('hands every valid id pair to Stytch unchanged, however the path encodes it', async () => {
    const { client, calls } = recordingClient();
    const handler = createConnectedAppHandler({ client, basePath: '/api/stytch' });
    /** Each character kept, percent-encoded in upper or lower case. */
    const encodedAnyhow = (id: string) =>
      fc.array(fc.constantFrom('raw', 'upper', 'lower'), { minLength: id.length, maxLength: id.length }).map((ways) =>
        [...id]
          .map((char, index) => {
            const hex = char.charCodeAt(0).toString(16).padStart(2, '0');
            const way = ways[index];
            return way === 'raw' ? char : `%${way === 'upper' ? hex.toUpperCase() : hex}`;
          })
          .join(''),
      );
    const pair = fc
      .tuple(validId, validId)
      .chain(([organizationId, appId]) =>
        fc.tuple(fc.constant(organizationId), fc.constant(appId), encodedAnyhow(organizationId), encodedAnyhow(appId)),
      );

    await fc.assert(
      fc.asyncProperty(pair, async ([organizationId, appId, encodedOrganization, encodedApp]) => {
        calls.length = 0;
        const url = `http://localhost/api/stytch/organizations/${encodedOrganization}/connected_apps/${encodedApp}`;
        const response = await handler(new Request(url, { headers: { 'x-stytch-member-session': 'token-1' } }));
        expect(response.status).toBe(200);
        expect(calls).toEqual([
          [
            { organization_id: organizationId, connected_app_id: appId },
            { authorization: { session_token: 'token-1' } },
          ],
        ]);
      }),
      { numRuns: 2_000 },
    );
  });

  it('answers whatever a custom getSession resolves to or throws, calling Stytch only with a session', async () => {
    const { client, calls } = recordingClient();
    const outcome = fc.oneof(
      fc.anything().map((value) => ({ kind: 'value' as const, value })),
      fc.record({ sessionToken: fc.option(fc.string()), sessionJwt: fc.option(fc.string()) }).map((value) => ({
        kind: 'value' as const,
        value,
      })),
      fc.anything().map((value) => ({ kind: 'throw' as const, value })),
    );
    await fc.assert(
      fc.asyncProperty(outcome, fc.boolean(), async (result, async) => {
        calls.length = 0;
        const getSession = () => {
          if (result.kind === 'throw') {
            if (async) return Promise.reject(result.value);
            throw result.value;
          }
          return (async ? Promise.resolve(result.value) : result.value) as never;
        };
        const handler = createConnectedAppHandler({ client, getSession });
        const response = await handler(
          new Request(`http://localhost/organizations/acme/connected_apps/${APP.connectedAppId}`),
        );
        const value = result.value as { sessionToken?: unknown; sessionJwt?: unknown } | null | undefined;
        // The contract's rule: string values, not blank, visible ASCII; one malformed value spoils the session.
        const values =
          result.kind === 'value' && typeof value === 'object' && value !== null
            ? [sessionValue(value.sessionToken), sessionValue(value.sessionJwt)]
            : [];
        const hasSession = !values.includes('malformed') && values.some((entry) => entry !== undefined);
        expect(response.status).toBe(result.kind === 'throw' ? 500 : hasSession ? 200 : 401);
        expect(calls).toHaveLength(hasSession ? 1 : 0);
      }),
      { numRuns: 1_000 },
    );
  });
});
