import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, expect, it } from 'vitest';
import { type OpenedPage, openPage } from './page-harness';
import { App } from './pages/hydration-app';

// The virtualized members list rendered on the server and hydrated in Chromium, as an app that server-renders
// (Next.js, Remix) does: the first screen of rows is in the HTML, and hydration matches it with no warning.

let opened: OpenedPage | undefined;
afterEach(() => opened?.close());

it('server-renders the first screen of a 10,000-member list and hydrates it without a mismatch', async () => {
  const markup = renderToString(createElement(App));
  const serverRows = markup.match(/data-slot="members-list-item"/g)?.length ?? 0;
  expect(serverRows).toBeGreaterThan(5);
  expect(serverRows).toBeLessThan(40);
  expect(markup).toContain('aria-setsize="10000"');

  opened = await openPage('hydration-client.tsx', markup);
  const { page, problems } = opened;
  await page.waitForFunction(() => (window as { hydrated?: boolean }).hydrated === true);
  // Past hydration, virtua measures the rows and takes over the scrolling box.
  const rows = page.locator('[data-slot="members-list-item"]');
  await expect.poll(() => rows.count()).toBeGreaterThan(5);
  await page.locator('[data-slot="members-list-viewport"]').evaluate((box) => {
    box.scrollTop = box.scrollHeight;
  });
  await rows.and(page.locator('[aria-posinset="10000"]')).waitFor();
  expect(problems, 'no hydration warning, no console error').toEqual([]);
}, 60_000);
