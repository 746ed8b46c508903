'use client';

import { ConnectedAppPanel, ConnectedAppsProvider, createFetchTransport } from 'react-connected-apps';
import { basePath } from '../lib/config';

// A client module: the transport calls `fetch` in the browser (`next build` refuses it on the server). The
// session cookie goes with every call (same-origin requests send cookies; `credentials` defaults to
// 'same-origin'), so the handler knows the member when SWR fetches again after hydration, and for the
// members search, the scope policy and revokes.
const transport = createFetchTransport({ baseUrl: basePath });

export function ConnectedAppView({
  orgId,
  appId,
  canRevoke = false,
}: {
  orgId: string;
  appId: string;
  canRevoke?: boolean;
}) {
  return (
    <ConnectedAppsProvider transport={transport}>
      <ConnectedAppPanel orgId={orgId} appId={appId} canRevoke={canRevoke} />
    </ConnectedAppsProvider>
  );
}
