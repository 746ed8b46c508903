import {
  type ConnectedApp,
  ConnectedAppPanel,
  ConnectedAppsProvider,
  connectedAppKey,
  ErrorBanner,
} from 'react-connected-apps';
import { type StytchEmulator, seededSessions, startStytchEmulator } from 'react-connected-apps/emulator';
import { prefetchConnectedApp } from 'react-connected-apps/server';
import {
  createMemoryTransport,
  fixtureApps,
  makeConnectedApp,
  makeConnectedAppError,
  makeLargeApp,
} from 'react-connected-apps/testing';
import { renderToString } from 'react-dom/server';
import { SWRConfig } from 'swr';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { stytchClientFor } from './helpers';

const ORG = 'acme';
const APP = fixtureApps.thirdParty;

let emulator: StytchEmulator;
let consoleError: MockInstance<typeof console.error>;

beforeAll(async () => {
  emulator = await startStytchEmulator();
});
afterAll(() => emulator.stop());
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error');
});
afterEach(() => {
  emulator.reset();
  // React reports hydration-unsafe hooks and bad markup through console.error, on the server too.
  expect(consoleError.mock.calls.map((call) => String(call[0]))).toEqual([]);
  consoleError.mockRestore();
});

/** The panel as a server-rendered page writes it: the prefetched data handed to SWR as `fallback`. */
function renderPanel(fallback: Record<string, ConnectedApp>, orgId: string, appId: string) {
  const transport = createMemoryTransport({});
  const html = renderToString(
    <SWRConfig value={{ fallback, provider: () => new Map() }}>
      <ConnectedAppsProvider transport={transport}>
        <ConnectedAppPanel orgId={orgId} appId={appId} />
      </ConnectedAppsProvider>
    </SWRConfig>,
  );
  return { html, transport };
}

/** The text of the markup, as a reader sees it (tags dropped, entities decoded). */
function textOf(html: string) {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('renderToString of the panel in plain Node', () => {
  it('runs with no window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('shows the prefetched app, its members and scopes, without a request or a loading state', async () => {
    const fallback = await prefetchConnectedApp({
      client: stytchClientFor(emulator),
      organizationId: ORG,
      connectedAppId: APP.connectedAppId,
      session: { sessionToken: seededSessions.acmeAdmin.sessionToken },
    });
    expect(Object.keys(fallback)).toEqual([connectedAppKey(ORG, APP.connectedAppId)]);
    const { html, transport } = renderPanel(fallback, ORG, APP.connectedAppId);

    expect(html).toContain('data-status="success"');
    expect(html).toMatch(new RegExp(`<h2[^>]*>${APP.name}</h2>`));
    expect(textOf(html)).toContain(APP.description);
    const firstMember = APP.activeMembers[0];
    expect(firstMember).toBeDefined();
    expect(html).toContain(firstMember?.memberId);
    expect(textOf(html)).toContain('Sign-in');
    expect(html).not.toContain('aria-busy');
    expect(transport.calls).toEqual([]);
  });

  it('renders the loading skeleton when nothing was prefetched, and fetches nothing on the server', () => {
    const { html, transport } = renderPanel({}, ORG, APP.connectedAppId);
    expect(html).toContain('data-status="loading"');
    expect(textOf(html)).toContain('Loading');
    expect(transport.calls).toEqual([]);
  });

  it('escapes hostile text: markup in names stays text', () => {
    const hostile = makeConnectedApp({
      connectedAppId: 'connected-app-test-hostile',
      name: '<script>window.__pwned=1</script>',
      description: '"><img src=x onerror="window.__pwned=1">',
      logoUrl: 'javascript:window.__pwned=1',
      activeMembers: [{ memberId: '</style><svg onload=alert(1)>', grantedScopes: ['<b onclick=alert(1)>'] }],
    });
    const { html } = renderPanel(
      { [connectedAppKey(ORG, hostile.connectedAppId)]: hostile },
      ORG,
      hostile.connectedAppId,
    );
    expect(html).not.toMatch(/<script|<img[^>]*onerror|<svg|<b /i);
    expect(html).not.toContain('javascript:');
    expect(textOf(html)).toContain(hostile.name);
    expect(textOf(html)).toContain(hostile.description);
    expect(textOf(html)).toContain('</style><svg onload=alert(1)>');
  });

  it('renders a 10,000-member app (virtualized list) and an error banner', () => {
    const large = makeLargeApp(10_000);
    const { html } = renderPanel({ [connectedAppKey(ORG, large.connectedAppId)]: large }, ORG, large.connectedAppId);
    expect(html).toMatch(/data-slot="members-list-items" data-virtualized(="")?[ >]/);
    expect(html).toContain(large.name);

    const banner = renderToString(
      <ErrorBanner error={makeConnectedAppError('RATE_LIMITED', { retryAfterMs: 3000 })} onRetry={() => undefined} />,
    );
    expect(textOf(banner)).toContain('Retrying in 3 seconds');
  });
});
