import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { publicEntries } from '../../vite.config';
import { App } from './hydration-page/app';
import { watchPageProblems } from './page-problems';

// The virtualized members list rendered on the server and hydrated in Chromium, as an app that server-renders
// (Next.js, Remix) does: the first screen of rows is in the HTML, and hydration matches it with no warning.

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
/** The package's public entries, aliased to the sources as the other tests import them. */
const alias = Object.fromEntries(
  publicEntries.map(({ find, replacement }) => [find.source.replace(/^\^|\$$/g, '').replace(/\\/g, ''), replacement]),
);

/** The browser's script: the same app, hydrating, bundled with React's development build (it reports mismatches). */
async function buildClient() {
  const result = await esbuild.build({
    entryPoints: [here('./hydration-page/client.tsx')],
    bundle: true,
    write: false,
    format: 'esm',
    jsx: 'automatic',
    alias,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'error',
  });
  return result.outputFiles[0]?.text ?? '';
}

let server: Server | undefined;
afterAll(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

it('server-renders the first screen of a 10,000-member list and hydrates it without a mismatch', async () => {
  const client = await buildClient();
  const markup = renderToString(createElement(App));
  const serverRows = markup.match(/data-slot="members-list-item"/g)?.length ?? 0;
  expect(serverRows).toBeGreaterThan(5);
  expect(serverRows).toBeLessThan(40);
  expect(markup).toContain('aria-setsize="10000"');

  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hydration</title></head><body><div id="root">${markup}</div><script type="module" src="/client.js"></script></body></html>`;
  server = createServer((request, response) => {
    const script = request.url === '/client.js';
    response.writeHead(200, { 'content-type': script ? 'text/javascript' : 'text/html; charset=utf-8' });
    response.end(script ? client : html);
  });
  await new Promise<void>((listening) => server?.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;

  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage();
    const problems = watchPageProblems(page, 'http://127.0.0.1:0/');
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => (window as { hydrated?: boolean }).hydrated === true);
    // Past hydration, virtua measures the rows and takes over the scrolling box.
    const rows = page.locator('[data-slot="members-list-item"]');
    await expect.poll(() => rows.count()).toBeGreaterThan(5);
    await page.locator('[data-slot="members-list-viewport"]').evaluate((box) => {
      box.scrollTop = box.scrollHeight;
    });
    await rows.and(page.locator('[aria-posinset="10000"]')).waitFor();
    expect(problems, 'no hydration warning, no console error').toEqual([]);
  } finally {
    await browser.close();
  }
}, 60_000);
