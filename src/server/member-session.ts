import type { MemberSession } from './types';

/** Longer values are not Stytch sessions; refusing them keeps junk out of upstream headers. */
const MAX_SESSION_LENGTH = 8192;

/** Session tokens and JWTs are visible ASCII: anything else (CR, LF, NUL, spaces, Unicode) is not one. */
const SESSION_VALUE = /^[\x21-\x7e]+$/;

/**
 * What a session found in a request amounts to: a session to send to Stytch, none at all (missing or
 * blank: Stytch would read an empty header as "no session" and check nothing), or a malformed one (control
 * characters, over 8 kB), which is a bad session, not an outage.
 */
export type CheckedMemberSession =
  | { kind: 'usable'; session: MemberSession }
  | { kind: 'none'; session: null }
  | { kind: 'malformed'; session: null };

type CheckedValue = string | null | undefined | 'malformed';

function checkValue(value: unknown): CheckedValue {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  return trimmed.length <= MAX_SESSION_LENGTH && SESSION_VALUE.test(trimmed) ? trimmed : 'malformed';
}

/**
 * The one rule for what counts as a member session, used by the handler, `prefetchConnectedApp` and
 * {@link hasMemberSession}: a token or a JWT that is not blank, holds only visible ASCII and is at most
 * 8 kB. Values are trimmed; a malformed value makes the whole session malformed.
 */
export function checkMemberSession(found: MemberSession | null | undefined): CheckedMemberSession {
  const token = checkValue(found?.sessionToken);
  const jwt = checkValue(found?.sessionJwt);
  if (token === 'malformed' || jwt === 'malformed') return { kind: 'malformed', session: null };
  if (!token && !jwt) return { kind: 'none', session: null };
  const session: MemberSession = {};
  if (token) session.sessionToken = token;
  if (jwt) session.sessionJwt = jwt;
  return { kind: 'usable', session };
}

function readCookie(cookieHeader: string | null, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const separator = part.indexOf('=');
    if (separator === -1 || part.slice(0, separator).trim() !== name) continue;
    const raw = part.slice(separator + 1).trim();
    try {
      return decodeURIComponent(raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw);
    } catch {
      // Not percent-decodable: no session (401 before Stytch), as for any other junk cookie.
      return undefined;
    }
  }
  return undefined;
}

function present(value: string | null | undefined): string | undefined {
  return value && value.trim() !== '' ? value : undefined;
}

function sessionOf(token: string | undefined, jwt: string | undefined): MemberSession | null {
  if (!token && !jwt) return null;
  const session: MemberSession = {};
  if (token) session.sessionToken = token;
  if (jwt) session.sessionJwt = jwt;
  return session;
}

/**
 * The member session of a request, as Stytch's frontend SDKs send it: the `X-Stytch-Member-Session` /
 * `X-Stytch-Member-SessionJWT` headers first, else the `stytch_session` / `stytch_session_jwt` cookies.
 * `null` when there is none (blank values count as none). Values are returned as sent: the handler then
 * refuses a malformed one with 401. This is the handler's default `getSession`; call it from your own.
 *
 * @example
 * getSession: (request) => readMemberSession(request) ?? mySessionFrom(request)
 */
export function readMemberSession(request: Request): MemberSession | null {
  const fromHeaders = sessionOf(
    present(request.headers.get('x-stytch-member-session')),
    present(request.headers.get('x-stytch-member-sessionjwt')),
  );
  if (fromHeaders) return fromHeaders;
  const cookies = request.headers.get('cookie');
  return sessionOf(present(readCookie(cookies, 'stytch_session')), present(readCookie(cookies, 'stytch_session_jwt')));
}

/**
 * True when `session` is usable: a token or a JWT that is not blank and holds no control characters
 * (the same rule the handler and `prefetchConnectedApp` apply before calling Stytch).
 *
 * @example
 * if (!hasMemberSession(readMemberSession(request))) return redirectToLogin()
 */
export function hasMemberSession(session: MemberSession | null | undefined): session is MemberSession {
  return checkMemberSession(session).kind === 'usable';
}
