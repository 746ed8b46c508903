import type { BrowserContext, Page } from 'playwright-core';

/** Makes a rejection nobody handles a console error, which `watchPageProblems` then reports. */
export async function reportUnhandledRejections(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.addEventListener('unhandledrejection', (event) => console.error(`unhandled rejection: ${event.reason}`));
  });
}

/**
 * Collects the page's errors and console errors into the returned array (empty means a clean run).
 * Chromium logs every HTTP error answer; the handler's 4xx/5xx under `apiUrl` are the states under test.
 */
export function watchPageProblems(page: Page, apiUrl: string): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const expected =
      message.text().startsWith('Failed to load resource: the server responded with a status of') &&
      message.location().url.startsWith(apiUrl);
    if (!expected) problems.push(`console error: ${message.text()}`);
  });
  return problems;
}
