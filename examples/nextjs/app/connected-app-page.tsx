import { prefetchConnectedApp } from 'react-connected-apps/server';
import { SWRConfig } from 'swr';
import { connectedAppId, organizationId } from '../lib/config';
import { memberSession } from '../lib/session';
import { stytchClient } from '../lib/stytch';
import { ConnectedAppView } from './connected-app-view';

/**
 * A Server Component: the app is fetched here, with the member's session, and handed to SWR as `fallback`,
 * so the HTML already shows it. Signed out, nothing is fetched: the HTML holds no data, and the panel then
 * shows the handler's 401.
 */
export async function ConnectedAppPage({ canRevoke = false }: { canRevoke?: boolean }) {
  const session = await memberSession();
  const fallback = session
    ? await prefetchConnectedApp({
        client: stytchClient(),
        organizationId,
        connectedAppId,
        session,
        // A failed prefetch renders no data (the browser then fetches and shows the error); say why in the log.
        onError: (error) => console.error('[connected apps] prefetch', error.code, error.message),
      })
    : {};
  return (
    <SWRConfig value={{ fallback }}>
      <ConnectedAppView orgId={organizationId} appId={connectedAppId} canRevoke={canRevoke} />
    </SWRConfig>
  );
}
