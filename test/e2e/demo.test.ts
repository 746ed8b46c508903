import { request } from 'node:http';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { type DemoServer, startDemoServer, warmUp } from './demo-server';
import { reportUnhandledRejections, watchPageProblems } from './page-problems';

let demo: DemoServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[];

beforeAll(async () => {
  [demo, browser] = await Promise.all([startDemoServer(), chromium.launch(chromiumLaunchOptions)]);
  await warmUp(browser, demo.url);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await demo?.stop();
});

beforeEach(async () => {
  await fetch(`${demo.url}__emulator/reset`, { method: 'POST', headers: { 'content-type': 'application/json' } });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await reportUnhandledRejections(context);
  page = await context.newPage();
  problems = watchPageProblems(page, `${demo.url}api/stytch/`);
});
afterEach(async () => {
  await context.close();
  expect(problems, 'no console error and no unhandled rejection').toEqual([]);
});

const panel = () => page.locator('[data-slot="connected-app-panel"]');
const banner = () => panel().locator('[data-slot="error-banner"]');

async function openDemo(query = '') {
  await page.goto(demo.url + query);
  await page.getByRole('heading', { level: 1, name: 'Connected apps' }).waitFor();
}

async function waitForSuccess(name: string, timeout = 10_000) {
  await page.locator('[data-slot="connected-app-panel"][data-status="success"]').waitFor({ timeout });
  await panel().getByRole('heading', { level: 2, name }).waitFor({ timeout });
}

