// Checks examples/nextjs as a customer runs it (after `npm run build`): the `npm pack` tarball and the
// example's own dependencies installed into a copy of it outside the repository, then
// 1. `next build` (Turbopack) passes with no Stytch secret in the environment, as in a CI;
// 2. the package's bin, `react-connected-apps-emulator`, starts the emulator; `next start` serves the example
//    against it (STYTCH_PROJECT_ID, STYTCH_SECRET, STYTCH_ENV_URL), both on 127.0.0.1 on free ports;
// 3. the HTML the server sends (before any script runs) holds the app and its members for a signed-in member,
//    and none of it for a visitor without a session (whose request reaches no Stytch route);
// 4. in Chromium: signed out, the panel shows the handler's 401; signed in through the example's page,
//    the page hydrates without a warning or a console error (the server-rendered panel is kept, not
//    replaced) and fetches again with the session cookie; a revoke, confirmed in its dialog, removes the row,
//    and the emulator's data, the next server render and a reload agree.
// Prints one ok/FAIL line per check and exits 1 when one fails; every process it starts is stopped.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { createChecklist } from './checklist.mjs';
import { chromiumLaunchOptions } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const example = join(root, 'examples/nextjs');
const started = Date.now();
const { check, failures } = createChecklist();

// What the example shows by default (examples/nextjs/lib/config.ts) and who signs in (the emulator's data).
const ORGANIZATION_ID = 'organization-test-07971b06-ac8b-4cdb-9c15-63b17e653931';
const APP_ID = 'connected-app-test-0003-third-party';
const APP_NAME = 'Ledgerly Accounting';
const ADMIN_TOKEN = 'session-token-test-acme-admin-6f1c2d3e4b5a';
const MEMBER_IDS = /member-test-[0-9a-f-]{36}/g;

/** Every process started here, each the leader of its own group: stopped (with its children) at the end. */
const children = new Set();
/** Set once cleaning up has begun: nothing new may start after it. */
let stopping = false;
function start(command, args, options) {
  if (stopping) throw new Error(`not starting ${command}: the check is stopping`);
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.output = '';
  // A command that cannot start (missing, not executable) ends the child with its error, never the script.
  child.once('error', (error) => {
    child.output += String(error);
  });
  child.stdout.on('data', (chunk) => {
    child.output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    child.output += chunk;
  });
  child.exited = new Promise((done) => child.once('close', (code, signal) => done({ code, signal })));
  child.exited.then(() => children.delete(child));
  return child;
}
/** Runs a command to its end; resolves to { ok, output } instead of throwing, so every check gets its line. */
async function run(command, args, cwd, env) {
  const child = start(command, args, { cwd, env });
  const { code } = await child.exited;
  return { ok: code === 0, output: child.output };
}
async function stopAll() {
  await Promise.all(
    [...children].map(async (child) => {
      const kill = (signal) => {
        try {
          process.kill(-child.pid, signal);
        } catch {
          // Already gone.
        }
      };
      kill('SIGTERM');
      const timer = setTimeout(() => kill('SIGKILL'), 3_000);
      await child.exited;
      clearTimeout(timer);
    }),
  );
}

async function freePort() {
  const server = createServer();
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}
/** Resolves once `output()` matches `pattern`, or rejects after `ms` or when the process ends. */
async function waitForOutput(child, pattern, ms) {
  const deadline = Date.now() + ms;
  let ended = false;
  child.exited.then(() => {
    ended = true;
  });
  while (Date.now() < deadline && !ended) {
    const match = child.output.match(pattern);
    if (match) return match;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`no ${pattern} within ${ms} ms${ended ? ' (the process ended)' : ''}:\n${child.output}`);
}
/** The HTML the server sends, before any script runs. */
async function serverHtml(url, cookie) {
  const response = await fetch(url, { headers: cookie ? { cookie } : {} });
  return { status: response.status, html: await response.text() };
}
/** The rendered markup alone: the RSC payload scripts (which repeat the props) left out. */
const markup = (html) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');

