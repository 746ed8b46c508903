// A customer's app: the panel through the memory transport, as the README shows it, on whichever React
// version this copy was installed with.
import 'react-connected-apps/styles.css';
import { StrictMode, useEffect, useRef, version } from 'react';
import { ConnectedAppPanel, ConnectedAppsProvider } from 'react-connected-apps';
import { createMemoryTransport, FIXTURE_ORGANIZATION_ID, fixtureApps } from 'react-connected-apps/testing';
import { createRoot } from 'react-dom/client';

// The fixture's logo lives on example.com; this app serves its own, so the page makes no outside request.
const app = { ...fixtureApps.firstParty, logoUrl: new URL('/logo.svg', window.location.href).href };
const transport = createMemoryTransport({ [FIXTURE_ORGANIZATION_ID]: [app] }, { latencyMs: 50 });

function App() {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // What the check reads back: the React that rendered, the name to wait for, and the forwarded ref.
    document.body.dataset.reactVersion = version;
    document.body.dataset.expectedName = app.name;
    document.body.dataset.panelRef = panel.current?.getAttribute('data-slot') ?? 'none';
  }, []);
  return (
    <ConnectedAppsProvider transport={transport}>
      <ConnectedAppPanel ref={panel} orgId={FIXTURE_ORGANIZATION_ID} appId={app.connectedAppId} />
    </ConnectedAppsProvider>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
