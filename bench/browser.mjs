// The in-browser measurements: the members list at growing sizes, and the request economy of the hook.
// Builds bench/pages for production, serves it on 127.0.0.1 and drives Debian's Chromium with playwright-core.
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';

// Vite warns that a config importing another without its extension will not load natively one day.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';

import { chromiumLaunchOptions } from '../scripts/chromium.mjs';
import { serveStatic } from '../scripts/serve-static.mjs';
import { median } from './stats.mjs';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, '.tmp/bench-pages');

export async function buildPages() {
  await build({ configFile: join(root, 'bench/pages/vite.config.ts'), logLevel: 'warn' });
}

async function withPage(path, use) {
  const site = await serveStatic(outDir);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(site.url + path);
    const result = await use(page, browser.version());
    if (errors.length > 0) throw new Error(`The page failed: ${errors.join('; ')}`);
    return result;
  } finally {
    await browser.close();
    await site.close();
  }
}

const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** One measurement of a filter: arm in the page, act, read the time the page measured. */
async function timeFilter(page, type, act) {
  await page.evaluate((eventType) => window.listBench.arm(eventType), type);
  await act();
  return page.evaluate(() => window.listBench.result());
}

async function waitForStatus(page, text) {
  await page.waitForFunction(
    (expected) => document.querySelector('[data-slot="members-list-status"]')?.textContent === expected,
    text,
  );
}

/** Mount, DOM size, one keystroke, one scope filter and scrolling to the end, for each list size. */
export async function measureLists({ sizes = [100, 1_000, 10_000, 100_000], runs = 5, log = () => {} } = {}) {
  return withPage('list.html', async (page, version) => {
    await page.waitForFunction(() => window.listBench?.ready === true);
    const results = [];
    for (const size of sizes) {
      const lists = [];
      const panels = [];
      for (let run = 0; run < runs; run += 1) {
        lists.push(await page.evaluate((count) => window.listBench.mountList(count), size));
        panels.push(await page.evaluate((count) => window.listBench.mountPanel(count), size));
      }
      await page.evaluate((count) => window.listBench.mountList(count), size);
      const status = page.locator('[data-slot="members-list-status"]');
      const allShown = await status.textContent();
      const search = page.getByRole('searchbox', { name: 'Search members' });
      const scope = page.getByRole('combobox', { name: 'Filter by scope' });
      const keystrokes = [];
      const scopeFilters = [];
      for (let run = 0; run < runs; run += 1) {
        await search.focus();
        keystrokes.push(await timeFilter(page, 'input', () => page.keyboard.press('7')));
        await search.fill('');
        await waitForStatus(page, allShown);
        scopeFilters.push(await timeFilter(page, 'change', () => scope.selectOption('read:invoices')));
        await scope.selectOption('');
        await waitForStatus(page, allShown);
      }
      const scroll = await page.evaluate((count) => window.listBench.scrollToEnd(count), size);
      await page.evaluate(() => window.listBench.unmount());
      const row = {
        members: size,
        mountMs: round(median(lists.map((item) => item.mountMs))),
        firstFrameMs: round(median(lists.map((item) => item.firstFrameMs))),
        panelMountMs: round(median(panels.map((item) => item.mountMs))),
        domNodes: lists[0]?.nodes,
        rowsInDom: lists[0]?.rows,
        screensOfRows: round(lists[0]?.screens ?? 0),
        keystrokeMs: round(median(keystrokes.map((item) => item.applyMs))),
        keystrokeFrameMs: round(median(keystrokes.map((item) => item.frameMs))),
        keystrokeShown: keystrokes[0]?.shown,
        scopeFilterMs: round(median(scopeFilters.map((item) => item.applyMs))),
        scopeFilterFrameMs: round(median(scopeFilters.map((item) => item.frameMs))),
        scopeFilterShown: scopeFilters[0]?.shown,
        lastMemberShown: scroll.lastShown,
        lastMemberPosition: scroll.position,
        runs,
      };
      log(`  ${size} members: mount ${row.mountMs} ms, keystroke ${row.keystrokeMs} ms, ${row.rowsInDom} rows`);
      results.push(row);
    }
    return { chromium: version, rows: results };
  });
}

/** 100 components on one app, a revalidation with the same data, and switching among 5 apps. */
export async function measureEconomy() {
  return withPage('economy.html', async (page) => {
    await page.waitForFunction(() => window.economyBench?.ready === true);
    return page.evaluate(() => window.economyBench.run());
  });
}

/** Exporting `count` members as CSV and JSON, medians of `runs`: time, and the longest main-thread block. */
export async function measureExport({ count = 100_000, runs = 3 } = {}) {
  return withPage('export.html', async (page) => {
    await page.waitForFunction(() => window.exportBench?.ready === true);
    const all = [];
    for (let run = 0; run < runs; run += 1) all.push(await page.evaluate((n) => window.exportBench.run(n), count));
    const pick = (read) => median(all.map(read));
    return {
      count,
      csv: {
        totalMs: pick((r) => r.csv.totalMs),
        longestFrameGapMs: pick((r) => r.csv.longestFrameGapMs),
        bytes: all[0].csv.bytes,
      },
      json: {
        totalMs: pick((r) => r.json.totalMs),
        longestFrameGapMs: pick((r) => r.json.longestFrameGapMs),
        bytes: all[0].json.bytes,
      },
      onePass: { totalMs: pick((r) => r.onePass.totalMs), longestFrameGapMs: pick((r) => r.onePass.longestFrameGapMs) },
    };
  });
}
