// The request-economy benchmark page: bench/browser.mjs calls `window.economyBench.run()`.
// React's profiling build (production code that still calls <Profiler onRender>) counts the panel's renders.
import { Profiler, type ReactNode, useState } from 'react';
import {
  ConnectedAppPanel,
  ConnectedAppsProvider,
  type ConnectedAppTransport,
  connectedAppKey,
  useConnectedApp,
} from 'react-connected-apps';
import {
  createMemoryTransport,
  FIXTURE_ORGANIZATION_ID,
  fixtureApps,
  fixtureScopePolicy,
  makeMembersDirectory,
} from 'react-connected-apps/testing';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/profiling';
import { SWRConfig, useSWRConfig } from 'swr';

const ORG = FIXTURE_ORGANIZATION_ID;
const APPS = [
  fixtureApps.firstParty,
  fixtureApps.firstPartyPublic,
  fixtureApps.thirdParty,
  fixtureApps.thirdPartyPublic,
  fixtureApps.unknownType,
];
const FIRST = APPS[0]?.connectedAppId ?? '';
const PROBES = 100;
const LATENCY_MS = 10;

const renders = { probes: 0, validatingProbe: 0, panel: 0 };
let mutate: ReturnType<typeof useSWRConfig>['mutate'] | null = null;
let showApp: ((appId: string) => void) | null = null;

/** A component as an app writes one: it reads `status` and `data`, never `isValidating`. */
function Probe({ appId }: { appId: string }) {
  const state = useConnectedApp(ORG, appId);
  renders.probes += 1;
  return <p data-probe={state.status}>{state.status === 'success' ? state.data.name : state.status}</p>;
}

/** One that shows a "refreshing" hint: it must still see every validation start and end. */
function ValidatingProbe({ appId }: { appId: string }) {
  const state = useConnectedApp(ORG, appId);
  renders.validatingProbe += 1;
  return <p data-validating={String(state.isValidating)}>{state.status}</p>;
}

function MutateCapture() {
  mutate = useSWRConfig().mutate;
  return null;
}

function Switcher() {
  const [appId, setAppId] = useState(FIRST);
  showApp = setAppId;
  return <Probe appId={appId} />;
}

const container = document.getElementById('root') as HTMLElement;

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let frame = 0; frame < 600; frame += 1) {
    if (check()) return;
    await nextFrame();
  }
  throw new Error(`Timed out waiting for ${what}`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const count = (selector: string) => container.querySelectorAll(selector).length;

function mount(transport: ConnectedAppTransport, children: ReactNode) {
  const root = createRoot(container);
  root.render(
    <SWRConfig value={{ provider: () => new Map() }}>
      <ConnectedAppsProvider transport={transport}>
        <MutateCapture />
        {children}
      </ConnectedAppsProvider>
    </SWRConfig>,
  );
  return root;
}

/** 100 components on one app, then a revalidation that returns the same data. */
async function sharedAppAndRevalidation() {
  const transport = createMemoryTransport({ [ORG]: APPS }, { latencyMs: LATENCY_MS });
  const root = mount(
    transport,
    <>
      {Array.from({ length: PROBES }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of identical probes
        <Probe key={index} appId={FIRST} />
      ))}
      <Profiler
        id="panel"
        onRender={() => {
          renders.panel += 1;
        }}
      >
        <ConnectedAppPanel orgId={ORG} appId={FIRST} />
      </Profiler>
      <ValidatingProbe appId={FIRST} />
    </>,
  );
  await until(
    () => count('[data-probe="success"]') === PROBES && count('[data-slot="active-members-list"]') === 1,
    'every probe to show the app',
  );
  const callsForMount = transport.calls.length;

  await nextFrame();
  renders.probes = 0;
  renders.panel = 0;
  renders.validatingProbe = 0;
  await mutate?.(connectedAppKey(ORG, FIRST));
  await nextFrame();
  await nextFrame();
  const result = {
    components: PROBES + 2,
    callsForMount,
    revalidationCalls: transport.calls.length - callsForMount,
    probeRendersOnRevalidation: renders.probes,
    panelRendersOnRevalidation: renders.panel,
    validatingProbeRendersOnRevalidation: renders.validatingProbe,
  };
  root.unmount();
  return result;
}

