import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';

/** A running `npm start`, on a free port. */
export interface DemoServer {
  url: string;
  stop(): Promise<void>;
}

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Starts `demo/server.ts` as `npm start` does (one Node process with tsx's loader) and waits for its URL. */
export function startDemoServer(): Promise<DemoServer> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'demo/server.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', STYTCH_PROJECT_ID: '', STYTCH_SECRET: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Demo: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match?.[1]) resolve({ url: match[1], stop });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`The demo server exited (${code}):\n${output}`)));
  });
}

/**
 * Loads the page once and waits for the panel, so that Vite has compiled the page's modules before the first
 * test's clock starts (a fresh clone compiles them on first request, slowly on a busy 2-core machine). With
 * `?as=none` the handler answers 401 and Stytch is asked nothing, for tests that count what reaches it.
 */
export async function warmUp(browser: Browser, url: string, query = ''): Promise<void> {
  const page = await browser.newPage();
  try {
    await page.goto(url + query, { timeout: 55_000 });
    await page
      .locator('[data-slot="connected-app-panel"]:is([data-status="success"], [data-status="error"])')
      .waitFor({ timeout: 55_000 });
  } finally {
    await page.close();
  }
}