// Environment for the example: nothing of the caller's own setup leaks in.
const baseEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(STYTCH_|EXAMPLE_)/.test(name)));
baseEnv.NEXT_TELEMETRY_DISABLED = '1';

const work = mkdtempSync(join(tmpdir(), 'rca-nextjs-'));
const app = join(work, 'nextjs');
let browser;
/** Closes the browser, stops every process started here and removes the temporary folder: on any ending. */
async function cleanUp() {
  stopping = true;
  await browser?.close().catch(() => undefined);
  await stopAll();
  rmSync(work, { recursive: true, force: true });
}
// Last resort, whatever ends the script: every process group started here is killed, synchronously.
process.on('exit', () => {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    console.log(`FAIL stopped by ${signal}`);
    cleanUp().finally(() => process.exit(1));
  });
}
const overall = setTimeout(() => {
  check(false, 'the check finishes within 6 minutes');
  cleanUp().finally(() => process.exit(1));
}, 360_000);
overall.unref();

try {
  // The copy leaves out what an install or a build in place may have left in examples/nextjs.
  cpSync(example, app, {
    recursive: true,
    filter: (path) =>
      !/^(node_modules|\.next|next-env\.d\.ts|.*\.tgz|\.env.*\.local|package-lock\.json)$/.test(basename(path)),
  });
  const packed = await run('npm', ['pack', '--silent', '--pack-destination', work], root, process.env);
  const tarball = join(work, packed.output.trim().split('\n').at(-1) ?? '');
  check(packed.ok, `npm pack -> ${basename(tarball)}`, packed.output);
  // The example's package.json pins its dependencies; the tarball stands in for `react-connected-apps`.
  const install = await run(
    'npm',
    ['install', '--no-save', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball],
    app,
    process.env,
  );
  check(install.ok, 'npm install of the example with the tarball', install.output);
  if (!install.ok) throw new Error('nothing to build');

  // 2 (first, while the build runs): the package's bin, as `npx react-connected-apps-emulator` runs it.
  const projectId = `project-test-${randomUUID()}`;
  const secret = `secret-test-${randomUUID()}`;
  const emulatorProcess = start(join(app, 'node_modules/.bin/react-connected-apps-emulator'), [], {
    cwd: app,
    env: { ...baseEnv, EMULATOR_PORT: '0', EMULATOR_PROJECT_ID: projectId, EMULATOR_SECRET: secret },
  });
  const emulatorUrl = (await waitForOutput(emulatorProcess, /url: +(http:\/\/127\.0\.0\.1:\d+\/)/, 15_000))[1];
  check(true, `the bin react-connected-apps-emulator serves the emulator at ${emulatorUrl}`);
  const emulator = (path, init = {}) =>
    fetch(new URL(path, emulatorUrl), {
      ...init,
      headers: {
        authorization: `Basic ${Buffer.from(`${projectId}:${secret}`).toString('base64')}`,
        'x-stytch-member-session': ADMIN_TOKEN,
        ...init.headers,
      },
    });
  const emulatorMembers = async () => {
    const body = await (await emulator(`v1/b2b/organizations/${ORGANIZATION_ID}/connected_apps/${APP_ID}`)).json();
    return body.active_members.map((member) => member.member_id);
  };
  const stytchCalls = async () => (await (await emulator('__emulator/requests')).json()).requests;

  // 1: a CI without secrets builds it (the Stytch client is created on first use, not at build time).
  const build = await run(join(app, 'node_modules/.bin/next'), ['build'], app, baseEnv);
  check(
    build.ok && /Turbopack/.test(build.output),
    'next build (Turbopack) passes with no Stytch secret set',
    build.output,
  );
  if (!build.ok) throw new Error('nothing to start');

  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const next = start(join(app, 'node_modules/.bin/next'), ['start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: app,
    env: {
      ...baseEnv,
      STYTCH_PROJECT_ID: projectId,
      STYTCH_SECRET: secret,
      STYTCH_ENV_URL: emulatorUrl,
    },
  });
  await waitForOutput(next, /Ready in/, 30_000);
  check(true, `next start serves the example at ${url}`);

  // 3: the server's HTML.
  const adminCookie = `stytch_session=${ADMIN_TOKEN}`;
  const membersBefore = await emulatorMembers();
  const signedIn = await serverHtml(url, adminCookie);
  const shownIds = new Set(markup(signedIn.html).match(MEMBER_IDS));
  check(
    signedIn.status === 200 &&
      markup(signedIn.html).includes('data-slot="connected-app-panel" data-status="success"') &&
      markup(signedIn.html).includes(`>${APP_NAME}</h2>`) &&
      shownIds.size > 0 &&
      [...shownIds].every((id) => membersBefore.includes(id)),
    `signed in, the server's HTML shows the app ("${APP_NAME}") and ${shownIds.size} of its members before any script runs`,
    `status ${signedIn.status}\n${markup(signedIn.html).slice(0, 2_000)}`,
  );
  check(!signedIn.html.includes(secret), 'the HTML holds no Stytch secret');
  const callsBefore = (await stytchCalls()).length;
  const signedOut = await serverHtml(url);
  check(
    signedOut.status === 200 &&
      markup(signedOut.html).includes('data-slot="connected-app-panel" data-status="loading"') &&
      !signedOut.html.includes(APP_NAME) &&
      signedOut.html.match(MEMBER_IDS) === null,
    "signed out, the server's HTML (markup and RSC payload) holds none of the app's data",
    markup(signedOut.html).slice(0, 2_000),
  );
  check((await stytchCalls()).length === callsBefore, 'signed out, rendering the page called no Stytch route');

  // 4: in Chromium.
  browser = await chromium.launch(chromiumLaunchOptions);
  const context = await browser.newContext();
  // Set before any script of the page runs: a hydration mismatch makes React render the tree again on the
  // client, replacing the server's elements; this notes whether the server-rendered panel ever left the page.
  await context.addInitScript(() => {
    window.__panelReplaced = false;
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.removedNodes) {
          const panel = '[data-slot="connected-app-panel"]';
          if (node.nodeType === 1 && (node.matches(panel) || node.querySelector(panel))) window.__panelReplaced = true;
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  let problems = [];
  /** Answers of the handler, in order: `{ method, path, status }`. */
  let apiAnswers = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console: ${message.text()}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(url)) problems.push(`request to another origin: ${request.url()}`);
  });
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.startsWith('/api/stytch/')) {
      apiAnswers.push({ method: response.request().method(), path, status: response.status() });
    }
  });
  const panel = page.locator('[data-slot="connected-app-panel"]');
  const appPath = `/api/stytch/organizations/${ORGANIZATION_ID}/connected_apps/${APP_ID}`;

  try {
    await page.goto(url);
    await page.locator('[data-slot="connected-app-panel"][data-status="error"]').waitFor({ timeout: 15_000 });
    const code = await panel.locator('[data-slot="error-banner"]').first().getAttribute('data-code');
    const expected401 = (text) => /Failed to load resource: .*status of 401/.test(text);
    check(
      code === 'UNAUTHORIZED' &&
        apiAnswers.length > 0 &&
        apiAnswers.every((answer) => answer.status === 401) &&
        problems.every(expected401) &&
        !(await page.content()).includes(APP_NAME),
      'signed out, after hydration the panel shows the 401 (UNAUTHORIZED) and no data, with no other console error',
      `banner code ${code}\n${JSON.stringify(apiAnswers)}\n${problems.join('\n')}`,
    );
  } catch (error) {
    check(false, 'signed out, the panel shows the 401 after hydration', error);
  }

  // Signed in through the example's own page, as a person would; the load of `/` that follows is watched.
  problems = [];
  apiAnswers = [];
  try {
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Acme admin', exact: true }).click();
    await page.waitForURL(url);
    // The client's names lookup (the members search) answers once the page is hydrated and fetching.
    await panel.locator('[data-slot="members-list-member-id"]').first().waitFor({ timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    const revalidated = apiAnswers.find((answer) => answer.method === 'GET' && answer.path === appPath);
    check(
      (await panel.getAttribute('data-status')) === 'success' &&
        revalidated?.status === 200 &&
        apiAnswers.some((answer) => answer.path.endsWith('/members/search') && answer.status === 200) &&
        apiAnswers.every((answer) => answer.status === 200),
      'signed in, after hydration the browser fetches again (the app, the members search) with the session cookie: all 200',
      JSON.stringify(apiAnswers),
    );
    check(
      problems.length === 0 && (await page.evaluate(() => window.__panelReplaced)) === false,
      'signed in, the page hydrates with no hydration warning, console error or foreign request (the server-rendered panel is kept)',
      `${problems.join('\n')}\npanel replaced: ${await page.evaluate(() => window.__panelReplaced)}`,
    );
  } catch (error) {
    check(false, 'signed in through /sign-in, the page loads and hydrates', `${error}\n${problems.join('\n')}`);
  }

  // A revoke, through the UI of the page that allows it.
  problems = [];
  apiAnswers = [];
  try {
    await page.getByRole('link', { name: 'Manage access' }).click();
    await page.waitForURL(`${url}manage`);
    await panel.locator('[data-slot="members-list-member-id"]').first().waitFor({ timeout: 15_000 });
    const countText = panel.locator('[data-slot="members-list-count"]');
    const countBefore = await countText.textContent();
    const row = panel.locator('[data-slot="members-list-item"]').first();
    const memberId = await row.locator('[data-slot="members-list-member-id"]').textContent();
    const button = row.locator('[data-slot="members-list-revoke"]');
    const label = await button.getAttribute('aria-label');
    await button.click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor({ timeout: 5_000 });
    await dialog.locator('[data-slot="revoke-dialog-confirm"]').click();
    await dialog.waitFor({ state: 'detached', timeout: 5_000 });
    const countAfter = `${membersBefore.length - 1} members`;
    await panel
      .locator('[data-slot="members-list-count"]', { hasText: new RegExp(`^${countAfter}$`) })
      .waitFor({ timeout: 15_000 });
    await panel
      .locator('[data-slot="members-list-member-id"]', { hasText: memberId ?? '' })
      .waitFor({ state: 'detached', timeout: 15_000 });
    check(
      countBefore === `${membersBefore.length} members`,
      `"${label}", confirmed in its dialog, removes the row of ${memberId} (${countBefore} -> ${countAfter})`,
    );

    const membersAfter = await emulatorMembers();
    const revoked = membersBefore.filter((id) => !membersAfter.includes(id));
    const revokes = (await stytchCalls()).filter((call) => call.path.endsWith('/revoke'));
    check(
      revoked.length === 1 &&
        membersAfter.length === membersBefore.length - 1 &&
        revokes.length === 1 &&
        revokes[0].status === 200 &&
        revoked[0] === memberId &&
        revokes[0].path.includes(memberId),
      `the emulator agrees: one revoke call (200), ${revoked[0]} no longer holds the app`,
      JSON.stringify(revokes),
    );
    const rendered = markup((await serverHtml(`${url}manage`, adminCookie)).html);
    check(
      !rendered.includes(revoked[0]) && rendered.includes(`${membersAfter.length} active members`),
      `the next server render agrees (${membersAfter.length} active members, the revoked member gone)`,
    );
    await page.reload();
    await panel.locator('[data-slot="members-list-member-id"]').first().waitFor({ timeout: 15_000 });
    check((await countText.textContent()) === countAfter, `after a reload the panel still shows ${countAfter}`);
    check(problems.length === 0, 'no console error, page error or foreign request while revoking', problems.join('\n'));
  } catch (error) {
    check(false, 'a revoke through the UI', `${error}\n${problems.join('\n')}`);
  }
  await context.close();
} catch (error) {
  check(false, 'the Next.js example runs', error?.stack ?? error);
} finally {
  await cleanUp();
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failures.length > 0) {
  console.error(`\n${failures.length} Next.js example check(s) failed (${seconds} s)`);
  process.exit(1);
}
console.log(`\nNext.js example checks passed (${seconds} s)`);
