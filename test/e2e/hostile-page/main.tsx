// Renders every hostile case at once: panels through a memory transport, and error banners directly.
import 'react-connected-apps/styles.css';
import { StrictMode } from 'react';
import {
  ConnectedAppError,
  ConnectedAppPanel,
  ConnectedAppsProvider,
  type ConnectedAppTransport,
  ErrorBanner,
} from 'react-connected-apps';
import { createMemoryTransport } from 'react-connected-apps/testing';
import { createRoot } from 'react-dom/client';
import { bannerCases, controlApp, controlError, ERROR_ORG, errorCases, logoCases, ORG, textCases } from './cases';

const control = controlApp(window.location.origin);
const memory = createMemoryTransport({ [ORG]: [...textCases.map(({ app }) => app), ...logoCases, control] });
const transport: ConnectedAppTransport = {
  getConnectedApp(request) {
    if (request.organizationId !== ERROR_ORG) return memory.getConnectedApp(request);
    const found = errorCases.find(({ id }) => id === request.connectedAppId);
    return Promise.reject(new ConnectedAppError(found?.error ?? { code: 'NOT_FOUND', status: 404 }));
  },
};
const resolvedNames = new Map(textCases.map(({ resolvedMemberId, text }) => [resolvedMemberId, text]));
const resolveMember = (memberId: string) => resolvedNames.get(memberId);

function Page() {
  return (
    <ConnectedAppsProvider transport={transport} retry={{ maxRetries: 0 }}>
      <main style={{ display: 'grid', gap: '1.5rem' }}>
        {textCases.map(({ id, app }) => (
          <section key={id} data-case={id}>
            <ConnectedAppPanel orgId={ORG} appId={app.connectedAppId} resolveMember={resolveMember} />
          </section>
        ))}
        {logoCases.map((app) => (
          <section key={app.connectedAppId} data-case={app.connectedAppId}>
            <ConnectedAppPanel orgId={ORG} appId={app.connectedAppId} />
          </section>
        ))}
        <section data-case="control">
          <ConnectedAppPanel orgId={ORG} appId={control.connectedAppId} />
        </section>
        {errorCases.map(({ id }) => (
          <section key={id} data-case={id}>
            <ConnectedAppPanel orgId={ERROR_ORG} appId={id} />
          </section>
        ))}
        {[...bannerCases, controlError].map(({ id, error }) => (
          <section key={id} data-case={id}>
            <ErrorBanner error={new ConnectedAppError(error)} onRetry={() => undefined} />
          </section>
        ))}
        <section data-case="unknown-organization">
          <ConnectedAppPanel orgId="__proto__" appId="constructor" />
        </section>
      </main>
    </ConnectedAppsProvider>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Page />
    </StrictMode>,
  );
}