describe('the demo in Chromium', () => {
  it('shows the app’s name, members and scopes, and opens and closes a member’s dialog', async () => {
    await openDemo();
    await waitForSuccess('Acme Admin Console');
    const member = panel().getByRole('button', { name: /^Show scopes of Ada Lovelace/ });
    await member.waitFor();
    const list = page.locator('[data-slot="active-members-list"]');
    expect(await list.getByText('Sign-in').count()).toBeGreaterThan(0);
    expect(await list.getByText('Email address').count()).toBeGreaterThan(0);

    await member.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Ada Lovelace');
    expect(await dialog.getByText('Profile', { exact: true }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await member.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it('shows the member without the permission the forbidden banner with a request id', async () => {
    await openDemo('?org=acme&app=connected-app-test-0003-third-party&as=acmeMember');
    await panel().locator('[data-slot="error-banner"][data-code="FORBIDDEN"]').waitFor();
    expect(await banner().textContent()).toContain('Access denied');
    expect(await banner().locator('[data-slot="error-banner-request-id"] code').textContent()).toMatch(
      /^request-id-test-[0-9a-f-]{36}$/,
    );
    expect(await panel().getByRole('heading', { level: 2 }).count()).toBe(0);
  });

  it('answers a visitor without a session 401 without calling Stytch', async () => {
    await openDemo('?org=acme&app=connected-app-test-0001-first-party&as=none');
    await panel().locator('[data-slot="error-banner"][data-code="UNAUTHORIZED"]').waitFor();
    await page.getByText('Requests that reached Stytch: 0').waitFor();
  });

  it('counts down a 429 and then recovers', async () => {
    await openDemo();
    await waitForSuccess('Acme Admin Console');
    await page.getByRole('button', { name: 'Rate limit (429)' }).click();
    await panel().locator('[data-slot="error-banner"][data-code="RATE_LIMITED"]').waitFor();
    expect(await panel().getByRole('timer').textContent()).toMatch(/Retrying in [1-3] seconds?/);
    await banner().waitFor({ state: 'detached', timeout: 10_000 });
    await waitForSuccess('Acme Admin Console');
  });

  it('recovers from a 500 through retry', async () => {
    await openDemo('?org=acme&app=connected-app-test-0003-third-party&as=acmeAdmin');
    await waitForSuccess('Ledgerly Accounting');
    await page.getByRole('button', { name: 'Server error (500)' }).click();
    await panel().locator('[data-slot="error-banner"][data-code="SERVER"]').waitFor();
    // The last good data stays below the banner while the hook retries.
    expect(await panel().getByRole('heading', { level: 2, name: 'Ledgerly Accounting' }).count()).toBe(1);
    await banner().waitFor({ state: 'detached', timeout: 10_000 });
    await waitForSuccess('Ledgerly Accounting');
  });

  it('never shows the previous app’s data when switching apps', async () => {
    await openDemo();
    await waitForSuccess('Acme Admin Console');
    // Record, on every DOM change, which app is selected and which name the panel shows.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      const record = () => {
        const selected =
          document.querySelector('nav [aria-current="true"] [data-slot="connected-apps-list-name"]')?.textContent ?? '';
        const shown = document.querySelector('[data-slot="connected-app-panel"] h2')?.textContent ?? '';
        seen.push(`${selected}|${shown}`);
      };
      new MutationObserver(record).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });
    await fetch(`${demo.url}__emulator/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'slow', delayMs: 800, times: 2 }),
    });
    for (const name of ['Ledgerly Accounting', 'Acme Mobile', 'Future Client']) {
      await page.getByRole('navigation').getByRole('button', { name }).click();
    }
    await waitForSuccess('Future Client');
    await page.getByRole('navigation').getByRole('button', { name: 'Acme Admin Console' }).click();
    await waitForSuccess('Acme Admin Console');
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    const mismatched = seen.filter((entry) => {
      const [selected, shown] = entry.split('|');
      return shown !== '' && shown !== selected;
    });
    expect(seen.length).toBeGreaterThan(0);
    expect(mismatched).toEqual([]);
  });
});

/** A request to the demo with `host` as its Host header, as a page whose DNS name was rebound sends it. */
function sendWithHost(host: string, path: string, headers: Record<string, string> = {}) {
  const { hostname, port } = new URL(demo.url);
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request({ hostname, port, path, headers: { ...headers, host } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
    });
    // Vite's HMR socket answers an upgrade with 101, which is no response: report its status too.
    req.on('upgrade', (res, socket) => {
      socket.destroy();
      resolve({ status: res.statusCode ?? 0, text: '' });
    });
    req.on('error', reject).end();
  });
}

describe('the demo server under DNS rebinding', () => {
  const paths = ['/__emulator/sessions', '/api/stytch/organizations/acme/connected_apps/x', '/', '/demo-config.json'];
  const hmr = { connection: 'upgrade', upgrade: 'websocket', 'sec-websocket-protocol': 'vite-hmr' };

  it('answers 421 to another Host, before the emulator, the handler and Vite', async () => {
    const { port } = new URL(demo.url);
    for (const host of [`evil.example:${port}`, `127.0.0.1:${Number(port) + 1}`]) {
      for (const path of paths) {
        const answer = await sendWithHost(host, path);
        expect(answer.status, `${host} ${path}`).toBe(421);
        expect(answer.text).not.toContain('session-token');
      }
      const socket = { ...hmr, 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==', 'sec-websocket-version': '13' };
      expect((await sendWithHost(host, '/', socket)).status, `${host} HMR socket`).toBe(421);
    }
    const log = await fetch(`${demo.url}__emulator/requests`).then((response) => response.json());
    expect(log).toMatchObject({ requestCount: 0 });
  });

  it('answers its own address and localhost', async () => {
    const { port } = new URL(demo.url);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      expect((await sendWithHost(host, '/__emulator/sessions')).status).toBe(200);
      expect((await sendWithHost(host, '/api/stytch/organizations/acme/connected_apps/x')).status).toBe(401);
      expect((await sendWithHost(host, '/')).status).toBe(200);
      const socket = { ...hmr, 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==', 'sec-websocket-version': '13' };
      expect((await sendWithHost(host, '/', socket)).status).toBe(101);
    }
  });
});