/** Five apps one after the other, then the same five again: the second round must come from the cache. */
async function switchingApps() {
  const transport = createMemoryTransport({ [ORG]: APPS }, { latencyMs: LATENCY_MS });
  const root = mount(transport, <Switcher />);
  const started = performance.now();
  for (const app of APPS) {
    flushSync(() => showApp?.(app.connectedAppId));
    await until(() => container.querySelector('[data-probe]')?.textContent === app.name, `${app.name} to load`);
  }
  const callsFirstRound = transport.calls.length;
  const shownAtOnce: string[] = [];
  for (const app of APPS) {
    flushSync(() => showApp?.(app.connectedAppId));
    // Read right after the synchronous commit of the switch: cached data shows in that very commit.
    shownAtOnce.push(container.querySelector('[data-probe]')?.getAttribute('data-probe') ?? 'none');
    await sleep(LATENCY_MS * 2);
  }
  const bothRoundsMs = performance.now() - started;
  const callsSecondRound = transport.calls.length - callsFirstRound;

  // After SWR's dedupe window (2 s by default) a return still shows the cached data at once, and refreshes it.
  await sleep(2_100);
  const shownAfterWindow: string[] = [];
  for (const app of APPS) {
    flushSync(() => showApp?.(app.connectedAppId));
    shownAfterWindow.push(container.querySelector('[data-probe]')?.getAttribute('data-probe') ?? 'none');
    await sleep(LATENCY_MS * 2);
  }
  await sleep(LATENCY_MS * 2);
  const callsAfterWindow = transport.calls.length - callsFirstRound - callsSecondRound;
  root.unmount();
  return {
    apps: APPS.length,
    callsFirstRound,
    callsSecondRound,
    bothRoundsMs: Math.round(bothRoundsMs),
    shownAtOnce,
    shownAfterWindow,
    callsAfterWindow,
  };
}

/**
 * What a panel adds besides the app itself: members' names (one members search for all its members) and scope
 * meanings (one RBAC policy for the session). Two panels on one app, then another app whose members were all
 * seen already: nothing more is asked for.
 */
async function panelPeopleAndScopes() {
  const ids = [...new Set(APPS.flatMap((app) => app.activeMembers.map((member) => member.memberId)))];
  const transport = createMemoryTransport(
    { [ORG]: APPS },
    { latencyMs: LATENCY_MS, members: { [ORG]: makeMembersDirectory(ids) }, scopes: fixtureScopePolicy },
  );
  const searches = () => transport.requests.filter((request) => request.method === 'searchMembers').length;
  const policies = () => transport.requests.filter((request) => request.method === 'getScopePolicy').length;
  const named = () => count('[data-slot="members-list-email"]');
  const first = APPS[2]?.connectedAppId ?? ''; // 50 members
  const second = APPS[1]?.connectedAppId ?? ''; // 12 members, all among the first app's
  const root = mount(
    transport,
    <>
      <ConnectedAppPanel orgId={ORG} appId={first} />
      <ConnectedAppPanel orgId={ORG} appId={first} />
    </>,
  );
  await until(() => named() > 0 && policies() === 1, 'names and scope meanings');
  await sleep(LATENCY_MS * 3);
  const forTwoPanels = { searches: searches(), policies: policies() };
  // The same cache (the same session), another app whose members were all seen already.
  root.render(
    <SWRConfig value={{ provider: () => new Map() }}>
      <ConnectedAppsProvider transport={transport}>
        <ConnectedAppPanel orgId={ORG} appId={second} />
      </ConnectedAppsProvider>
    </SWRConfig>,
  );
  await until(() => named() > 0, 'the second app’s names');
  await sleep(LATENCY_MS * 3);
  root.unmount();
  return {
    twoPanelsOneApp: forTwoPanels,
    otherAppSameMembers: { searches: searches() - forTwoPanels.searches, policies: policies() - forTwoPanels.policies },
  };
}

async function run() {
  return {
    shared: await sharedAppAndRevalidation(),
    switching: await switchingApps(),
    people: await panelPeopleAndScopes(),
  };
}

declare global {
  interface Window {
    economyBench: { run: typeof run; ready: boolean };
  }
}

window.economyBench = { run, ready: true };
