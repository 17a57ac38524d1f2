// Opening a batch: the sample on first start, then files through the picker with a per-file report.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { articleItems, importSample, openDesk, screenshot } from './desk';
import { expect, samplesDir, test } from './fixtures';

const sampleFiles = readdirSync(samplesDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(samplesDir, f));

test('first start offers the sample batch and imports it in one click', async ({ page, galley }, testInfo) => {
  await openDesk(page, galley);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByTestId('import-sample')).toBeVisible();
  await screenshot(page, testInfo, 'welcome');

  await importSample(page);
  const results = page.getByTestId('import-result');
  await expect(results).toHaveCount(sampleFiles.length);
  for (const result of await results.all()) await expect(result).toHaveAttribute('data-status', 'imported');

  // Pages with their masthead dates, articles with their review status.
  await expect(page.getByTestId('page-item')).toHaveCount(sampleFiles.length);
  await expect(page.getByTestId('page-list')).toContainText(/\d{4}-\d{2}-\d{2}/);
  await expect(articleItems(page).first()).toHaveAttribute('data-status', 'new');
  await expect(articleItems(page).first()).toContainText('待校对');
  await expect(page.getByTestId('batch-progress')).toContainText('0');
  await screenshot(page, testInfo, 'batch');
});

test('importing files again reports them as already present and refuses a bad one with the reason', async ({ page, galley }) => {
  await openDesk(page, galley);
  await importSample(page);

  await page.getByTestId('import-button').click();
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog).toBeVisible();
  const files = sampleFiles.map((path) => ({ name: basename(path), mimeType: 'text/plain', buffer: readFileSync(path) }));
  await dialog.getByTestId('import-files-input').setInputFiles([...files, { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) }]);

  const results = dialog.getByTestId('import-result');
  await expect(results).toHaveCount(sampleFiles.length + 1, { timeout: 30_000 });
  await expect(dialog.locator('[data-testid="import-result"][data-status="duplicate"]')).toHaveCount(sampleFiles.length);
  const refused = dialog.locator('[data-testid="import-result"][data-status="refused"]');
  await expect(refused).toHaveCount(1);
  await expect(refused).toContainText('empty.txt');
  await expect(refused).toContainText('已拒绝');
  await expect(refused.locator('.import-reason')).not.toBeEmpty();
  await expect(dialog.locator('[data-testid="import-result"][data-status="duplicate"]').first()).toContainText('已存在');
});
