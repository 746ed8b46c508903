import fc from 'fast-check';

/**
 * What the handler should do with a request, written from its contract (README, DESIGN.md) rather than
 * from its code: the route is `{base}/organizations/{org}/connected_apps/{app}`, an id is 1 to 128 of
 * `A-Z a-z 0-9 . _ ~ | -` other than `.` and `..`, and a session is a non-blank value in the
 * X-Stytch-Member-Session(JWT) headers, else in the stytch_session(_jwt) cookies; once trimmed it must be
 * visible ASCII of at most 8192 characters, else the whole session is malformed (401, Stytch not called).
 */

/** Every status the handler may answer with the recording client and no `authorize`. */
export const STATUSES = [200, 400, 401, 404, 405] as const;

const ID_CHARACTERS = new Set('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~|-');
const MAX_SESSION_LENGTH = 8192;

export type ExpectedRoute =
  | { kind: 'not_found' }
  | { kind: 'bad_id' }
  | { kind: 'match'; organizationId: string; connectedAppId: string };

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function acceptable(id: string | undefined): id is string {
  return (
    id !== undefined &&
    id.length <= 128 &&
    id !== '.' &&
    id !== '..' &&
    id !== '' &&
    [...id].every((c) => ID_CHARACTERS.has(c))
  );
}

/** The route of a URL's pathname, as the handler mounted at `base` must see it. */
export function expectedRoute(pathname: string, base: string): ExpectedRoute {
  const prefix = `${base}/organizations/`;
  if (!pathname.startsWith(prefix)) return { kind: 'not_found' };
  const parts = pathname.slice(prefix.length).split('/');
  if (parts.length !== 3 || parts[1] !== 'connected_apps') return { kind: 'not_found' };
  const organizationId = decode(parts[0] ?? '');
  const connectedAppId = decode(parts[2] ?? '');
  if (!acceptable(organizationId) || !acceptable(connectedAppId)) return { kind: 'bad_id' };
  return { kind: 'match', organizationId, connectedAppId };
}

/** How a generated request carries (or fails to carry) a member session. */
export interface SessionInput {
  headers: Record<string, string>;
  token?: string;
  jwt?: string;
  cookie?: { kind: 'pairs'; pairs: Array<[string, string]> } | { kind: 'junk'; value: string };
}

export type ExpectedSession =
  | { kind: 'none'; candidates: string[] }
  | { kind: 'exact'; session: { sessionToken?: string; sessionJwt?: string }; candidates: string[] }
  /** A value with control characters or over 8192 characters: 401 without calling Stytch. */
  | { kind: 'malformed'; candidates: string[] }
  /** A malformed cookie header: no session, a malformed one, or one of `candidates`. */
  | { kind: 'maybe'; candidates: string[] };

/** A value that is there at all: not missing, not blank. */
function present(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A present value as the handler sends it (trimmed), or `'malformed'`. */
export function sessionValue(value: unknown): string | undefined | 'malformed' {
  const there = present(value);
  if (there === undefined) return undefined;
  const trimmed = there.trim();
  const visibleAscii = [...trimmed].every((c) => c.charCodeAt(0) >= 0x21 && c.charCodeAt(0) <= 0x7e);
  return trimmed.length <= MAX_SESSION_LENGTH && visibleAscii ? trimmed : 'malformed';
}

function cookieValue(raw: string): string | undefined {
  const trimmed = raw.trim();
  const unquoted =
    trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1) : trimmed;
  return present(decode(unquoted));
}

function classify(rawToken: string | undefined, rawJwt: string | undefined): ExpectedSession {
  const sessionToken = sessionValue(rawToken);
  const sessionJwt = sessionValue(rawJwt);
  if (sessionToken === 'malformed' || sessionJwt === 'malformed') return { kind: 'malformed', candidates: [] };
  const candidates = [sessionToken, sessionJwt].filter((value): value is string => value !== undefined);
  if (candidates.length === 0) return { kind: 'none', candidates };
  return {
    kind: 'exact',
    session: { ...(sessionToken ? { sessionToken } : {}), ...(sessionJwt ? { sessionJwt } : {}) },
    candidates,
  };
}

