// What the library shows stays current: the approved count follows approvals made in another window, and section
// autocomplete offers the stored sections before the sections dialog was ever opened; a section can be deleted,
// after a confirmation, without losing an article.
import { api, drawnArticleIds, importSample, openArticle, openDesk, readListCount } from './desk';
import { expect, test } from './fixtures';

test('approved counts follow another window; section autocomplete is filled from the start', async ({ page, galley }) => {
  await api(galley, 'tags.create', { name: '自定栏目' });
  await openDesk(page, galley);
  await importSample(page);
  const progress = page.getByTestId('batch-progress');
  await expect(progress).toContainText('已通过 0 /');

  await openArticle(page, 0);
  const options = page.locator('datalist option');
  await expect.poll(() => options.evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value))).toContain('自定栏目');

  // Another window approves two articles: this one's count follows without a reload.
  const [, second, third] = await drawnArticleIds(page);
  for (const id of [second!, third!]) {
    const { revision } = await api(galley, 'articles.get', { id });
    await api(galley, 'articles.setStatus', { id, status: 'approved', baseRevision: revision });
  }
  await expect(progress).toContainText('已通过 2 /');
  await expect(page.locator(`[data-testid="article-item"][data-article-id="${third}"]`)).toHaveAttribute('data-status', 'approved');

  // A section with articles is deleted after a confirmation naming them; the articles all stay.
  const tags = await api(galley, 'tags.list', {});
  const used = tags.find((tag) => tag.count > 0)!;
  const articles = await readListCount(page);
  await page.getByTestId('tags-button').click();
  const row = page.locator(`[data-testid="tag-row"][data-tag="${used.name}"]`);
  await row.getByTestId('tag-delete').click();
  await expect(row.getByTestId('tag-delete-confirm')).toContainText(`${used.count} 篇文章都会保留`);
  await row.getByTestId('tag-delete-yes').click();
  await expect(row).toHaveCount(0);
  expect((await api(galley, 'tags.list', {})).map((tag) => tag.name)).not.toContain(used.name);
  expect(await readListCount(page)).toBe(articles);
});
