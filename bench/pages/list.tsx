// The members-list benchmark page: bench/browser.mjs drives it through `window.listBench`.

import { type ActiveMember, ActiveMembersList, ConnectedAppPanel, ConnectedAppsProvider } from 'react-connected-apps';
import { createMemoryTransport, FIXTURE_ORGANIZATION_ID, makeLargeApp } from 'react-connected-apps/testing';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import 'react-connected-apps/styles.css';
import { SWRConfig } from 'swr';

const container = document.getElementById('root') as HTMLElement;
let root: Root | null = null;
const apps = new Map<number, ReturnType<typeof makeLargeApp>>();

function appOf(count: number) {
  let app = apps.get(count);
  if (app === undefined) {
    app = makeLargeApp(count);
    apps.set(count, app);
  }
  return app;
}

/** Resolves after the next frame has been produced (rAF, then a task: style, layout and paint are done). */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  });
}

/** Reading a layout property forces style and layout now, so a time taken after it includes them. */
function forceLayout(): void {
  container.getBoundingClientRect();
}

function rows(): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('[data-slot="members-list-item"]')];
}

/** What the DOM holds: elements, rows, and how many screens (the scrolling box, or the window) the rows fill. */
function domStats() {
  const shown = rows();
  const viewport = container.querySelector<HTMLElement>('[data-slot="members-list-viewport"]');
  const screen = viewport?.clientHeight ?? window.innerHeight;
  const height = shown.reduce((sum, row) => sum + row.getBoundingClientRect().height, 0);
  return { nodes: container.querySelectorAll('*').length, rows: shown.length, screens: height / screen };
}

function unmount(): void {
  root?.unmount();
  root = null;
  window.scrollTo(0, 0);
}

/** Resolves when `selector` matches inside the page root, at the commit that made it match. */
function committed(selector: string): Promise<void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (container.querySelector(selector) === null) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(container, { childList: true, subtree: true });
  });
}

/** Mounts the bare list, synchronously: the time covers render, commit, effects, style and layout. */
async function mountList(count: number) {
  unmount();
  const members: readonly ActiveMember[] = appOf(count).activeMembers;
  const start = performance.now();
  root = createRoot(container);
  const created = root;
  flushSync(() => created.render(<ActiveMembersList members={members} />));
  forceLayout();
  const mountMs = performance.now() - start;
  await nextFrame();
  return { mountMs, firstFrameMs: performance.now() - start, ...domStats() };
}

/**
 * Mounts the panel over a memory transport and a fresh SWR cache: the time runs to the commit that shows
 * the list (it includes the transport's copy of the app, as a network answer would be parsed).
 */
async function mountPanel(count: number) {
  unmount();
  const app = appOf(count);
  const transport = createMemoryTransport({ [FIXTURE_ORGANIZATION_ID]: [app] });
  const shown = committed('[data-slot="active-members-list"]');
  const start = performance.now();
  root = createRoot(container);
  root.render(
    <SWRConfig value={{ provider: () => new Map() }}>
      <ConnectedAppsProvider transport={transport}>
        <ConnectedAppPanel orgId={FIXTURE_ORGANIZATION_ID} appId={app.connectedAppId} />
      </ConnectedAppsProvider>
    </SWRConfig>,
  );
  await shown;
  forceLayout();
  const mountMs = performance.now() - start;
  await nextFrame();
  return { mountMs, firstFrameMs: performance.now() - start, ...domStats() };
}

let pending: Promise<{ applyMs: number; frameMs: number; shown: string }> | null = null;

/**
 * Arms a measurement of the next `input` (search keystroke) or `change` (scope filter) event: from the
 * event to the commit that changes the "Showing N members" line (the filtered list commits with it).
 */
function arm(type: 'input' | 'change'): void {
  const status = container.querySelector('[data-slot="members-list-status"]');
  if (status === null) throw new Error('No members list is mounted');
  const before = status.textContent;
  let eventAt: number | undefined;
  window.addEventListener(
    type,
    () => {
      eventAt = performance.now();
    },
    { capture: true, once: true },
  );
  pending = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (eventAt === undefined || status.textContent === before) return;
      observer.disconnect();
      forceLayout();
      const applyMs = performance.now() - eventAt;
      const from = eventAt;
      nextFrame().then(() => resolve({ applyMs, frameMs: performance.now() - from, shown: status.textContent ?? '' }));
    });
    observer.observe(status, { childList: true, characterData: true, subtree: true });
  });
}

function result() {
  if (pending === null) throw new Error('Nothing armed');
  return pending;
}

/** Scrolls to the end (again while rows get measured and the total height changes); is the last member shown? */
async function scrollToEnd(count: number) {
  const expectedId = appOf(count).activeMembers[count - 1]?.memberId ?? '';
  const viewport = container.querySelector<HTMLElement>('[data-slot="members-list-viewport"]');
  for (let attempt = 1; attempt <= 20; attempt += 1) {
    if (viewport) viewport.scrollTop = viewport.scrollHeight;
    else window.scrollTo(0, document.documentElement.scrollHeight);
    await nextFrame();
    await nextFrame();
    const last = rows().at(-1);
    if (last === undefined) continue;
    const box = (viewport ?? document.documentElement).getBoundingClientRect();
    const rect = last.getBoundingClientRect();
    const bottom = viewport ? box.bottom : window.innerHeight;
    const visible = rect.top < bottom && rect.bottom > (viewport ? box.top : 0) && rect.bottom <= bottom + 1;
    const atEnd = viewport ? viewport.scrollTop + viewport.clientHeight >= viewport.scrollHeight - 1 : true;
    if (visible && atEnd && last.textContent?.includes(expectedId)) {
      return { lastShown: true, attempts: attempt, expectedId, position: last.getAttribute('aria-posinset') };
    }
  }
  return { lastShown: false, attempts: 20, expectedId, position: rows().at(-1)?.getAttribute('aria-posinset') };
}

declare global {
  interface Window {
    listBench: {
      mountList: typeof mountList;
      mountPanel: typeof mountPanel;
      arm: typeof arm;
      result: typeof result;
      scrollToEnd: typeof scrollToEnd;
      unmount: typeof unmount;
      ready: boolean;
    };
  }
}

window.listBench = { mountList, mountPanel, arm, result, scrollToEnd, unmount, ready: true };
