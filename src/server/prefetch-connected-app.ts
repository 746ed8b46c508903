import { ConnectedAppError, toConnectedAppError } from '../core/error';
import type { ConnectedApp } from '../core/types';
import { connectedAppKey } from '../react/connected-app-key';
import { callQuietly } from './call-quietly';
import { isValidId } from './connected-app-route';
import { fetchConnectedApp } from './fetch-connected-app';
import type { ConnectedAppsClient, MemberSession } from './types';

/** Options of {@link prefetchConnectedApp}. */
export interface PrefetchConnectedAppOptions {
  /** The `stytch` SDK's `new B2BClient({ project_id, secret })`. */
  client: ConnectedAppsClient;
  /** Exactly as the page passes it to `useConnectedApp` (id, slug or external id): it is part of the key. */
  organizationId: string;
  connectedAppId: string;
  /**
   * The signed-in member's session, so Stytch checks their organization and role. Without one Stytch
   * checks nothing: only omit it when your own code has authorized the page.
   */
  session?: MemberSession | null;
  /** @default 10000 */
  timeoutMs?: number;
  /**
   * Told why nothing was prefetched. An SDK failure's `cause` is an `Error` with only its message and
   * name (never the SDK's own error: it holds the session headers). Whatever it throws is ignored.
   */
  onError?: (error: ConnectedAppError) => void;
}

/**
 * Fetches one Connected App on the server and returns SWR `fallback` data keyed by `connectedAppKey`, so
 * a server-rendered page shows the app at once. It never throws: on any failure it returns `{}` (and
 * calls `onError`), and the browser fetches, and shows the error, itself.
 *
 * @example
 * const fallback = await prefetchConnectedApp({ client, organizationId, connectedAppId, session })
 * return <SWRConfig value={{ fallback }}><ConnectedAppPanel orgId={organizationId} appId={connectedAppId} /></SWRConfig>
 */
export async function prefetchConnectedApp(
  options: PrefetchConnectedAppOptions,
): Promise<Record<string, ConnectedApp>> {
  const { client, organizationId, connectedAppId, session, timeoutMs = 10_000, onError } = options;
  if (!isValidId(organizationId) || !isValidId(connectedAppId)) {
    const invalid = new ConnectedAppError({
      code: 'BAD_REQUEST',
      status: 400,
      errorMessage: 'The organization or app id is invalid.',
    });
    if (onError) callQuietly(() => onError(invalid));
    return {};
  }
  try {
    const app = await fetchConnectedApp({
      client,
      organizationId,
      connectedAppId,
      session,
      timeoutMs,
      rateLimitRetryAfterSeconds: 2,
    });
    return { [connectedAppKey(organizationId, connectedAppId)]: app };
  } catch (error) {
    if (onError) callQuietly(() => onError(toConnectedAppError(error)));
    return {};
  }
}
