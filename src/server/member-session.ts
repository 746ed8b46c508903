import type { MemberSession } from './types';

/** Longer values are not Stytch sessions; refusing them keeps junk out of upstream headers. */
const MAX_SESSION_LENGTH = 8192;

function usable(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed && trimmed.length <= MAX_SESSION_LENGTH ? trimmed : undefined;
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
      return undefined;
    }
  }
  return undefined;
}

/**
 * The member session of a request, as Stytch's frontend SDKs send it: the `X-Stytch-Member-Session` /
 * `X-Stytch-Member-SessionJWT` headers first, else the `stytch_session` / `stytch_session_jwt` cookies.
 * `null` when there is none. This is the handler's default `getSession`; call it from your own to extend it.
 *
 * @example
 * getSession: (request) => readMemberSession(request) ?? mySessionFrom(request)
 */
export function readMemberSession(request: Request): MemberSession | null {
  const fromHeaders: MemberSession = {};
  const token = usable(request.headers.get('x-stytch-member-session'));
  const jwt = usable(request.headers.get('x-stytch-member-sessionjwt'));
  if (token) fromHeaders.sessionToken = token;
  if (jwt) fromHeaders.sessionJwt = jwt;
  if (token || jwt) return fromHeaders;

  const cookies = request.headers.get('cookie');
  const fromCookies: MemberSession = {};
  const cookieToken = usable(readCookie(cookies, 'stytch_session'));
  const cookieJwt = usable(readCookie(cookies, 'stytch_session_jwt'));
  if (cookieToken) fromCookies.sessionToken = cookieToken;
  if (cookieJwt) fromCookies.sessionJwt = cookieJwt;
  return cookieToken || cookieJwt ? fromCookies : null;
}

/**
 * True when `session` carries a token or a JWT.
 *
 * @example
 * if (!hasMemberSession(readMemberSession(request))) return redirectToLogin()
 */
export function hasMemberSession(session: MemberSession | null | undefined): session is MemberSession {
  return Boolean(session?.sessionToken || session?.sessionJwt);
}
