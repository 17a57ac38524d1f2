// A proofreader's day in one go, then a reload: every edit, revert, heading, section and status is still there.
import { api, cleanContent, cleanEditor, expectSaved, importSample, openArticleWithChanges, openDesk, screenshot, typeAtStart } from './desk';
import { expect, test } from './fixtures';

test('a day of work survives a reload', async ({ page, galley }, testInfo) => {
  await openDesk(page, galley);
  await importSample(page);
  const first = await openArticleWithChanges(page, galley);
  const changeCount = page.getByTestId('change-count');

  // Edit by hand, revert one automatic change, fix the headline, tag the section.
  await typeAtStart(page, '【今日】');
  const beforeRevert = Number(await changeCount.getAttribute('data-count'));
  await cleanEditor(page).locator('[data-diff="insert"][data-origin="rule"]').first().hover({ position: { x: 3, y: 10 } });
  await page.getByTestId('revert-change').click();
  await expect(changeCount).toHaveAttribute('data-count', String(beforeRevert - 1));
  await expectSaved(page);
  const headline = page.getByTestId('field-headline');
  const newHeadline = `${await headline.inputValue()}（校）`;
  await headline.fill(newHeadline);
  await expectSaved(page);
  await page.getByTestId('section-input').fill('产改进行时');
  await page.getByTestId('section-input').press('Enter');
  await expect(page.getByTestId('section-chip')).toHaveText(/产改进行时/);
  const firstChanges = await changeCount.getAttribute('data-count');
  const firstStored = await api(galley, 'articles.get', { id: first });

  // Approve with the keyboard: the next unapproved article opens; edit it and flag it.
  await cleanContent(page).click();
  await page.keyboard.press('Control+Enter');
  await expect(page.locator(`[data-testid="article-item"][data-article-id="${first}"]`)).toHaveAttribute('data-status', 'approved');
  const current = page.locator('[data-testid="article-item"][aria-current="true"]');
  await expect(current).not.toHaveAttribute('data-article-id', String(first));
  const second = Number(await current.getAttribute('data-article-id'));
  await typeAtStart(page, '【待核】');
  await page.getByTestId('flag-button').click();
  await page.getByTestId('flag-note').fill('数字待核');
  await page.getByTestId('flag-submit').click();
  await expect(page.locator(`[data-testid="article-item"][data-article-id="${second}"]`)).toHaveAttribute('data-status', 'flagged');
  await screenshot(page, testInfo, 'day-before-reload');

  await page.reload();
  await expect(page.locator(`[data-testid="article-item"][data-article-id="${first}"]`)).toHaveAttribute('data-status', 'approved');
  await expect(page.locator(`[data-testid="article-item"][data-article-id="${second}"]`)).toHaveAttribute('data-status', 'flagged');
  await expect(page.getByTestId('batch-progress')).toContainText('已通过 1');

  await page.locator(`[data-testid="article-item"][data-article-id="${first}"]`).click();
  await expect(cleanEditor(page).locator('[data-diff="insert"]').filter({ hasText: '【今日】' })).toHaveCount(1);
  await expect(changeCount).toHaveAttribute('data-count', firstChanges ?? '');
  await expect(page.getByTestId('field-headline')).toHaveValue(newHeadline);
  await expect(page.getByTestId('section-chip')).toHaveText(/产改进行时/);
  await expect(page.getByTestId('article-status')).toHaveAttribute('data-status', 'approved');
  expect((await api(galley, 'articles.get', { id: first })).text).toBe(firstStored.text);

  await page.locator(`[data-testid="article-item"][data-article-id="${second}"]`).click();
  await expect(cleanEditor(page).locator('[data-diff="insert"]').filter({ hasText: '【待核】' })).toHaveCount(1);
  await expect(page.getByTestId('article-status')).toHaveAttribute('data-status', 'flagged');
  await expect(page.getByTestId('status-actions')).toContainText('数字待核');
});
