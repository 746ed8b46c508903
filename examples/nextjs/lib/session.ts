import { cookies } from 'next/headers';
import type { MemberSession } from 'react-connected-apps/server';

/** The cookie holding the member's session token: the name Stytch's own login uses, and the handler reads. */
export const SESSION_COOKIE = 'stytch_session';

/**
 * The signed-in member's Stytch session, read from the request's cookies, or `null`: then
 * `prefetchConnectedApp` fetches nothing and the page's HTML holds no data.
 */
export async function memberSession(): Promise<MemberSession | null> {
  const store = await cookies();
  const sessionToken = store.get(SESSION_COOKIE)?.value;
  const sessionJwt = store.get('stytch_session_jwt')?.value;
  return sessionToken || sessionJwt ? { sessionToken, sessionJwt } : null;
}
