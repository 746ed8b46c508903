import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { type ConnectedAppErrorCode, en } from 'react-connected-apps';
import { type EmulatorFault, type RecordedRequest, seededSessions } from 'react-connected-apps/emulator';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { type DemoServer, startDemoServer, warmUp } from './demo-server';
import { reportUnhandledRejections, watchPageProblems } from './page-problems';

/** The emulator's default secret, which the demo server holds: it must never reach the page. */
const EMULATOR_SECRET = 'secret-test-emulator-not-a-real-secret';
const ADMIN = { 'x-stytch-member-session': seededSessions.acmeAdmin.sessionToken };
const LEDGERLY = '?org=acme&app=connected-app-test-0003-third-party&as=acmeAdmin';

let demo: DemoServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[];
/** Every answer of the handler the page received: status and body. */
let answers: Array<{ status: number; body: string }>;

beforeAll(async () => {
  [demo, browser] = await Promise.all([startDemoServer(), chromium.launch(chromiumLaunchOptions)]);
  await warmUp(browser, demo.url);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await demo?.stop();
});

beforeEach(async () => {
  await control('POST', 'reset');
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await reportUnhandledRejections(context);
  page = await context.newPage();
  problems = watchPageProblems(page, `${demo.url}api/stytch/`);
  answers = [];
  page.on('response', async (response) => {
    if (!response.url().startsWith(`${demo.url}api/stytch/`)) return;
    const answer = { status: response.status(), body: '' };
    answers.push(answer);
    answer.body = await response.text().catch(() => '');
  });
});
afterEach(async () => {
  await context.close();
  expect(problems, 'no console error and no unhandled rejection').toEqual([]);
  for (const { body } of answers) expect(body).not.toContain(EMULATOR_SECRET);
});

async function control(method: string, route: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${demo.url}__emulator/${route}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.ok).toBe(true);
  return response.status === 204 ? undefined : response.json();
}

async function inject(fault: EmulatorFault, times = 1) {
  await control('POST', 'faults', { ...fault, times });
}

async function recorded(): Promise<RecordedRequest[]> {
  return ((await control('GET', 'requests')) as { requests: RecordedRequest[] }).requests;
}

const panel = () => page.locator('[data-slot="connected-app-panel"]');
const banner = () => page.locator('[data-slot="connected-app-panel"] [data-slot="error-banner"]');

async function waitForSuccess(name: string, timeout = 10_000) {
  await page.locator('[data-slot="connected-app-panel"][data-status="success"]').waitFor({ timeout });
  await panel().getByRole('heading', { level: 2, name }).waitFor({ timeout });
}

async function openLedgerly() {
  await page.goto(demo.url + LEDGERLY);
  await waitForSuccess('Ledgerly Accounting');
}

/** Checks the banner says, word for word, what the catalogue says for `code`. */
async function expectBannerCopy(code: ConnectedAppErrorCode) {
  const copy = en.errorBanner.errors[code];
  expect(await banner().locator('[data-slot="error-banner-title"]').textContent()).toBe(copy.title);
  expect(await banner().locator('[data-slot="error-banner-message"]').textContent()).toBe(copy.message);
  expect(await banner().locator('[data-slot="error-banner-next-step"]').textContent()).toBe(copy.nextStep);
}

interface FaultCase {
  /** The demo's button, which queues the fault and fetches again. */
  button: RegExp;
  fault: EmulatorFault['kind'];
  /** What the handler answers the browser, and what the emulator recorded for the faulty call. */
  handlerStatus: number;
  emulatorStatus: Array<number | null>;
  code: ConnectedAppErrorCode;
}

const CASES: FaultCase[] = [
  { button: /^Server error/, fault: 'server_error', handlerStatus: 500, emulatorStatus: [500], code: 'SERVER' },
  // 6 s upstream against the demo handler's 4 s timeout: the emulator's late 200 may not be written yet.
  { button: /^Timeout/, fault: 'slow', handlerStatus: 504, emulatorStatus: [null, 200], code: 'TIMEOUT' },
  { button: /^Malformed JSON/, fault: 'malformed_json', handlerStatus: 502, emulatorStatus: [200], code: 'SERVER' },
  { button: /^HTML error page/, fault: 'html_502', handlerStatus: 502, emulatorStatus: [502], code: 'SERVER' },
  { button: /^Rate limit/, fault: 'rate_limited', handlerStatus: 429, emulatorStatus: [429], code: 'RATE_LIMITED' },
  {
    button: /^Connection reset/,
    fault: 'connection_reset',
    handlerStatus: 502,
    emulatorStatus: [null],
    code: 'SERVER',
  },
];

