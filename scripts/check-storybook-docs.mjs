// Checks the Storybook docs pages as a reader gets them: builds the static Storybook, serves it on 127.0.0.1,
// opens every docs entry of its index.json in Debian's Chromium and, once the page and its stories have
// rendered, runs axe (WCAG 2.2 A and AA, and best practices) on the docs content. Also checks what the pages
// must show:
// - every component's page (autodocs) has a props table with at least one description from TSDoc;
// - no page is covered by a modal dialog or hidden from assistive technology;
// - the "Theming" page names every `--rca-*` custom property of src/styles and every `data-*` attribute the
//   components render, and describes each of those attributes.
// Prints ok / FAIL per page and exits 1 on any failure.
//
//   node scripts/check-storybook-docs.mjs             build into .tmp/storybook-docs, then check
//   node scripts/check-storybook-docs.mjs --no-build  check the last build
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';
import { serveStatic } from './serve-static.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outputDir = join(root, '.tmp', 'storybook-docs');
const axePath = join(root, 'node_modules', 'axe-core', 'axe.min.js');
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** How long a page may take to render, its stories included, before it fails. */
const renderTimeoutMs = 30_000;
/** Once every story has rendered, the page must be quiet this long (stories load their data first). */
const quietMs = 400;
/** Pages checked at once: most of a page's time is axe on a large DOM, on one core. */
const concurrency = Math.max(1, Math.min(4, availableParallelism()));

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${output}`)),
    );
  });
}

/** Every `--rca-*` custom property the stylesheet declares, and every `data-*` attribute the components set. */
function sourceNames() {
  const read = (dir, pattern) =>
    readdirSync(join(root, dir), { recursive: true })
      .map(String)
      .filter((name) => pattern.test(name))
      .map((name) => readFileSync(join(root, dir, name), 'utf8'));
  const tokens = new Set();
  for (const css of read('src/styles', /\.css$/)) {
    for (const match of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/(--rca-[\w-]+)\s*:/g)) tokens.add(match[1]);
  }
  const attributes = new Set();
  for (const source of read('src/components', /\.tsx$/)) {
    for (const match of source.matchAll(/\s(data-[a-z][\w-]*)=/g)) attributes.add(match[1]);
  }
  return { tokens: [...tokens], attributes: [...attributes] };
}

/** In the page, before Storybook starts: records in `window.__docsRendered` the id of each docs page rendered. */
function listenForDocsRendered() {
  const poll = setInterval(() => {
    const channel = /** @type {any} */ (window).__STORYBOOK_ADDONS_CHANNEL__;
    if (!channel) return;
    clearInterval(poll);
    channel.on('docsRendered', (/** @type {string} */ id) => {
      /** @type {any} */ (window).__docsRendered = id;
    });
  }, 1);
}

/**
 * Shows the docs entry `id` in `page`: the first time by loading it, then as Storybook's own UI moves between
 * pages (`setCurrentStory`). Resolves once the docs have rendered (or Storybook shows an error), every inline
 * story has rendered (Storybook renders them one after another, each into its `…-inner` element, which the
 * story frame always fills), and the DOM has then been quiet for `quietMs`, so the stories show their data.
 */
async function showDocs(page, baseUrl, id, fresh) {
  if (fresh) {
    await page.goto(`${baseUrl}/iframe.html?id=${encodeURIComponent(id)}&viewMode=docs`);
  } else {
    await page.evaluate((id) => {
      const win = /** @type {any} */ (window);
      win.__docsRendered = null;
      win.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId: id, viewMode: 'docs' });
    }, id);
  }
  await page.waitForFunction(
    (id) => {
      if (document.body.classList.contains('sb-show-errordisplay')) return true;
      if (/** @type {any} */ (window).__docsRendered !== id) return false;
      const stories = document.querySelectorAll('#storybook-docs [id^="story--"][id$="-inner"]');
      return [...stories].every((story) => story.childElementCount > 0);
    },
    id,
    { timeout: renderTimeoutMs, polling: 100 },
  );
  await page.evaluate(
    ([quiet, limit]) =>
      new Promise((resolve) => {
        const done = () => {
          observer.disconnect();
          clearTimeout(timer);
          clearTimeout(deadline);
          resolve(undefined);
        };
        let timer = setTimeout(done, quiet);
        const deadline = setTimeout(done, limit);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(done, quiet);
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      }),
    [quietMs, renderTimeoutMs],
  );
}

/** In the page: what the rendered docs show. */
function readDocs() {
  const docs = document.querySelector('#storybook-docs');
  const error = document.body.classList.contains('sb-show-errordisplay')
    ? (document.querySelector('#error-message')?.textContent ?? 'an error')
    : null;
  const tables = [...document.querySelectorAll('#storybook-docs table.docblock-argstable')];
  // A row's description is the text above its type summary, in the row's second cell.
  const descriptions = tables.flatMap((table) =>
    [...table.querySelectorAll('tbody tr')]
      .map((row) => row.cells[1]?.querySelector(':scope > div:not(:last-child)')?.textContent?.trim() ?? '')
      .filter(Boolean),
  );
  return {
    error,
    text: docs?.textContent?.trim() ?? '',
    // A modal dialog open at once hides the rest of the page from assistive technology (and from axe).
    hidden: docs ? docs.closest('[aria-hidden="true"], [inert]') !== null : false,
    dialog: [...document.querySelectorAll('[role="dialog"], [role="alertdialog"]')].some(
      (element) => !docs?.contains(element) || element.getAttribute('aria-modal') === 'true',
    ),
    codes: [...(docs?.querySelectorAll('code') ?? [])].map((code) => code.textContent?.trim() ?? ''),
    undocumented: [...(docs?.querySelectorAll('[data-undocumented]') ?? [])].map((element) => element.textContent),
    tables: tables.length,
    descriptions: descriptions.length,
  };
}

/** In the page: axe on the docs content, once axe-core is loaded. */
async function runAxe(tags) {
  const results = await /** @type {any} */ (window).axe.run('#storybook-docs', {
    // Not inside the frames of stories shown in their own frame (unstyled, or 10,000 members): each is a
    // story of its own, which the storybook test project checks, and not a page with a main landmark.
    iframes: false,
    // Only violations: axe then skips detailing every pass, most of its time on a large page.
    resultTypes: ['violations'],
    runOnly: { type: 'tag', values: tags },
  });
  return results.violations.map((violation) => ({
    id: violation.id,
    help: violation.help,
    count: violation.nodes.length,
    targets: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
  }));
}

/** Checks one docs entry in `page`; returns its problems (none: ok). */
async function checkEntry(page, baseUrl, entry, names, fresh) {
  const problems = [];
  const onError = (error) => problems.push(`uncaught: ${error.message}`);
  page.on('pageerror', onError);
  try {
    await showDocs(page, baseUrl, entry.id, fresh);
    const shown = await page.evaluate(readDocs);
    if (shown.error) problems.push(`Storybook shows an error: ${shown.error.trim().split('\n')[0]}`);
    if (!shown.text) problems.push('the docs are empty');
    if (shown.hidden) problems.push('the docs are hidden from assistive technology');
    if (shown.dialog) problems.push('a modal dialog is open over the docs');
    if (!entry.importPath.endsWith('.mdx')) {
      if (shown.tables === 0) problems.push('no props table');
      else if (shown.descriptions === 0) problems.push('the props table has no description');
    }
    if (entry.title === 'Docs/Theming') {
      const codes = new Set(shown.codes);
      for (const name of [...names.tokens, ...names.attributes]) {
        if (!codes.has(name)) problems.push(`does not list ${name}`);
      }
      for (const name of shown.undocumented) problems.push(`does not describe ${name}`);
    }
    if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
    for (const violation of await page.evaluate(runAxe, axeTags)) {
      problems.push(`axe ${violation.id} (${violation.count}×): ${violation.help} at ${violation.targets.join(', ')}`);
    }
  } catch (error) {
    problems.push(error instanceof Error ? error.message.split('\n')[0] : String(error));
  } finally {
    page.off('pageerror', onError);
  }
  return problems;
}

/** Checks entries from `queue` one after another in one page, as a reader moves between docs pages. */
async function worker(browser, baseUrl, queue, names, report) {
  let page = null;
  let fresh = true;
  for (let entry = queue.shift(); entry; entry = queue.shift()) {
    if (!page) {
      page = await browser.newPage();
      // Stories in their own frame are not checked here (see `iframes: false`): a blank page in their place
      // spares loading a whole Storybook preview for each.
      await page.route(
        (url) => url.pathname.endsWith('/iframe.html') && url.searchParams.get('viewMode') === 'story',
        (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Story</title>' }),
      );
      await page.addInitScript(listenForDocsRendered);
    }
    const started = Date.now();
    const problems = await checkEntry(page, baseUrl, entry, names, fresh);
    report(entry, problems, Date.now() - started);
    fresh = false;
    // After a failure, the next page starts from a fresh load.
    if (problems.length > 0) {
      await page.close();
      page = null;
      fresh = true;
    }
  }
  await page?.close();
}

async function main() {
  const started = Date.now();
  if (!process.argv.includes('--no-build')) {
    // Storybook adds to an output directory: start empty, so no asset of an earlier build is served.
    rmSync(outputDir, { recursive: true, force: true });
    await run(process.execPath, [
      join(root, 'node_modules', 'storybook', 'dist', 'bin', 'dispatcher.js'),
      'build',
      '--quiet',
      '--output-dir',
      outputDir,
    ]);
  }
  const index = JSON.parse(readFileSync(join(outputDir, 'index.json'), 'utf8'));
  const entries = Object.values(index.entries).filter((entry) => entry.type === 'docs');
  if (entries.length === 0) throw new Error('index.json has no docs entry');
  const names = sourceNames();

  const server = await serveStatic(outputDir);
  let browser = null;
  let failed = 0;
  const report = (entry, problems, ms) => {
    const line = `${entry.title} (${entry.id}, ${(ms / 1000).toFixed(1)} s)`;
    if (problems.length === 0) {
      console.log(`ok   ${line}`);
      return;
    }
    failed += 1;
    console.log(`FAIL ${line}`);
    for (const problem of problems) console.log(`     ${problem}`);
  };
  try {
    browser = await chromium.launch(chromiumLaunchOptions);
    const queue = [...entries];
    await Promise.all(
      Array.from({ length: concurrency }, () => worker(browser, server.url.replace(/\/$/, ''), queue, names, report)),
    );
  } finally {
    await browser?.close();
    await server.close();
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`${entries.length - failed} of ${entries.length} docs pages ok (${seconds} s)`);
  if (failed > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
