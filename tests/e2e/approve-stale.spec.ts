// An approval is of the text the approver saw: when another window saved a newer revision (and this window has
// not heard of it), approving is refused, the newer text is shown, and only a second approval — of what is now on
// screen — goes through.
import { api, cleanContent, drawnArticleIds, importSample, openDesk } from './desk';
import { expect, test } from './fixtures';

test('approving a revision that another window has since replaced is refused and shows the newer text', async ({ page, galley }) => {
  // This window hears nothing from the others: their saves reach it only through the refusal.
  await page.route('**/api/events**', (route) => route.abort());
  await openDesk(page, galley);
  await importSample(page);
  const [id] = await drawnArticleIds(page);
  await page.locator(`[data-testid="article-item"][data-article-id="${id}"]`).click();
  await expect(cleanContent(page)).toBeVisible();
  const seen = await api(galley, 'articles.get', { id: id! });
  const elsewhere = await api(galley, 'articles.save', { id: id!, baseRevision: seen.revision, text: `${seen.text}\n另一窗口加的段落。` });

  await page.getByTestId('approve-button').click();
  await expect(page.getByTestId('notice')).toHaveAttribute('role', 'alert');
  expect((await api(galley, 'articles.get', { id: id! })).status).not.toBe('approved');
  // The newer text is what the editor holds now (its last paragraph, brought into view).
  await cleanContent(page).click();
  await page.keyboard.press('Control+End');
  await expect(cleanContent(page).locator('.cm-line').last()).toHaveText('另一窗口加的段落。');

  await page.getByTestId('approve-button').click();
  await expect.poll(async () => (await api(galley, 'articles.get', { id: id! })).status).toBe('approved');
  expect((await api(galley, 'articles.get', { id: id! })).revision).toBe(elsewhere.revision);
});