/** The session the handler must pass to Stytch for `input`. */
export function expectedSession(input: SessionInput): ExpectedSession {
  const token = present(input.token);
  const jwt = present(input.jwt);
  if (token || jwt) return classify(token, jwt);
  const cookie = input.cookie;
  if (!cookie) return { kind: 'none', candidates: [] };
  if (cookie.kind === 'pairs') {
    const find = (name: string) => {
      const pair = cookie.pairs.find(([candidate]) => candidate === name);
      return pair ? cookieValue(pair[1]) : undefined;
    };
    return classify(find('stytch_session'), find('stytch_session_jwt'));
  }
  const candidates = cookie.value
    .split(';')
    .filter((part) => part.includes('='))
    .map((part) => sessionValue(cookieValue(part.slice(part.indexOf('=') + 1))))
    .filter((value): value is string => value !== undefined && value !== 'malformed');
  return candidates.length === 0 ? { kind: 'none', candidates } : { kind: 'maybe', candidates };
}

/** Any value a Headers object accepts: bytes 1 to 255 but CR and LF. */
const headerByte = fc
  .integer({ min: 1, max: 255 })
  .filter((code) => code !== 10 && code !== 13)
  .map((code) => String.fromCharCode(code));

const headerValue = fc.oneof(
  fc.constantFrom('', ' ', '\t \t', '\u00a0', 'token-1', '  token-1  ', 'jwt.a.b', 't'.repeat(8192), 't'.repeat(8193)),
  fc.string({ unit: headerByte, maxLength: 40 }),
  fc.stringMatching(/^[A-Za-z0-9._-]{12,40}$/),
);

/** Values for the Stytch cookies, sometimes quoted, sometimes blank or too long once decoded. */
const tokenCookie = fc
  .tuple(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.constantFrom('', '  ', 'token-c', 'a'.repeat(8192), 'a'.repeat(8193)),
    ),
    fc.boolean(),
  )
  .map(([token, quoted]) => (quoted ? `"${encodeURIComponent(token)}"` : encodeURIComponent(token)));

// Built once: making a stringMatching arbitrary parses its pattern, far too slow to do per run.
const otherCookie = fc.stringMatching(/^[A-Za-z0-9%"]{0,12}$/);

const pairs = fc
  .shuffledSubarray(['theme', 'stytch_session', 'stytch_session_jwt', 'my_stytch_session', 'lang'], { maxLength: 4 })
  .chain((names) =>
    fc.tuple(
      ...names.map((name) => fc.tuple(fc.constant(name), name.startsWith('stytch_') ? tokenCookie : otherCookie)),
    ),
  );

const junkCookie = fc.oneof(
  fc.string({ unit: headerByte, maxLength: 60 }),
  fc
    .tuple(fc.string({ unit: headerByte, maxLength: 20 }), fc.string({ unit: headerByte, maxLength: 20 }))
    .map(([before, after]) => `${before}stytch_session=${after}`),
  fc.constantFrom('stytch_session=%', 'stytch_session=%zz; stytch_session_jwt=ok', 'stytch_session', '='),
);

const someSession: fc.Arbitrary<SessionInput> = fc
  .record(
    {
      token: headerValue,
      jwt: headerValue,
      tokenName: fc.constantFrom('x-stytch-member-session', 'X-Stytch-Member-Session'),
      cookie: fc.oneof(
        pairs.map((list) => ({ kind: 'pairs' as const, pairs: list })),
        junkCookie.map((value) => ({ kind: 'junk' as const, value })),
      ),
    },
    { requiredKeys: [] },
  )
  .map(({ token, jwt, tokenName, cookie }) => {
    const headers: Record<string, string> = {};
    if (token !== undefined) headers[tokenName ?? 'x-stytch-member-session'] = token;
    if (jwt !== undefined) headers['x-stytch-member-sessionjwt'] = jwt;
    const cookieHeader =
      cookie?.kind === 'pairs' ? cookie.pairs.map(([name, value]) => `${name}=${value}`).join('; ') : cookie?.value;
    if (cookieHeader) headers.cookie = cookieHeader;
    return { headers, token, jwt, cookie: cookieHeader ? cookie : undefined };
  });

/** A member session in headers, cookies, both or neither, valid or not. */
export const sessionArbitrary: fc.Arbitrary<SessionInput> = fc.oneof(
  { weight: 3, arbitrary: someSession },
  { weight: 1, arbitrary: fc.constant({ headers: {} }) },
);
