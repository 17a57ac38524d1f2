// Searching the list, find-and-replace across the batch with a preview, and exporting JSONL.
import { readFile } from 'node:fs/promises';
import { api, approveOpen, articleItems, expectListCount, importSample, openArticle, openDesk, readListCount, screenshot } from './desk';
import { expect, test } from './fixtures';

test('the search box narrows the article list', async ({ page, galley }) => {
  await openDesk(page, galley);
  await importSample(page);
  const total = await readListCount(page);
  const headline = (await articleItems(page).nth(2).locator('.article-headline').textContent()) ?? '';
  await page.getByTestId('search-input').fill(headline.slice(0, 6));
  await expect.poll(() => readListCount(page)).toBeLessThan(total);
  await expect(articleItems(page).filter({ hasText: headline.slice(0, 6) }).first()).toBeVisible();
  await page.getByTestId('status-filter').selectOption('approved');
  await expectListCount(page, 0);
});

test('find and replace previews every match and applies only the chosen ones', async ({ page, galley }, testInfo) => {
  await openDesk(page, galley);
  await importSample(page);
  const batchId = (await api(galley, 'batches.list', {}))[0].id;
  const query = '工会';
  const found = await api(galley, 'find.search', { batchId, query });
  expect(found.length).toBeGreaterThan(2);

  await page.getByTestId('find-button').click();
  const dialog = page.getByTestId('find-dialog');
  await dialog.getByTestId('find-query').fill(query);
  await dialog.getByTestId('find-replacement').fill('工会组织');
  await dialog.getByTestId('find-search').click();
  const matches = dialog.getByTestId('find-match');
  await expect(matches).toHaveCount(found.length);
  await expect(matches.first().locator('mark')).toHaveText(query);
  await screenshot(page, testInfo, 'find-preview');

  // Leave the first match out.
  await matches.first().getByRole('checkbox').uncheck();
  await expect(dialog.getByTestId('find-apply')).toContainText(String(found.length - 1));
  await dialog.getByTestId('find-apply').click();
  await expect(dialog.getByTestId('find-result')).toContainText(String(found.length - 1));

  // Matches are in the text or a heading field; read the field each is in.
  const fieldOf = async (m: (typeof found)[number]) => {
    const a = await api(galley, 'articles.get', { id: m.articleId });
    return (m.field === 'text' ? a.text : a[m.field]) ?? '';
  };
  const skipped = found[0];
  const skippedText = await fieldOf(skipped);
  expect(skippedText.slice(skipped.start, skipped.end + 2)).not.toBe('工会组织');
  expect(skippedText.slice(skipped.start, skipped.end)).toBe(query);
  const replacedIn = found[found.length - 1];
  expect(await fieldOf(replacedIn)).toContain('工会组织');
});

test('export approved articles as JSONL: count first, progress, history and the file', async ({ page, galley }, testInfo) => {
  await openDesk(page, galley);
  await importSample(page);
  // Approve two articles, one of them edited.
  const first = await openArticle(page, 0);
  await approveOpen(page, galley, () => page.getByTestId('approve-button').click());
  await expect(page.locator(`[data-testid="article-item"][data-article-id="${first}"]`)).toHaveAttribute('data-status', 'approved');
  await approveOpen(page, galley, () => page.getByTestId('approve-button').click());
  await expect(page.locator('[data-testid="article-item"][data-status="approved"]')).toHaveCount(2);

  await page.getByTestId('export-button').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId('export-count')).toHaveAttribute('data-count', '2');
  await dialog.getByTestId('export-format-jsonl').check();
  await screenshot(page, testInfo, 'export');
  await dialog.getByTestId('export-run').click();
  await expect(dialog.getByTestId('export-done')).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByTestId('export-record')).toHaveCount(1);

  const downloadPromise = page.waitForEvent('download');
  await dialog.getByTestId('export-download').click();
  const download = await downloadPromise;
  const body = await readFile(await download.path(), 'utf8');
  const lines = body.trim().split('\n').map((line) => JSON.parse(line) as { id: number; headline: string; body: string; status: string });
  expect(lines).toHaveLength(2);
  expect(lines.map((l) => l.id)).toContain(first);
  for (const line of lines) expect(line.status).toBe('approved');
  const stored = await api(galley, 'articles.get', { id: first });
  expect(lines.find((l) => l.id === first)?.body).toBe(stored.text);

  // The history survives closing and reopening the dialog.
  await page.keyboard.press('Escape');
  await page.getByTestId('export-button').click();
  await expect(page.getByTestId('export-dialog').getByTestId('export-record')).toHaveCount(1);
});
