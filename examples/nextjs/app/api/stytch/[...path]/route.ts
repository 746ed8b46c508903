import { createConnectedAppHandler } from 'react-connected-apps/server';
import { basePath } from '../../../../lib/config';
import { stytchClient } from '../../../../lib/stytch';

let handler: ((request: Request) => Promise<Response>) | undefined;

/**
 * Every route of the library's handler under /api/stytch: an app, the organization's apps, a member's apps,
 * the RBAC policy (GET), revoke and the members search (POST). It reads the member's session from the
 * `stytch_session` cookie the browser sends, and is created on the first request, with the Stytch client
 * (see lib/stytch.ts).
 */
export function GET(request: Request): Promise<Response> {
  handler ??= createConnectedAppHandler({
    client: stytchClient(),
    basePath,
    onError: (error, context) =>
      console.error('[connected apps]', context, error instanceof Error ? error.message : error),
  });
  return handler(request);
}

export const POST = GET;
