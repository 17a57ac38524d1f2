// Warnings can be checked (who, when), approving with open ones asks first and records them as checked, and the
// name-variant warning links to the article with the other spelling.
import { api, importSample, openDesk } from './desk';
import { expect, test } from './fixtures';

test('check a warning, follow a name variant to the other article, and approve only after confirming the open ones', async ({ page, galley }) => {
  await openDesk(page, galley);
  await importSample(page);
  const batchId = (await api(galley, 'batches.list', {}))[0]!.id;
  const flagged = (await api(galley, 'articles.list', { batchId })).filter((a) => a.warningCount > 0);
  let id = 0;
  let other = 0;
  for (const a of flagged) {
    const variant = (await api(galley, 'articles.get', { id: a.id })).warnings.find((w) => w.rule === 'name-variant' && (w.related?.length ?? 0) > 0);
    if (variant) {
      id = a.id;
      other = variant.related![0]!;
      break;
    }
  }
  expect(id).toBeGreaterThan(0);
  const row = (x: number) => page.locator(`[data-testid="article-item"][data-article-id="${x}"]`);
  // Narrow the (virtualized) list to the article's page so its row is drawn.
  const detail = await api(galley, 'articles.get', { id });
  await page.getByTestId('page-item').filter({ hasText: detail.pageFile }).click();
  await row(id).click();

  // The name-variant warning links to the other article.
  const panel = page.getByTestId('warnings-panel');
  await panel.locator(`[data-testid="warning-related"][data-article-id="${other}"]`).first().click();
  await expect(page.getByTestId('field-headline')).toHaveValue((await api(galley, 'articles.get', { id: other })).headline);
  await page.getByTestId('page-item').filter({ hasText: detail.pageFile }).click();
  await row(id).click();
  await expect(row(id)).toHaveAttribute('aria-current', 'true');

  // One warning checked: who and when are shown, and the store has it.
  const total = (await api(galley, 'articles.get', { id })).warnings.length;
  await panel.getByTestId('warning-check').first().click();
  await expect(panel.locator('li[data-checked="true"]')).toHaveCount(1);
  await expect(panel.locator('li[data-checked="true"]')).toContainText('已核对');
  expect((await api(galley, 'articles.get', { id })).checks).toHaveLength(1);
  await expect(page.getByTestId('warnings-open')).toHaveAttribute('data-count', String(total - 1));

  // Approving asks while any is open; going back leaves it unapproved.
  if (total > 1) {
    await page.getByTestId('approve-button').click();
    await expect(page.getByTestId('approve-warnings-dialog')).toBeVisible();
    await page.getByTestId('approve-warnings-cancel').click();
    expect((await api(galley, 'articles.get', { id })).status).not.toBe('approved');
    await page.getByTestId('approve-button').click();
    await page.getByTestId('approve-warnings-confirm').click();
  } else {
    await page.getByTestId('approve-button').click();
  }
  await expect.poll(async () => (await api(galley, 'articles.get', { id })).status).toBe('approved');
  // An approved article shows no unchecked warning.
  const approved = await api(galley, 'articles.get', { id });
  expect(approved.checks.length).toBeGreaterThanOrEqual(approved.warnings.length);
});
