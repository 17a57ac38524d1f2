// Accessibility of the main screens with axe-core: no serious or critical violations.
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { importSample, openArticleWithChanges, openDesk, screenshot } from './desk';
import { expect, test } from './fixtures';

async function expectAccessible(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  await testInfo.attach(`axe-${name}.json`, { body: JSON.stringify(results.violations, null, 2), contentType: 'application/json' });
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

test('welcome, batch, review and dialogs have no serious accessibility violations', async ({ page, galley }, testInfo) => {
  // Seven axe passes over the whole desk: on a loaded 2-core machine each takes several seconds.
  test.setTimeout(180_000);
  await openDesk(page, galley);
  await expectAccessible(page, testInfo, 'welcome');
  await importSample(page);
  await expectAccessible(page, testInfo, 'batch');
  await openArticleWithChanges(page, galley);
  await expectAccessible(page, testInfo, 'review');

  for (const [button, dialog] of [
    ['export-button', 'export-dialog'],
    ['find-button', 'find-dialog'],
    ['import-button', 'import-dialog'],
    ['profile-button', 'profile-dialog'],
  ] as const) {
    await page.getByTestId(button).click();
    await expect(page.getByTestId(dialog)).toBeVisible();
    await screenshot(page, testInfo, dialog);
    await expectAccessible(page, testInfo, dialog);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId(dialog)).toBeHidden();
  }

  // English UI.
  await page.getByTestId('language-select').selectOption('en');
  await expect(page.getByTestId('approve-button')).toHaveText('Approve');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await screenshot(page, testInfo, 'review-en');
});
