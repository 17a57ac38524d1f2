// Segmentation: split at the cursor's paragraph, merge back, mark as noise and restore from the noise list.
import { api, articleItems, cleanContent, importSample, openArticle, openDesk } from './desk';
import { expect, test } from './fixtures';

test('split an article at the cursor, merge it back, mark it as noise and restore it', async ({ page, galley }) => {
  await openDesk(page, galley);
  await importSample(page);
  const batchId = (await api(galley, 'batches.list', {}))[0].id;
  const all = await api(galley, 'articles.list', { batchId });
  // An article with at least three paragraphs, so the split leaves text on both sides.
  let index = -1;
  let id = 0;
  for (const [i, summary] of all.entries()) {
    const detail = await api(galley, 'articles.get', { id: summary.id });
    if (detail.text.split('\n').length >= 3) {
      index = i;
      id = summary.id;
      break;
    }
  }
  expect(index).toBeGreaterThanOrEqual(0);
  const original = await api(galley, 'articles.get', { id });
  const paragraphs = original.text.split('\n');
  const count = await articleItems(page).count();

  await openArticle(page, index);
  // Cursor into the second paragraph (line 2 of the clean text).
  await cleanContent(page).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-testid="clean-editor"] .cm-activeLine')).toContainText(paragraphs[1].slice(0, 6));
  await page.getByTestId('split-button').click();
  await expect(articleItems(page)).toHaveCount(count + 1);
  const first = await api(galley, 'articles.get', { id });
  expect(first.text).toBe(paragraphs[0]);

  // Merge the two halves back together.
  await page.locator(`[data-testid="article-item"][data-article-id="${id}"]`).click();
  await page.getByTestId('merge-button').click();
  await expect(articleItems(page)).toHaveCount(count);
  const merged = await api(galley, 'articles.get', { id });
  expect(merged.text.split('\n')).toEqual(paragraphs);

  // Noise: the article leaves the list, shows in the noise view, and comes back.
  await page.locator(`[data-testid="article-item"][data-article-id="${id}"]`).click();
  await page.getByTestId('noise-mark-button').click();
  await expect(articleItems(page)).toHaveCount(count - 1);
  await expect(page.locator(`[data-testid="article-item"][data-article-id="${id}"]`)).toHaveCount(0);
  await page.getByTestId('noise-button').click();
  const item = page.locator(`[data-testid="noise-item"][data-article-id="${id}"]`);
  await expect(item).toBeVisible();
  await item.getByTestId('noise-restore').click();
  await expect(articleItems(page)).toHaveCount(count);
  await expect(page.locator(`[data-testid="article-item"][data-article-id="${id}"]`)).toHaveAttribute('aria-current', 'true');
});
