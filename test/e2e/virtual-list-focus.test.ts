import { afterEach, expect, it } from 'vitest';
import { type OpenedPage, openPage } from './page-harness';

// The row holding keyboard focus stays mounted while it is scrolled away, also when rows above it come and
// go (a revalidation, another admin's revoke): focus is never dropped to the page.

let opened: OpenedPage | undefined;
afterEach(() => opened?.close());

const focusedRow = () =>
  document.activeElement?.closest('[data-slot="members-list-item"]')?.getAttribute('aria-posinset') ?? null;

it('keeps the focused member’s row mounted, scrolled away, while members are added and removed above it', async () => {
  opened = await openPage('focus-kept.tsx');
  const { page, problems } = opened;
  const rows = page.locator('[data-slot="members-list-item"]');
  const member = 'member-test-32fc5024-9c09-4da3-bd2e-000000000002';
  const button = page.getByRole('button', { name: `Show scopes of ${member}`, exact: true });
  await button.focus();
  expect(await page.evaluate(focusedRow)).toBe('3');

  await page.locator('[data-slot="members-list-viewport"]').evaluate((box) => {
    box.scrollTop = box.scrollHeight;
  });
  await rows.and(page.locator('[aria-posinset="2000"]')).waitFor();
  expect(await page.evaluate(focusedRow)).toBe('3');

  // Two members arrive above it: its row moves to position 5 and stays mounted, still focused.
  await page.evaluate(() => (window as unknown as { prependMember(): void }).prependMember());
  await page.evaluate(() => (window as unknown as { prependMember(): void }).prependMember());
  await expect.poll(() => page.evaluate(focusedRow)).toBe('5');
  await expect(button.evaluate((element) => element === document.activeElement)).resolves.toBe(true);

  // One leaves: position 4, still focused.
  await page.evaluate(() => (window as unknown as { removeFirstMember(): void }).removeFirstMember());
  await expect.poll(() => page.evaluate(focusedRow)).toBe('4');
  expect(await rows.count()).toBeLessThan(45);
  expect(problems).toEqual([]);
}, 60_000);
