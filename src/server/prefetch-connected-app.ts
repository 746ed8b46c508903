import { ConnectedAppError, toConnectedAppError } from '../core/error';
import { connectedAppKey } from '../core/keys';
import type { ConnectedApp } from '../core/types';
import { isValidId } from '../core/wire/ids';
import { callQuietly } from './call-quietly';
import { fetchConnectedApp } from './call-stytch';
import { serverDefaults } from './defaults';
import { checkMemberSession } from './member-session';
import type { ConnectedAppsClient, MemberSession } from './types';

/** Options of {@link prefetchConnectedApp}. */
export interface PrefetchConnectedAppOptions {
  /** The `stytch` SDK's `new B2BClient({ project_id, secret })`. */
  client: ConnectedAppsClient;
  /** Exactly as the page passes it to `useConnectedApp` (id, slug or external id): it is part of the key. */
  organizationId: string;
  connectedAppId: string;
  /**
   * The signed-in member's session, so Stytch checks their organization and role. Without a usable one
   * (missing, blank or malformed) nothing is fetched and the fallback is `{}`, because Stytch would then
   * check nothing: pass `session: token ? { sessionToken: token } : null` and a signed-out visitor's page
   * holds no data.
   */
  session?: MemberSession | null;
  /**
   * Your own decision, as the handler's `authorize`: returning `true` fetches even without a usable
   * session (Stytch then checks nothing, so only allow what your own auth has verified). Asked only when
   * there is no usable session.
   */
  authorize?: (context: {
    organizationId: string;
    connectedAppId: string;
    session: null;
  }) => boolean | Promise<boolean>;
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
 * a server-rendered page shows the app at once. Without a usable member session it returns `{}` and calls
 * nothing (unless `authorize` allows it). It never throws: on any failure it returns `{}` (and calls
 * `onError`), and the browser fetches, and shows the error, itself.
 *
 * @example
 * const fallback = await prefetchConnectedApp({ client, organizationId, connectedAppId, session })
 * return <SWRConfig value={{ fallback }}><ConnectedAppPanel orgId={organizationId} appId={connectedAppId} /></SWRConfig>
 */
export async function prefetchConnectedApp(
  options: PrefetchConnectedAppOptions,
): Promise<Record<string, ConnectedApp>> {
  const { client, organizationId, connectedAppId, timeoutMs = serverDefaults.timeoutMs, authorize, onError } = options;
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
    // The handler's rule: no usable session, no call to Stytch, unless the caller's own check says so.
    const checked = checkMemberSession(options.session);
    if (checked.kind === 'malformed') return {};
    const { session } = checked;
    if (session === null && !(authorize && (await authorize({ organizationId, connectedAppId, session })))) {
      return {};
    }
    const app = await fetchConnectedApp({
      client,
      organizationId,
      connectedAppId,
      session,
      timeoutMs,
      rateLimitRetryAfterSeconds: serverDefaults.rateLimitRetryAfterSeconds,
    });
    return { [connectedAppKey(organizationId, connectedAppId)]: app };
  } catch (error) {
    if (onError) callQuietly(() => onError(toConnectedAppError(error)));
    return {};
  }
}
