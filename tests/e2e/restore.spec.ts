// Restoring a revision never loses text held nowhere else: restoring the text from before a merge sets the
// merged-in article apart again, with its heading, instead of dropping it.
import { api, drawnArticleIds, expectListCount, importSample, openDesk, readListCount } from './desk';
import { expect, test } from './fixtures';

test('restoring a revision from before a merge keeps the merged-in article as its own article again', async ({ page, galley }) => {
  await openDesk(page, galley);
  await importSample(page);
  const drawn = await drawnArticleIds(page);
  let first = 0;
  let second = 0;
  for (const [i, id] of drawn.entries()) {
    const next = drawn[i + 1];
    if (next === undefined) break;
    if ((await api(galley, 'articles.get', { id })).pageId === (await api(galley, 'articles.get', { id: next })).pageId) {
      [first, second] = [id, next];
      break;
    }
  }
  expect(first).toBeGreaterThan(0);
  const a = await api(galley, 'articles.get', { id: first });
  const b = await api(galley, 'articles.get', { id: second });
  const count = await readListCount(page);

  await page.locator(`[data-testid="article-item"][data-article-id="${first}"]`).click();
  await page.getByTestId('merge-button').click();
  await expectListCount(page, count - 1);
  await page.getByTestId('revisions-button').click();
  const items = page.getByTestId('revision-item');
  await expect(items).toHaveCount(2);
  await items.last().click();
  await page.getByTestId('restore-revision').click();

  await expectListCount(page, count);
  await expect(page.getByTestId('notice')).toBeVisible();
  expect((await api(galley, 'articles.get', { id: first })).text).toBe(a.text);
  expect(await api(galley, 'articles.get', { id: second })).toMatchObject({ text: b.text, headline: b.headline });
  // Every paragraph the merged article had is still held by a live article.
  const batchId = a.batchId;
  const live = await api(galley, 'articles.list', { batchId });
  expect(live.map((x) => x.id)).toContain(second);
});
