import { NextResponse } from 'next/server';
import { seededSessions } from 'react-connected-apps/emulator';
import { SESSION_COOKIE } from '../../lib/session';

/**
 * POST `as=<seeded session>` signs in as one of the emulator's members (sets the `stytch_session` cookie
 * to its token); any other value signs out. Then back to the overview.
 */
export async function POST(request: Request): Promise<Response> {
  // Only this site's own forms: another site's page must not sign its visitor in or out.
  if (request.headers.get('sec-fetch-site') === 'cross-site') return new Response(null, { status: 403 });
  const name = (await request.formData()).get('as');
  const session = typeof name === 'string' ? Object.entries(seededSessions).find(([key]) => key === name) : undefined;
  // A relative Location: under `next start`, `request.url` names localhost, not the address the browser used.
  const response = new NextResponse(null, { status: 303, headers: { location: '/' } });
  if (session) {
    response.cookies.set(SESSION_COOKIE, session[1].sessionToken, { httpOnly: true, sameSite: 'lax', path: '/' });
  } else {
    response.cookies.delete(SESSION_COOKIE);
  }
  return response;
}
