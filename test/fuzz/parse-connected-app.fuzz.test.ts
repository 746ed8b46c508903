import fc from 'fast-check';
import { createFetchTransport, isConnectedAppError, parseConnectedApp } from 'react-connected-apps';
import { fixtureApps, toStytchResponse } from 'react-connected-apps/testing';
import { describe, expect, it } from 'vitest';

const RUNS = 10_000;

/** Odd strings: any Unicode (bidi overrides, zero-width, lone surrogates), HTML and URL payloads. */
const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    '\u202Egnp.exe',
    '\u200B',
    '__proto__',
    'constructor',
    '\uD800',
    '💥'.repeat(50),
  ),
);

/** Values shaped like a Stytch answer, with every field possibly missing, mistyped or odd. */
const nearlyValid = fc.record(
  {
    status_code: fc.oneof(fc.constant(200), fc.integer()),
    request_id: fc.oneof(hostileString, fc.integer(), fc.constant(null)),
    connected_app_id: fc.oneof(hostileString, fc.integer(), fc.constant(null)),
    name: fc.oneof(hostileString, fc.boolean(), fc.constant(null)),
    description: fc.oneof(hostileString, fc.constant(null), fc.array(fc.string())),
    client_type: fc.oneof(fc.constantFrom('first_party', 'third_party_public'), hostileString, fc.integer()),
    logo_url: fc.oneof(hostileString, fc.constant(null), fc.object()),
    active_members: fc.oneof(
      fc.array(
        fc.oneof(
          fc.record(
            {
              member_id: fc.oneof(hostileString, fc.integer()),
              granted_scopes: fc.oneof(fc.array(fc.oneof(hostileString, fc.integer())), fc.string()),
            },
            { requiredKeys: [] },
          ),
          fc.anything(),
        ),
        { maxLength: 20 },
      ),
      fc.anything(),
    ),
  },
  { requiredKeys: [] },
);

/** Deeply nested arrays and objects. */
const deep = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue(),
    fc.array(tie('node'), { maxLength: 3 }),
  ),
})).node;

const anyInput = fc.oneof(
  fc.anything({ withNullPrototype: true, withObjectString: true }),
  fc.jsonValue(),
  nearlyValid,
  deep,
);

function outcome(run: () => unknown): 'app' | 'error' {
  try {
    const app = run() as { connectedAppId: unknown; activeMembers: unknown };
    expect(typeof app.connectedAppId).toBe('string');
    expect(Array.isArray(app.activeMembers)).toBe(true);
    return 'app';
  } catch (error) {
    if (!isConnectedAppError(error)) throw error;
    expect(error.code).toBe('INVALID_RESPONSE');
    return 'error';
  }
}

describe('parseConnectedApp under hostile input', () => {
  it(`returns a ConnectedApp or throws INVALID_RESPONSE for ${RUNS} generated values`, () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        outcome(() => parseConnectedApp(input));
      }),
      { numRuns: RUNS },
    );
  });

  it('accepts every valid answer, whatever its strings', () => {
    fc.assert(
      fc.property(
        hostileString.filter(Boolean),
        fc.array(fc.array(hostileString), { maxLength: 5 }),
        (name, scopes) => {
          const body = toStytchResponse({
            ...fixtureApps.thirdParty,
            name,
            activeMembers: scopes.map((grantedScopes, index) => ({ memberId: `member-${index}`, grantedScopes })),
          });
          const app = parseConnectedApp(body);
          expect(app.name).toBe(name);
          expect(app.activeMembers.map((member) => member.grantedScopes)).toEqual(scopes);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('survives a 100,000-member answer and a 10,000-level nesting', () => {
    const big = toStytchResponse({
      ...fixtureApps.thirdParty,
      activeMembers: Array.from({ length: 100_000 }, (_, i) => ({ memberId: `m${i}`, grantedScopes: ['openid'] })),
    });
    expect(parseConnectedApp(big).activeMembers).toHaveLength(100_000);
    let nested: unknown = 'x';
    for (let i = 0; i < 10_000; i++) nested = [nested];
    expect(outcome(() => parseConnectedApp({ ...big, active_members: nested }))).toBe('error');
  });
});

describe('createFetchTransport under hostile answers', () => {
  const answer = fc.record({
    status: fc.oneof(
      fc.constantFrom(200, 400, 401, 403, 404, 429, 500, 502, 503, 504),
      fc.integer({ min: 200, max: 599 }),
    ),
    body: fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      anyInput.map((value) => {
        try {
          return JSON.stringify(value) ?? 'null';
        } catch {
          return '{}';
        }
      }),
    ),
    retryAfter: fc.option(
      fc.oneof(
        fc.string(),
        fc.nat().map(String),
        fc.date().map((d) => d.toUTCString()),
      ),
      {
        nil: undefined,
      },
    ),
  });

  it(`resolves to an app or rejects with a ConnectedAppError for ${RUNS} generated answers`, async () => {
    await fc.assert(
      fc.asyncProperty(answer, async ({ status, body, retryAfter }) => {
        const headers: Record<string, string> = retryAfter === undefined ? {} : { 'retry-after': retryAfter };
        const fetch = async () => new Response(status === 204 ? null : body, { status, headers });
        const transport = createFetchTransport({ baseUrl: '/api', fetch });
        try {
          const app = await transport.getConnectedApp({ organizationId: 'org', connectedAppId: 'app' });
          expect(status).toBeLessThan(300);
          expect(typeof app.name).toBe('string');
        } catch (error) {
          expect(isConnectedAppError(error)).toBe(true);
          if (isConnectedAppError(error) && error.retryAfterMs !== undefined) {
            expect(error.retryAfterMs).toBeGreaterThanOrEqual(0);
            expect(error.retryAfterMs).toBeLessThanOrEqual(600_000);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});
