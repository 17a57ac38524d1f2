// Opening a batch: the sample on first start, then files through the picker with a per-file report.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { api, articleItems, importSample, openDesk, screenshot } from './desk';
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
  // Page 004's masthead website and e-mail disagree with page 003's: page-level warnings, beside that page only.
  const pageWarnings = page.getByTestId('page-warnings');
  await expect(pageWarnings).toHaveCount(1);
  await expect(pageWarnings.locator('li[data-rule="masthead-mismatch"]')).toHaveCount(2);
  await expect(pageWarnings).toContainText('zjgrbb');
  await expect(pageWarnings).toContainText('zjarkw');
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
  // Progress arrived as events from the host while the files went through.
  await expect(dialog.getByTestId('import-progress')).toContainText(`${sampleFiles.length + 1}/${sampleFiles.length + 1}`);
  await expect(dialog.getByTestId('import-progress').locator('progress')).toHaveAttribute('value', '1');
  const refused = dialog.locator('[data-testid="import-result"][data-status="refused"]');
  await expect(refused).toHaveCount(1);
  await expect(refused).toContainText('empty.txt');
  await expect(refused).toContainText('已拒绝');
  await expect(refused.locator('.import-reason')).not.toBeEmpty();
  await expect(dialog.locator('[data-testid="import-result"][data-status="duplicate"]').first()).toContainText('已存在');
});

test('a page dropped onto the window is imported; a changed page picked into its batch is an update', async ({ page, galley }) => {
  await openDesk(page, galley);
  await importSample(page);
  const name = basename(sampleFiles[0]);
  const original = readFileSync(sampleFiles[0], 'utf8');

  // A drop as the browser delivers it: a DataTransfer holding the file, dropped on the desk.
  const dataTransfer = await page.evaluateHandle(
    ({ fileName, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], fileName, { type: 'text/plain' }));
      return transfer;
    },
    { fileName: name, text: `${original}\n本报讯 记者补记报道 这是后来补上的一段文字。\n` },
  );
  await page.locator('.app').dispatchEvent('dragover', { dataTransfer });
  await page.locator('.app').dispatchEvent('drop', { dataTransfer });
  const dialog = page.getByTestId('import-dialog');
  const result = dialog.getByTestId('import-result');
  await expect(result).toHaveCount(1, { timeout: 30_000 });
  await expect(result).toHaveAttribute('data-status', 'imported');
  await expect(result).toContainText(name);
  expect(await api(galley, 'batches.list', {})).toHaveLength(2);

  // The same name with other content, imported into the sample's batch, becomes a new version of that page.
  const sampleBatch = (await api(galley, 'batches.list', {}))[0].name;
  await dialog.getByLabel('批次名称（可选）').fill(sampleBatch);
  await dialog.getByTestId('import-files-input').setInputFiles([{ name, mimeType: 'text/plain', buffer: Buffer.from(`${original}\n本报讯 记者又记报道 又一段补充文字。\n`) }]);
  await expect(result).toHaveAttribute('data-status', 'updated', { timeout: 30_000 });
  await expect(result).toContainText('已更新');
});
