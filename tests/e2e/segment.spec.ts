// Segmentation: split at the cursor's paragraph, merge back, mark as noise and restore from the noise list.
import { api, cleanEditor, drawnArticleIds, expectListCount, importSample, openArticle, openDesk, readListCount } from './desk';
import { expect, test } from './fixtures';

test('split an article at the cursor, merge it back, mark it as noise and restore it', async ({ page, galley }) => {
  await openDesk(page, galley);
  await importSample(page);
  const batchId = (await api(galley, 'batches.list', {}))[0].id;
  const all = await api(galley, 'articles.list', { batchId });
  // An article with at least three paragraphs among the rows drawn, so the split leaves text on both sides.
  const drawn = await drawnArticleIds(page);
  let index = -1;
  let id = 0;
  for (const [i, candidate] of drawn.entries()) {
    const detail = await api(galley, 'articles.get', { id: candidate });
    if (detail.text.split('\n').length >= 3) {
      index = i;
      id = candidate;
      break;
    }
  }
  expect(index).toBeGreaterThanOrEqual(0);
  const original = await api(galley, 'articles.get', { id });
  const paragraphs = original.text.split('\n');
  const count = await readListCount(page);
  expect(count).toBe(all.length);

  await openArticle(page, index);
  // Cursor into the second paragraph (line 2 of the clean text).
  await cleanEditor(page).locator('.cm-line').nth(1).click();
  await expect(cleanEditor(page).locator('.cm-activeLine')).toHaveCount(1);
  await expect(cleanEditor(page).locator('.cm-line').nth(1)).toHaveClass(/cm-activeLine/);
  await page.getByTestId('split-button').click();
  await expectListCount(page, count + 1);
  const first = await api(galley, 'articles.get', { id });
  expect(first.text).toBe(paragraphs[0]);

  // Merge the two halves back together.
  await page.locator(`[data-testid="article-item"][data-article-id="${id}"]`).click();
  await page.getByTestId('merge-button').click();
  await expectListCount(page, count);
  const merged = await api(galley, 'articles.get', { id });
  expect(merged.text.split('\n')).toEqual(paragraphs);

  // Noise: the article leaves the list, shows in the noise view, and comes back.
  await page.locator(`[data-testid="article-item"][data-article-id="${id}"]`).click();
  await page.getByTestId('noise-mark-button').click();
  await expectListCount(page, count - 1);
  await expect(page.locator(`[data-testid="article-item"][data-article-id="${id}"]`)).toHaveCount(0);
  await page.getByTestId('noise-button').click();
  const item = page.locator(`[data-testid="noise-item"][data-article-id="${id}"]`);
  await expect(item).toBeVisible();
  await item.getByTestId('noise-restore').click();
  await expectListCount(page, count);
  await expect(page.locator(`[data-testid="article-item"][data-article-id="${id}"]`)).toHaveAttribute('aria-current', 'true');
});

test('move the cursor\'s paragraph to the end of another article', async ({ page, galley }) => {
  await openDesk(page, galley);
  await importSample(page);
  const [source, target] = await drawnArticleIds(page);
  const before = await api(galley, 'articles.get', { id: source });
  const targetBefore = await api(galley, 'articles.get', { id: target });
  const paragraphs = before.text.split('\n');
  expect(paragraphs.length).toBeGreaterThanOrEqual(2);

  await page.locator(`[data-testid="article-item"][data-article-id="${source}"]`).click();
  const last = cleanEditor(page).locator('.cm-line').nth(paragraphs.length - 1);
  await last.scrollIntoViewIfNeeded();
  await last.click();
  await page.getByTestId('move-target').selectOption(String(target));
  await page.getByTestId('move-end').click();

  await expect.poll(async () => (await api(galley, 'articles.get', { id: target })).text).toBe(`${targetBefore.text}\n${paragraphs[paragraphs.length - 1]}`);
  expect((await api(galley, 'articles.get', { id: source })).text).toBe(paragraphs.slice(0, -1).join('\n'));
});