describe('emulator faults in the demo, in Chromium', () => {
  it.each(CASES)('$fault: the $code banner, then recovery by itself once the fault is gone', async (faultCase) => {
    await openLedgerly();
    const before = (await recorded()).length;
    await page.getByRole('button', { name: faultCase.button }).click();

    await page
      .locator(`[data-slot="connected-app-panel"] [data-slot="error-banner"][data-code="${faultCase.code}"]`)
      .waitFor({ timeout: 10_000 });
    await expectBannerCopy(faultCase.code);
    // The last good data stays on screen, marked as possibly out of date.
    expect(await banner().locator('[data-slot="error-banner-stale"]').textContent()).toBe(en.errorBanner.staleData);
    expect(await panel().getByRole('heading', { level: 2, name: 'Ledgerly Accounting' }).count()).toBe(1);
    if (faultCase.code === 'RATE_LIMITED') {
      expect(await panel().getByRole('timer').textContent()).toMatch(/^Retrying in [1-3] seconds?$/);
    }
    expect(answers.map((answer) => answer.status)).toContain(faultCase.handlerStatus);

    await banner().waitFor({ state: 'detached', timeout: 10_000 });
    await waitForSuccess('Ledgerly Accounting');
    expect(answers.at(-1)?.status).toBe(200);
    const requests = (await recorded()).slice(before);
    // The faulty call, then the retry that succeeded: nothing sent twice.
    const statuses = requests.map((request) => request.status);
    expect(statuses, 'the faulty call, then one successful retry').toHaveLength(2);
    expect(faultCase.emulatorStatus).toContain(statuses[0]);
    expect(statuses[1]).toBe(200);
  });

  it('stops retrying by itself after 3 retries, and the Retry button recovers once the fault is gone', async () => {
    await openLedgerly();
    const before = (await recorded()).length;
    await inject({ kind: 'server_error' }, 4);
    await page.getByRole('button', { name: 'Fetch again' }).click();
    await banner().and(page.locator('[data-code="SERVER"]')).waitFor();
    await expectBannerCopy('SERVER');

    // The first call and 3 retries (backing off about 0.5 + 1 + 2 s) all fail, then no more calls.
    await expect.poll(async () => (await recorded()).length - before, { timeout: 15_000, interval: 200 }).toBe(4);
    await page.waitForTimeout(1_000);
    expect((await recorded()).length - before).toBe(4);
    expect(await banner().count()).toBe(1);

    await banner().getByRole('button', { name: en.errorBanner.retry }).click();
    await banner().waitFor({ state: 'detached' });
    await waitForSuccess('Ledgerly Accounting');
    expect((await recorded()).slice(before).map((request) => request.status)).toEqual([500, 500, 500, 500, 200]);
  });

  it('keeps answering other requests fast while one waits on a hung upstream', async () => {
    const url = (app: string, org = 'acme') => `${demo.url}api/stytch/organizations/${org}/connected_apps/${app}`;
    await inject({ kind: 'slow', delayMs: 8_000 });
    const started = Date.now();
    const hanging = fetch(url('connected-app-test-0001-first-party'), { headers: ADMIN });
    // Wait until the hanging call has taken the fault, so the others meet a healthy emulator.
    await expect.poll(async () => (await recorded()).length, { interval: 20 }).toBe(1);

    const othersStarted = Date.now();
    const others = await Promise.all(
      [
        'connected-app-test-0003-third-party',
        'connected-app-test-0002-first-party-public',
        'connected-app-test-0005-unknown',
        'connected-app-test-0006-no-members',
        'connected-app-test-0003-third-party',
      ].map((app) => fetch(url(app), { headers: ADMIN })),
    );
    const othersTook = Date.now() - othersStarted;
    expect(others.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    expect(othersTook).toBeLessThan(1_500);

    const hung = await hanging;
    expect(hung.status).toBe(504);
    expect(await hung.json()).toMatchObject({ status_code: 504, error_type: 'upstream_timeout' });
    // The demo handler's 4 s timeout, not the emulator's 8 s.
    expect(Date.now() - started).toBeGreaterThanOrEqual(3_900);
    expect(Date.now() - started).toBeLessThan(7_000);
  });
});
