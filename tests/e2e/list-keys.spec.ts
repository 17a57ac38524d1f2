// The article list is one Tab stop that moves with the arrow keys, Enter goes into the editor, and a reload comes
// back to the article that was open.
import { articleItems, cleanContent, importSample, openArticle, openDesk } from './desk';
import type { Page } from '@playwright/test';
import { expect, test, type GalleyServer } from './fixtures';

/** The desk on the sample batch with its first article open: the list's article ids, and a row by id. */
async function deskOnSample(page: Page, galley: GalleyServer) {
  await openDesk(page, galley);
  await importSample(page);
  const ids = await articleItems(page).evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-article-id'))));
  await openArticle(page, 0);
  return { ids, row: (id: number) => page.locator(`[data-testid="article-item"][data-article-id="${id}"]`) };
}

test('↑/↓ move through the list, Enter goes into the editor, a reload returns to the article', async ({ page, galley }) => {
  const { ids, row } = await deskOnSample(page, galley);
  await row(ids[0]!).focus();
  await page.keyboard.press('ArrowDown');
  await expect(row(ids[1]!)).toHaveAttribute('aria-current', 'true');
  await expect(row(ids[1]!)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(row(ids[2]!)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(row(ids[1]!)).toBeFocused();
  await expect(row(ids[1]!)).toHaveAttribute('aria-current', 'true');
  // One Tab stop for the whole list: the current row.
  await expect(page.locator('[data-testid="article-item"][tabindex="0"]')).toHaveCount(1);
  await expect(row(ids[1]!)).toHaveAttribute('tabindex', '0');

  await page.keyboard.press('End');
  const last = Number(await page.getByTestId('article-list').getAttribute('data-count')) - 1;
  await expect(page.locator('[data-testid="article-item"][aria-current="true"]')).toBeFocused();
  const lastId = Number(await page.locator('[data-testid="article-item"][aria-current="true"]').getAttribute('data-article-id'));
  expect(lastId).not.toBe(ids[1]);
  expect(last).toBeGreaterThan(1);
  await page.keyboard.press('Home');
  await expect(row(ids[0]!)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(row(ids[1]!)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(row(ids[2]!)).toBeFocused();
  await expect(row(ids[2]!)).toHaveAttribute('aria-current', 'true');

  await page.keyboard.press('Enter');
  await expect(cleanContent(page)).toBeFocused();

  await page.reload();
  await expect(row(ids[2]!)).toHaveAttribute('aria-current', 'true');
  await expect(cleanContent(page)).toBeVisible();
});

test('a key back to the shown article while the next one is still opening keeps the list on it', async ({ page, galley }) => {
  const { ids, row } = await deskOnSample(page, galley);
  // The second article opens slowly: the key back arrives while it is still on its way.
  let slow: () => void = () => {};
  const held = new Promise<void>((resolve) => (slow = resolve));
  await page.route('**/api/call/articles.get', async (route) => {
    if (route.request().postData()?.includes(`"id":${ids[1]}`)) await held;
    await route.continue();
  });
  await row(ids[0]!).focus();
  await page.keyboard.press('ArrowDown');
  await expect(row(ids[1]!)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(row(ids[0]!)).toBeFocused();
  const late = page.waitForResponse((r) => r.url().endsWith('/api/call/articles.get') && (r.request().postData() ?? '').includes(`"id":${ids[1]}`));
  slow();
  await late;
  // The late answer has been handled (or not) by the time the page has drawn twice more.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await expect(row(ids[0]!)).toHaveAttribute('aria-current', 'true');
  await expect(row(ids[0]!)).toHaveAttribute('tabindex', '0');
});
