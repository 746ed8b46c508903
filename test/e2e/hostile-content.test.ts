import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { createServer as createViteServer, type ViteDevServer } from 'vite';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { publicEntries } from '../../vite.config';
import {
  bannerCases,
  controlError,
  errorCases,
  logoCases,
  payloadCount,
  placementCount,
  textCases,
} from './hostile-page/cases';

let vite: ViteDevServer;
let server: Server;
let origin: string;
let browser: Browser;

// Per test: what the page did that it must not do.
let context: BrowserContext;
let page: Page;
let problems: string[];
let dialogs: string[];
let navigations: string[];
let foreignRequests: string[];
let popups: string[];

beforeAll(async () => {
  vite = await createViteServer({
    configFile: false,
    root: fileURLToPath(new URL('./hostile-page', import.meta.url)),
    plugins: [react()],
    resolve: { alias: publicEntries },
    server: { middlewareMode: true, hmr: false },
    appType: 'spa',
    logLevel: 'warn',
    cacheDir: fileURLToPath(new URL('../../node_modules/.vite-hostile', import.meta.url)),
    // Bundled up front, and nothing discovered later: a late discovery reloads the page, which would read
    // as a navigation caused by the content.
    optimizeDeps: {
      noDiscovery: true,
      include: ['react', 'react-dom/client', 'react/jsx-dev-runtime', 'swr', '@radix-ui/react-dialog', 'virtua'],
    },
  });
  server = createServer(vite.middlewares);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch(chromiumLaunchOptions);
});

afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await vite?.close();
});

beforeEach(async () => {
  problems = [];
  dialogs = [];
  navigations = [];
  foreignRequests = [];
  popups = [];
  // The narrowest common phone width: nothing may push the page sideways.
  context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  // Every request is seen; one to any other origin is recorded and never leaves the machine.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  // Any assignment to window.__pwned, even one undone at once, is recorded.
  await context.addInitScript(() => {
    const log: string[] = [];
    Object.defineProperty(window, '__pwnedLog', { value: log });
    Object.defineProperty(window, '__pwned', {
      get: () => undefined,
      set: (value: unknown) => log.push(String(value)),
    });
  });
  page = await context.newPage();
  context.on('page', (popup) => popups.push(popup.url()));
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
});

afterEach(async () => {
  const pwned = await page.evaluate(() => (window as unknown as { __pwnedLog: string[] }).__pwnedLog);
  await context.close();
  expect(pwned, 'window.__pwned was never assigned').toEqual([]);
  expect(dialogs, 'no alert, confirm or prompt').toEqual([]);
  expect(navigations, 'the page never navigated after loading').toEqual([`${origin}/`]);
  expect(popups, 'no window opened').toEqual([]);
  expect(foreignRequests, 'no request to another origin').toEqual([]);
  expect(problems, 'no console error or warning').toEqual([]);
});

/** Loads the page and waits until every panel has its answer. */
async function openPage() {
  await page.goto(`${origin}/`);
  await page.waitForFunction(
    (expected) =>
      document.querySelectorAll('[data-slot="connected-app-panel"]').length === expected &&
      document.querySelectorAll('[data-slot="connected-app-panel"]:is([data-status="loading"],[data-status="idle"])')
        .length === 0,
    textCases.length + logoCases.length + 1 + errorCases.length + 1,
  );
  // The control logo has loaded, so images had their chance to fire handlers.
  await page.waitForFunction(() => {
    const logo = document.querySelector<HTMLImageElement>('[data-case="control"] img');
    return logo?.complete === true && logo.naturalWidth > 0;
  });
}

/**
 * Everything in the DOM that content could have injected: handler attributes, script-bearing elements,
 * non-http(s) URLs in `src`/`href`, and payload text inside any attribute but the few that hold text.
 */
