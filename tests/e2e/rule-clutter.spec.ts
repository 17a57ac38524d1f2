// The change summary thins out the marks: a rule's marks can be hidden, all its changes accepted so F7 skips
// them, and F7 says where it is ("n / N") with the change it went to outlined.
import { cleanEditor, importSample, openArticleWithChanges, openDesk } from './desk';
import { expect, test } from './fixtures';

test('hide a rule, accept all of a rule, and F7 counts and outlines only what is left', async ({ page, galley }) => {
  await openDesk(page, galley);
  await importSample(page);
  await openArticleWithChanges(page, galley);
  const summary = page.getByTestId('change-summary');
  const ruleRows = summary.locator('li[data-rule]:not([data-rule="hand"])');
  await expect(ruleRows.first()).toBeVisible();
  // The busiest rule comes first.
  const top = ruleRows.first();
  const rule = (await top.getAttribute('data-rule'))!;
  const ofRule = Number(await top.locator('.count').textContent());
  const total = Number(await page.getByTestId('change-count').getAttribute('data-count'));
  const position = page.getByTestId('change-position');
  await expect(position).toHaveText(`– / ${total}`);

  await page.keyboard.press('F7');
  await expect(position).toHaveText(`1 / ${total}`);
  await expect(cleanEditor(page).locator('[data-testid="current-change"]')).toHaveCount(1);
  const outline = await cleanEditor(page).locator('[data-testid="current-change"]').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');

  // Accept all of the busiest rule: F7 now stops only at the others, and wraps after the last of them.
  await top.getByTestId('rule-accept').click();
  await expect(top.getByTestId('rule-accept')).toHaveAttribute('aria-pressed', 'true');
  const left = total - ofRule;
  await expect(position).toHaveText(left === 0 ? '– / 0' : /\/ \d+$/);
  await expect(position).toContainText(`/ ${left}`);
  for (let i = 1; i <= left; i++) {
    await page.keyboard.press('F7');
    await expect(position).toHaveText(`${i} / ${left}`);
  }
  if (left > 0) {
    await page.keyboard.press('F7');
    await expect(position).toHaveText(`1 / ${left}`);
  }

  // Hide the rule's marks: they lose their colour in the clean pane; showing brings it back.
  const mark = cleanEditor(page).locator(`.cm-diff[data-rule="${rule}"]`).first();
  const coloured = await mark.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(coloured).not.toBe('rgba(0, 0, 0, 0)');
  await top.getByTestId('rule-toggle').click();
  await expect(top.getByTestId('rule-toggle')).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => mark.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
  await top.getByTestId('rule-toggle').click();
  await expect.poll(() => mark.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(coloured);
});
