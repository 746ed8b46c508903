// Checks the package as customers install it (run after `npm run build`):
// 1. publint and arethetypeswrong find no problem in package.json and the built files;
// 2. the `npm pack` tarball, installed into a new Vite app on React 18 and another on React 19
//    (test/packaging/consumer-app), type-checks, builds with `vite build`, and renders the panel through
//    the memory transport in Chromium: the app's name shows, a member's dialog opens, no console error.
// Prints one ok/FAIL line per check and exits 1 when one fails.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { createChecklist } from './checklist.mjs';
import { chromiumLaunchOptions } from './chromium.mjs';
import { serveStatic } from './serve-static.mjs';

const root = resolve(import.meta.dirname, '..');
const template = join(root, 'test/packaging/consumer-app');
const started = Date.now();
const { check, failures } = createChecklist();

const execFileAsync = promisify(execFile);
/** Runs a command; resolves to { ok, output } instead of throwing, so every check gets its line. */
async function run(command, args, cwd, env = {}) {
  try {
    const { stdout, stderr } = await execFileAsync(command, args, {
      cwd,
      env: { ...process.env, ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ok: true, output: `${stdout}${stderr}`, stdout, stderr };
  } catch (error) {
    return { ok: false, output: `${error.stdout ?? ''}${error.stderr ?? ''}${error.stdout ? '' : error.message}` };
  }
}

const devDependencies = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies;
const at = (name, version = devDependencies[name]) => `${name}@${version}`;
const consumers = [
  { name: 'React 18', major: '18', react: ['react@^18', 'react-dom@^18', '@types/react@^18', '@types/react-dom@^18'] },
  {
    name: 'React 19',
    major: '19',
    react: ['react', 'react-dom', '@types/react', '@types/react-dom'].map((name) => at(name)),
  },
];

// 1: the package's metadata and types, as the two linters see them.
// One after the other: both run `npm pack` in the repository, and two at once trip over each other's files.
const publint = await run('npx', ['--no-install', 'publint', '--strict'], root);
const attw = await run(
  'npx',
  ['--no-install', 'attw', '--pack', '.', '--profile', 'esm-only', '--exclude-entrypoints', 'styles.css'],
  root,
);
check(publint.ok, 'publint --strict reports no problem', publint.output);
check(attw.ok, 'attw --profile esm-only reports no problem', attw.output);

// 2: new apps, outside the repository, install the tarball like any dependency.
const work = mkdtempSync(join(tmpdir(), 'rca-consumers-'));
let browser;
try {
  const packed = await run('npm', ['pack', '--silent', '--pack-destination', work], root);
  const tarball = join(work, packed.output.trim().split('\n').at(-1) ?? '');
  check(packed.ok, `npm pack -> ${tarball}`, packed.output);

  const apps = await Promise.all(
    consumers.map(async (consumer) => {
      const dir = join(work, `app-react-${consumer.major}`);
      cpSync(template, dir, { recursive: true });
      writeFileSync(
        join(dir, 'package.json'),
        JSON.stringify({ name: `customer-app-react-${consumer.major}`, private: true, type: 'module' }, null, 2),
      );
      const dependencies = [
        tarball,
        ...consumer.react,
        at('swr'),
        at('vite'),
        at('@vitejs/plugin-react'),
        at('typescript'),
      ];
      const install = await run(
        'npm',
        ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', ...dependencies],
        dir,
      );
      check(install.ok, `${consumer.name}: npm install of the tarball`, install.output);
      if (!install.ok) return [];
      const installed = JSON.parse(readFileSync(join(dir, 'node_modules/react/package.json'), 'utf8')).version;
      check(installed.startsWith(`${consumer.major}.`), `${consumer.name}: react ${installed} installed`);
      // A development build too: React's warnings (unknown props, bad refs, act, keys) only exist there.
      const vite = join(dir, 'node_modules/.bin/vite');
      const [types, build, devBuild] = await Promise.all([
        run(join(dir, 'node_modules/.bin/tsc'), ['-p', '.'], dir),
        run(vite, ['build'], dir),
        run(vite, ['build', '--mode', 'development', '--outDir', 'dist-dev'], dir, { NODE_ENV: 'development' }),
      ]);
      check(types.ok, `${consumer.name}: tsc (library types against @types/react ${consumer.major})`, types.output);
      await renderOnServer(consumer, dir);
      check(build.ok, `${consumer.name}: vite build`, build.output);
      const devReact =
        devBuild.ok &&
        readdirSync(join(dir, 'dist-dev/assets')).some((file) =>
          readFileSync(join(dir, 'dist-dev/assets', file), 'utf8').includes('does not recognize the'),
        );
      check(
        devReact,
        `${consumer.name}: vite build --mode development (React's development warnings kept)`,
        devBuild.output,
      );
      return [
        build.ok && { ...consumer, dist: join(dir, 'dist') },
        devBuild.ok && { ...consumer, name: `${consumer.name} (development)`, dist: join(dir, 'dist-dev') },
      ];
    }),
  );

  browser = await chromium.launch(chromiumLaunchOptions);
  for (const app of apps.flat()) {
    if (app) await renderInChromium(app, browser);
  }
} finally {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
}

/** `renderToString` of the panel from `fallback` data, in plain Node (no window), with no warning. */
async function renderOnServer(consumer, dir) {
  const rendered = await run(process.execPath, ['server-render.mjs'], dir);
  let result;
  try {
    result = JSON.parse(rendered.stdout);
  } catch {
    check(false, `${consumer.name}: renderToString in Node`, rendered.output);
    return;
  }
  const shows = ({ name, html }) => html.includes('data-status="success"') && html.includes(`>${name}</h2>`);
  check(
    rendered.ok &&
      rendered.stderr === '' &&
      result.window === 'undefined' &&
      shows(result.small) &&
      shows(result.large),
    `${consumer.name}: renderToString in Node (no window) shows the prefetched app, and a virtualized one, with no warning`,
    rendered.stderr,
  );
}

async function renderInChromium(app, browser) {
  const { url, close } = await serveStatic(app.dist);
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console: ${message.text()}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(url)) problems.push(`request to another origin: ${request.url()}`);
  });
  try {
    await page.goto(url);
    const heading = page.locator('[data-slot="connected-app-panel"][data-status="success"] h2');
    await heading.waitFor({ timeout: 10_000 });
    const shown = await page.evaluate(() => ({ ...document.body.dataset }));
    check(
      (await heading.textContent()) === shown.expectedName && shown.expectedName !== undefined,
      `${app.name}: the panel shows "${shown.expectedName}" in Chromium`,
    );
    check(
      shown.reactVersion?.startsWith(`${app.major}.`) === true,
      `${app.name}: rendered by React ${shown.reactVersion}`,
    );
    check(shown.panelRef === 'connected-app-panel', `${app.name}: a ref reaches the panel's element`);
    const logoLoaded = await page
      .locator('[data-slot="connected-app-logo"]')
      .evaluate((image) => image.complete && image.naturalWidth > 0);
    check(logoLoaded, `${app.name}: the app's logo loads`);
    await page.locator('[data-slot="members-list-open"]').first().click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ timeout: 5_000 });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached', timeout: 5_000 });
    check(true, `${app.name}: a member's dialog opens and closes`);
  } catch (error) {
    check(false, `${app.name}: renders in Chromium`, String(error));
  } finally {
    check(problems.length === 0, `${app.name}: no console error, page error or foreign request`, problems.join('\n'));
    await page.close();
    await close();
  }
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failures.length > 0) {
  console.error(`\n${failures.length} consumer check(s) failed (${seconds} s)`);
  process.exit(1);
}
console.log(`\nconsumer checks passed (${seconds} s)`);
