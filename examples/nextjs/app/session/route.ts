import { NextResponse } from 'next/server';
import { seededSessions } from 'react-connected-apps/emulator';
import { SESSION_COOKIE } from '../../lib/session';

/**
 * POST `as=<seeded session>` signs in as one of the emulator's members (sets the `stytch_session` cookie
 * to its token); any other value signs out. Then back to the overview.
 */
export async function POST(request: Request): Promise<Response> {
  // Only this site's own forms: another site's page (or a sibling subdomain's) must not sign its visitor in or
  // out. Browsers without fetch metadata send an Origin, compared with the Host they addressed.
  const site = request.headers.get('sec-fetch-site');
  const origin = request.headers.get('origin');
  const sameOrigin =
    site !== null ? site === 'same-origin' : origin !== null && new URL(origin).host === request.headers.get('host');
  if (!sameOrigin) return new Response(null, { status: 403 });
  const name = (await request.formData()).get('as');
  const session = typeof name === 'string' ? Object.entries(seededSessions).find(([key]) => key === name) : undefined;
  // A relative Location: under `next start`, `request.url` names localhost, not the address the browser used.
  const response = new NextResponse(null, { status: 303, headers: { location: '/' } });
  if (session) {
    response.cookies.set(SESSION_COOKIE, session[1].sessionToken, {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      // Over HTTPS (directly or behind a proxy that terminates TLS), the cookie is never sent over plain HTTP.
      secure: new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https',
    });
  } else {
    response.cookies.delete(SESSION_COOKIE);
  }
  return response;
}
