import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { publicEntries } from '../../vite.config';
import { watchPageProblems } from './page-problems';

// A page of test/e2e/pages bundled for the browser (the package's public entries aliased to the sources, as
// in the other tests, React's development build so warnings are reported), served on 127.0.0.1 and opened
// in Chromium.

/** The package's public entries, as esbuild aliases. */
const alias = Object.fromEntries(
  publicEntries.map(({ find, replacement }) => [find.source.replace(/^\^|\$$/g, '').replace(/\\/g, ''), replacement]),
);

export interface OpenedPage {
  page: Page;
  /** Console errors, page errors and unhandled rejections seen so far (empty: a clean run). */
  problems: string[];
  close(): Promise<void>;
}

/**
 * Opens `pages/{script}` in Chromium, inside `markup` (the server's HTML for `#root`, empty for a page that
 * renders on the client).
 */
export async function openPage(script: string, markup = ''): Promise<OpenedPage> {
  const built = await esbuild.build({
    entryPoints: [fileURLToPath(new URL(`./pages/${script}`, import.meta.url))],
    bundle: true,
    write: false,
    format: 'esm',
    jsx: 'automatic',
    alias,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'error',
  });
  const code = built.outputFiles[0]?.text ?? '';
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test page</title></head><body><div id="root">${markup}</div><script type="module" src="/page.js"></script></body></html>`;
  const server = createServer((request, response) => {
    const isScript = request.url === '/page.js';
    response.writeHead(200, { 'content-type': isScript ? 'text/javascript' : 'text/html; charset=utf-8' });
    response.end(isScript ? code : html);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch(chromiumLaunchOptions);
    const page = await browser.newPage();
    const problems = watchPageProblems(page, 'http://127.0.0.1:0/');
    await page.goto(`http://127.0.0.1:${port}/`);
    const opened = browser;
    return {
      page,
      problems,
      close: async () => {
        await opened.close();
        await new Promise<void>((closed) => server.close(() => closed()));
      },
    };
  } catch (error) {
    await browser?.close();
    server.close();
    throw error;
  }
}
