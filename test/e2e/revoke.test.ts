import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { type DemoServer, startDemoServer, warmUp } from './demo-server';
import { reportUnhandledRejections, watchPageProblems } from './page-problems';

// Revoking on the demo (handler + real SDK + emulator) in Chromium: one, selected, refused, partially
// failed, a member's "revoke all", and every view agreeing afterwards without a reload.

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

const FIRST_PARTY = 'connected-app-test-0001-first-party';
const ADA = 'member-test-32fc5024-9c09-4da3-bd2e-000000000000';
const panel = () => page.locator('[data-slot="connected-app-panel"]');
const appsList = () => page.locator('[data-slot="connected-apps-list"]');
const dialog = () => page.getByRole('alertdialog');

async function open(query: string, appName: string) {
  await page.goto(`${demo.url}${query}`);
  await page.locator('[data-slot="connected-app-panel"][data-status="success"]').waitFor();
  await panel().getByRole('heading', { level: 2, name: appName }).waitFor();
}

async function revokeCalls(): Promise<Array<{ path: string; status: number | null }>> {
  const { requests } = (await (await fetch(`${demo.url}__emulator/requests`)).json()) as {
    requests: Array<{ path: string; status: number | null }>;
  };
  return requests.filter((request) => request.path.endsWith('/revoke'));
}

describe('revoking in the demo, in Chromium', () => {
  it('revokes one member after a confirmation that says what happens; every view agrees', async () => {
    await open(`?org=acme&app=${FIRST_PARTY}&as=acmeAdmin`, 'Acme Admin Console');
    await panel().getByRole('button', { name: 'Revoke access for Ada Lovelace' }).click();
    await dialog().waitFor();
    const text = (await dialog().textContent()) ?? '';
    expect(text).toContain('stops working');
    expect(text).toContain('consent again');
    expect(text).toContain('does not block them');
    await dialog()
      .getByRole('button', { name: /^Revoke/ })
      .click();
    await panel().getByRole('button', { name: 'Revoke access for Ada Lovelace' }).waitFor({ state: 'detached' });
    expect(await panel().getByText('2 members').count()).toBeGreaterThan(0);
    // Focus did not fall to the page: it is on another row or the heading.
    expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
    expect((await revokeCalls()).map((call) => call.status)).toEqual([200]);

    // The member's page agrees, without a reload.
    await page.getByLabel('A member’s apps (member id)').fill(ADA);
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    const memberApps = page.locator('[data-slot="member-connected-apps"]');
    await memberApps.locator('[data-slot="member-apps-items"]').waitFor();
    expect(await memberApps.getByRole('heading', { name: 'Acme Admin Console' }).count()).toBe(0);
    expect(await memberApps.getByRole('heading', { name: 'Ledgerly Accounting' }).count()).toBe(1);
  });

  it('revokes the selected members; the app leaves the organization’s list when its last member goes', async () => {
    await open(`?org=acme&app=${FIRST_PARTY}&as=acmeAdmin`, 'Acme Admin Console');
    await appsList()
      .getByRole('button', { name: /Acme Admin Console/ })
      .waitFor();
    await panel().getByRole('checkbox', { name: 'Select all shown' }).check();
    await panel().getByRole('button', { name: 'Revoke selected' }).click();
    await dialog().getByRole('button', { name: 'Revoke access for 3 members' }).click();
    await panel().getByText('Access revoked for 3 members.').waitFor();
    expect(
      await panel()
        .getByRole('checkbox', { name: /^Select .*Lovelace/ })
        .count(),
    ).toBe(0);
    await appsList()
      .getByRole('button', { name: /Acme Admin Console/ })
      .waitFor({ state: 'detached' });
    expect((await revokeCalls()).filter((call) => call.status === 200)).toHaveLength(3);
  });

  it('keeps the row and says so when the signed-in member may not revoke (403)', async () => {
    await open(`?org=acme&app=${FIRST_PARTY}&as=acmeAuditor`, 'Acme Admin Console');
    await panel().getByRole('button', { name: 'Revoke access for Ada Lovelace' }).click();
    await dialog()
      .getByRole('button', { name: /^Revoke/ })
      .click();
    const alert = panel().getByRole('alert');
    await alert.getByText(/You don’t have permission to revoke access/).waitFor();
    expect(await panel().getByRole('button', { name: 'Revoke access for Ada Lovelace' }).count()).toBe(1);
    expect((await revokeCalls()).map((call) => call.status)).toEqual([403]);
  });

  it('reports the member that failed among those selected, keeps them listed, and retries them', async () => {
    await open('?org=acme&app=connected-app-test-0003-third-party&as=acmeAdmin', 'Ledgerly Accounting');
    for (const name of ['Ada Lovelace', 'Grace Lovelace', 'Alan Lovelace']) {
      await panel()
        .getByRole('checkbox', { name: `Select ${name}` })
        .check();
    }
    await fetch(`${demo.url}__emulator/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'server_error', route: 'revokeConnectedApp' }),
    });
    await panel().getByRole('button', { name: 'Revoke selected' }).click();
    await dialog().getByRole('button', { name: 'Revoke access for 3 members' }).click();
    const alert = panel().getByRole('alert');
    await alert.getByText(/The server could not revoke access/).waitFor();
    expect(
      await panel()
        .getByRole('checkbox', { name: /^Select (Ada|Grace|Alan) Lovelace$/ })
        .count(),
    ).toBe(1);
    await panel().getByRole('button', { name: 'Retry failed' }).click();
    await panel()
      .getByRole('checkbox', { name: /^Select (Ada|Grace|Alan) Lovelace$/ })
      .waitFor({ state: 'detached' });
    const calls = await revokeCalls();
    expect(calls.filter((call) => call.status === 200)).toHaveLength(3);
    expect(calls.filter((call) => call.status === 500)).toHaveLength(1);
  });

  it('revokes all of a member’s apps from their page (offboarding)', async () => {
    await page.goto(`${demo.url}?org=acme&app=${FIRST_PARTY}&as=acmeAdmin&member=${ADA}`);
    const memberApps = page.locator('[data-slot="member-connected-apps"]');
    await memberApps.locator('[data-slot="member-apps-items"]').waitFor();
    const count = await memberApps.locator('[data-slot="member-apps-item"]').count();
    expect(count).toBeGreaterThan(1);
    await memberApps.getByRole('button', { name: 'Revoke all' }).click();
    await dialog()
      .getByRole('button', { name: `Revoke ${count} apps` })
      .click();
    await memberApps.getByText('This member has no connected apps').waitFor();
    expect((await revokeCalls()).filter((call) => call.status === 200)).toHaveLength(count);
  });
});