function auditDom() {
  return page.evaluate(() => {
    const found: string[] = [];
    const textAttributes = new Set(['aria-label', 'alt', 'title', 'value']);
    const marker = /__pwned|evil\.example|javascript:|vbscript:|expression\(/i;
    for (const element of document.querySelectorAll('*')) {
      const name = element.tagName.toLowerCase();
      for (const { name: attribute, value } of element.attributes) {
        if (attribute.startsWith('on')) found.push(`<${name} ${attribute}>`);
        if (marker.test(value) && !textAttributes.has(attribute))
          found.push(`<${name} ${attribute}="${value.slice(0, 80)}">`);
        if (attribute === 'style' && /url\(|expression/i.test(value)) found.push(`<${name} style="${value}">`);
      }
      if (element.closest('body') === null) continue;
      if (
        ['script', 'iframe', 'object', 'embed', 'frame', 'base', 'link', 'style', 'meta', 'svg', 'form'].includes(name)
      ) {
        found.push(`<${name}> in the body`);
      }
    }
    for (const script of document.querySelectorAll('script')) {
      if (marker.test(script.textContent ?? '')) found.push('a script holding a payload');
    }
    for (const image of document.querySelectorAll('img')) {
      const source = image.getAttribute('src') ?? '';
      if (new URL(source, location.href).origin !== location.origin || !/^https?:\/\//.test(source)) {
        found.push(`<img src="${source.slice(0, 80)}">`);
      }
    }
    for (const link of document.querySelectorAll('[href]')) {
      const href = link.getAttribute('href') ?? '';
      if (!/^https?:\/\//.test(href)) found.push(`<${link.tagName.toLowerCase()} href="${href.slice(0, 80)}">`);
    }
    return found;
  });
}

/** Whether `selector` (or the page) is wider than its box, and which elements stick out, for the message. */
function horizontalOverflow(selector?: string) {
  return page.evaluate((scope) => {
    const box = scope ? document.querySelector(scope) : document.scrollingElement;
    if (!box) return { overflow: -1, culprits: ['missing'] };
    const limit = scope ? box.getBoundingClientRect().right : box.clientWidth;
    const culprits = [...(scope ? box.querySelectorAll('*') : document.body.querySelectorAll('*'))]
      .filter((element) => element.getBoundingClientRect().right > limit + 0.5)
      .filter((element) => ![...element.children].some((child) => child.getBoundingClientRect().right > limit + 0.5))
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}[data-slot=${element.getAttribute('data-slot')}]`);
    return { overflow: box.scrollWidth - box.clientWidth, culprits };
  }, selector);
}

const texts = (selector: string) =>
  page.locator(selector).evaluateAll((elements) => elements.map((element) => element.textContent));

describe(`hostile content in Chromium (${payloadCount} payloads in ${placementCount} places)`, () => {
  it('shows every hostile text verbatim, as text', async () => {
    await openPage();
    for (const { id, text } of textCases) {
      const scope = `[data-case="${id}"]`;
      expect(await texts(`${scope} [data-slot="connected-app-summary-name"]`), id).toEqual([text]);
      expect(await texts(`${scope} [data-slot="connected-app-summary-description"]`), id).toEqual([text]);
      expect(await texts(`${scope} [data-slot="connected-app-summary-id"] code`), id).toEqual([text]);
      // The first member is named by its id, the second by the name resolveMember gives.
      expect(await texts(`${scope} [data-slot="members-list-open"]`), id).toEqual([text, text]);
      expect(await texts(`${scope} [data-slot="members-list-member-id"]`), id).toEqual([
        `member-test-resolved-${id.slice(5)}`,
      ]);
      expect(await texts(`${scope} [data-slot="scope-chip-label"]`), id).toEqual([
        text,
        'Sign-in',
        'Profile',
        'Email address',
        text,
      ]);
      expect(await texts(`${scope} [data-slot="connected-app-avatar"]`), id).toHaveLength(1);
    }
    for (const { id, error } of [...errorCases, ...bannerCases]) {
      const banner = `[data-case="${id}"] [data-slot="error-banner"]`;
      expect(await page.locator(banner).getAttribute('data-code'), id).toBe(error.code);
      expect(await texts(`${banner} [data-slot="error-banner-request-id"] code`), id).toEqual([error.requestId]);
    }
    for (const { id, error } of errorCases) {
      // The banner says what happened in its own words: Stytch's message is for logs, not for the page.
      expect(await page.locator(`[data-case="${id}"]`).textContent(), id).not.toContain(error.errorMessage);
    }
    expect(await texts('[data-case="unknown-organization"] [data-slot="error-banner"]')).toHaveLength(1);
    expect(
      await page.locator('[data-case="unknown-organization"] [data-slot="error-banner"]').getAttribute('data-code'),
    ).toBe('NOT_FOUND');
  });

  it('injects no element, handler attribute or unsafe URL, and drops every hostile logo and link', async () => {
    await openPage();
    expect(await auditDom()).toEqual([]);
    // The checks can see a logo and a link: the controls render both.
    expect(await page.locator('img').count()).toBe(1);
    expect(await page.locator('[data-case="control"] img').getAttribute('src')).toBe(`${origin}/logo.svg`);
    expect(await page.locator('a[href]').count()).toBe(1);
    expect(await page.locator(`[data-case="${controlError.id}"] a`).getAttribute('href')).toBe(
      controlError.error.errorUrl,
    );
    for (const { connectedAppId } of logoCases) {
      expect(await page.locator(`[data-case="${connectedAppId}"] [data-slot="connected-app-avatar"]`).count()).toBe(1);
    }
    // Searching and filtering by a hostile value show it as text too.
    for (const { id, text } of textCases.slice(0, 8)) {
      const scope = page.locator(`[data-case="${id}"]`);
      await scope.getByRole('combobox').selectOption(text);
      await scope.getByRole('searchbox').fill(`${text}#no-match`);
      await scope.locator('[data-slot="members-list-no-matches"]').waitFor();
      await scope.getByRole('searchbox').fill(text);
      await scope.locator('[data-slot="members-list-no-matches"]').waitFor({ state: 'detached' });
      expect(await scope.locator('[data-slot="members-list-open"]').count(), id).toBe(2);
    }
    expect(await auditDom()).toEqual([]);
  });

  it('has no horizontal scroll at 360 px, even with 10,000-character words', async () => {
    await openPage();
    expect(await horizontalOverflow()).toEqual({ overflow: 0, culprits: [] });
  });

  it('opens each member’s dialog with hostile content as text, and no sideways scroll inside it', async () => {
    await openPage();
    for (const { id, text } of textCases) {
      await page.locator(`[data-case="${id}"] [data-slot="members-list-open"]`).first().click();
      const dialog = page.locator('[data-slot="member-scopes-dialog"]');
      await dialog.waitFor();
      expect(await texts('[data-slot="member-scopes-dialog-member-id"] code'), id).toEqual([text]);
      expect(await texts('[data-slot="member-scope-label"]'), id).toEqual([text, 'Sign-in', 'Profile']);
      expect(await page.locator('[data-slot="member-scopes-dialog-title"]').textContent(), id).toContain(text);
      expect(await horizontalOverflow('[data-slot="member-scopes-dialog"]'), id).toEqual({ overflow: 0, culprits: [] });
      expect(await horizontalOverflow(), id).toEqual({ overflow: 0, culprits: [] });
      expect(await auditDom(), id).toEqual([]);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    }
  });
});
