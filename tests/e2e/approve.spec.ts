// Sections and status: tag with 产改进行时 (autocomplete from the vocabulary), filter by it, flag with a note,
// approve with Ctrl+Enter and land on the next unapproved article.
import { api, approveOpen, articleItems, cleanContent, expectListCount, importSample, openArticle, openDesk } from './desk';
import { expect, test } from './fixtures';

test('tag an article with a section, filter by it, rename the section', async ({ page, galley }) => {
  await openDesk(page, galley);
  await importSample(page);
  const id = await openArticle(page, 0);
  const input = page.getByTestId('section-input');
  await input.fill('产改进行时');
  await input.press('Enter');
  await expect(page.getByTestId('section-chip').filter({ hasText: '产改进行时' })).toBeVisible();
  expect((await api(galley, 'articles.get', { id })).sections).toContain('产改进行时');

  await page.getByTestId('section-filter').selectOption('产改进行时');
  await expect(articleItems(page).filter({ hasText: '产改进行时' }).first()).toBeVisible();
  const withSection = (await api(galley, 'articles.list', { section: '产改进行时' })).length;
  await expectListCount(page, withSection);

  // Rename it in the vocabulary: the article carries the new name.
  await page.getByTestId('section-filter').selectOption('');
  await page.getByTestId('tags-button').click();
  const row = page.locator('[data-testid="tag-row"][data-tag="产改进行时"]');
  await row.getByRole('textbox').fill('产改进行时·专栏');
  await row.getByRole('button', { name: '重命名' }).click();
  await expect(page.locator('[data-testid="tag-row"][data-tag="产改进行时·专栏"]')).toBeVisible();
  expect((await api(galley, 'articles.get', { id })).sections).toContain('产改进行时·专栏');
});

test('flag with a note, then approve with Ctrl+Enter and open the next unapproved article', async ({ page, galley }) => {
  await openDesk(page, galley);
  await importSample(page);
  const first = await openArticle(page, 0);

  await page.getByTestId('flag-button').click();
  await page.getByTestId('flag-note').fill('人名待核');
  await page.getByTestId('flag-submit').click();
  await expect(page.locator(`[data-testid="article-item"][data-article-id="${first}"]`)).toHaveAttribute('data-status', 'flagged');
  const flagged = await api(galley, 'articles.get', { id: first });
  expect(flagged.status).toBe('flagged');
  expect(flagged.flagNote).toBe('人名待核');

  await cleanContent(page).click();
  await approveOpen(page, galley, () => page.keyboard.press('Control+Enter'));
  await expect(page.locator(`[data-testid="article-item"][data-article-id="${first}"]`)).toHaveAttribute('data-status', 'approved');
  const second = Number(await articleItems(page).nth(1).getAttribute('data-article-id'));
  await expect(page.locator(`[data-testid="article-item"][data-article-id="${second}"]`)).toHaveAttribute('aria-current', 'true');
  expect((await api(galley, 'articles.get', { id: first })).status).toBe('approved');

  // The approve button does the same for the next one; the batch progress counts both.
  await approveOpen(page, galley, () => page.getByTestId('approve-button').click());
  await expect(page.locator(`[data-testid="article-item"][data-article-id="${second}"]`)).toHaveAttribute('data-status', 'approved');
  await expect(page.getByTestId('batch-progress')).toContainText('已通过 2');

  // Back to editing.
  await page.locator(`[data-testid="article-item"][data-article-id="${second}"]`).click();
  await page.getByTestId('reopen-button').click();
  await expect(page.locator(`[data-testid="article-item"][data-article-id="${second}"]`)).toHaveAttribute('data-status', 'editing');

  // The shortcut help overlay opens on ? outside the editor.
  await page.getByTestId('approve-button').focus();
  await page.keyboard.press('?');
  await expect(page.getByTestId('help-overlay')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('help-overlay')).toBeHidden();
});
