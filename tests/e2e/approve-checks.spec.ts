// Approving asks what an approval needs: the reviewer's name the first time (then shows it and records it), and,
// after it, a confirmation before an article without a headline is approved.
import { api, articleItems, expectSaved, importSample, openArticle, openDesk } from './desk';
import { expect, test } from './fixtures';

test('the first approval asks for the name; an untitled article asks before it is approved', async ({ page, galley }) => {
  await openDesk(page, galley, { reviewer: null });
  await importSample(page);
  await expect(page.getByTestId('reviewer-button')).toHaveText('校对：未署名');

  const first = await openArticle(page, 0);
  await page.getByTestId('approve-button').click();
  const dialog = page.getByTestId('reviewer-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('reviewer-submit')).toBeDisabled();
  await page.getByTestId('reviewer-name').fill('王校对');
  await page.getByTestId('reviewer-submit').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('reviewer-button')).toHaveText('校对：王校对');
  await expect.poll(async () => (await api(galley, 'articles.get', { id: first })).approvedBy).toBe('王校对');

  // The name is asked once: the next article is approved at once.
  const second = Number(await articleItems(page).nth(2).getAttribute('data-article-id'));
  await openArticle(page, 2);
  await page.getByTestId('approve-button').click();
  await expect.poll(async () => (await api(galley, 'articles.get', { id: second })).status).toBe('approved');
  await expect(dialog).toBeHidden();

  // An article whose headline was cleared: approving asks, cancelling leaves it unapproved.
  const untitled = await openArticle(page, 3);
  // Approving the one before opened the next on its own: clear the headline only once this article's fields show.
  await expect(page.getByTestId('field-headline')).toHaveValue((await api(galley, 'articles.get', { id: untitled })).headline);
  await page.getByTestId('field-headline').fill('');
  await expect(page.getByTestId('field-headline')).toHaveValue('');
  await expectSaved(page);
  await page.getByTestId('approve-button').click();
  await expect(page.getByTestId('approve-no-headline')).toBeVisible();
  await expect(page.getByTestId('reviewer-name')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('approve-warnings-dialog')).toBeHidden();
  expect((await api(galley, 'articles.get', { id: untitled })).status).not.toBe('approved');
  await page.getByTestId('approve-button').click();
  await page.getByTestId('approve-warnings-confirm').click();
  await expect.poll(async () => (await api(galley, 'articles.get', { id: untitled })).status).toBe('approved');

  // The name can be changed from the top bar.
  await page.getByTestId('reviewer-button').click();
  await page.getByTestId('reviewer-name').fill('李编辑');
  await page.getByTestId('reviewer-submit').click();
  await expect(page.getByTestId('reviewer-button')).toHaveText('校对：李编辑');
  expect((await api(galley, 'settings.get', {})).reviewer).toBe('李编辑');
});
