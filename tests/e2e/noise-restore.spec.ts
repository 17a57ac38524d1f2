// Every block set apart as noise can come back as an article: the parser's (masthead, banners, ads) as well as a
// person's, which is labelled as marked by hand, never with a raw reason code.
import { api, cleanContent, drawnArticleIds, importSample, openDesk, readListCount } from './desk';
import { expect, test } from './fixtures';

test('parser noise is restored as an article; hand-marked noise is labelled in words', async ({ page, galley }) => {
  await openDesk(page, galley);
  await importSample(page);
  const [first] = await drawnArticleIds(page);
  await api(galley, 'articles.markNoise', { id: first! });
  await page.reload();
  await expect(page.getByTestId('article-item').first()).toBeVisible();
  const count = await readListCount(page);

  await page.getByTestId('noise-button').click();
  const dialog = page.getByTestId('noise-dialog');
  const marked = dialog.locator(`[data-testid="noise-item"][data-article-id="${first}"]`);
  await expect(marked.locator('.badge')).toHaveText('人工标记');
  await expect(dialog).not.toContainText('marked');

  const parsed = dialog.locator('[data-testid="noise-item"][data-article-id=""]').first();
  const text = (await parsed.locator('.noise-text').textContent())!.split('\n')[0]!;
  await parsed.getByTestId('noise-restore').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('article-list')).toHaveAttribute('data-count', String(count + 1));
  await expect(page.getByTestId('ocr-pane')).toContainText(text.trim().slice(0, 4));
  await expect(cleanContent(page)).toBeVisible();
});
