// The import report says what happened to every file: totals and a sort for long lists, files left out because they
// are not page files, where a duplicate's text already is, and a warning when the pages gave nothing to proofread.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { api, importSample, openDesk } from './desk';
import { expect, samplesDir, test } from './fixtures';
import { chainTiffs, makeTiff } from '../fixtures/tiff';

// A page of masthead and advertisement only: Chinese, importable, and without a single article.
const NO_ARTICLES = '浙江工人日报\n2021年11月22日 星期一\n第3版\n广告\n招商热线：0571-88888888\n';

test('the import report totals, sorts, names skipped files, places duplicates and warns of no articles', async ({ page, galley }) => {
  await openDesk(page, galley);
  await importSample(page);
  const [sampleBatch] = await api(galley, 'batches.list', {});
  const sample = readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort()[0]!;

  await page.getByTestId('import-button').click();
  const dialog = page.getByTestId('import-dialog');
  await dialog.getByLabel('批次名称（可选）').fill('空白批次');
  await dialog.getByTestId('import-files-input').setInputFiles([
    { name: 'copy-of-sample.txt', mimeType: 'text/plain', buffer: readFileSync(join(samplesDir, sample)) },
    { name: 'ads-only.txt', mimeType: 'text/plain', buffer: Buffer.from(NO_ARTICLES) },
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    { name: 'notes.doc', mimeType: 'application/msword', buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0]) },
  ]);
  await expect(dialog.getByTestId('import-result')).toHaveCount(3, { timeout: 30_000 });

  await expect(dialog.getByTestId('import-summary')).toHaveText('共 3 个文件：导入 1，更新 0，已存在 1，拒绝 1；文章 0 篇');
  await expect(dialog.getByTestId('import-skipped')).toContainText('跳过了 1 个不是页面文件的文件：notes.doc');
  await expect(dialog.getByTestId('import-no-articles')).toContainText('空白批次');
  await expect(dialog.locator('[data-testid="import-result"][data-status="imported"]')).toContainText('未找到文章');
  await expect(dialog.locator('[data-testid="import-result"][data-status="duplicate"]')).toContainText(`与批次“${sampleBatch!.name}”中的 ${sample} 内容相同`);

  const files = () => dialog.locator('[data-testid="import-result"] .import-file').allTextContents();
  await dialog.getByTestId('import-sort').selectOption('status');
  expect(await files()).toEqual(['empty.txt', 'copy-of-sample.txt', 'ads-only.txt']);
  await dialog.getByTestId('import-sort').selectOption('file');
  expect(await files()).toEqual(['ads-only.txt', 'copy-of-sample.txt', 'empty.txt']);

  // The batch holds nothing to proofread: the report offers to delete it, and it goes.
  const empty = (await api(galley, 'batches.list', {})).find((b) => b.name === '空白批次')!;
  expect(empty.articleCount).toBe(0);
  await dialog.getByTestId('import-delete-empty').click();
  await expect(dialog.getByTestId('import-empty-deleted')).toBeVisible();
  expect((await api(galley, 'batches.list', {})).map((b) => b.name)).toEqual([sampleBatch!.name]);
  await expect(page.getByTestId('notice')).toContainText('已删除批次“空白批次”：1 个版面、0 篇文章');
});

test('an import into a batch that has articles warns of the pages without any, and offers no deletion', async ({ page, galley }) => {
  await openDesk(page, galley);
  await importSample(page);
  await page.getByTestId('import-button').click();
  const dialog = page.getByTestId('import-dialog');
  await dialog.getByLabel('批次名称（可选）').fill((await api(galley, 'batches.list', {}))[0]!.name);
  await dialog.getByTestId('import-files-input').setInputFiles([{ name: 'ads-only.txt', mimeType: 'text/plain', buffer: Buffer.from(NO_ARTICLES) }]);
  await expect(dialog.getByTestId('import-no-articles')).toHaveText('导入的版面中没有找到文章（可能不是中文版面，或全部识别为非正文）。');
  await expect(dialog.getByTestId('import-delete-empty')).toHaveCount(0);
});

test('a folder imported by path names the files it left out', async ({ galley }) => {
  // The desktop's folder dialog and the CLI import by path; the browser host takes paths under its database's folder.
  const folder = join(galley.dir, 'pages');
  mkdirSync(join(folder, 'sub'), { recursive: true });
  writeFileSync(join(folder, 'ads.txt'), NO_ARTICLES);
  writeFileSync(join(folder, 'notes.doc'), 'x');
  writeFileSync(join(folder, 'logo.png'), 'x');
  writeFileSync(join(folder, 'sub', 'readme.md'), 'x');
  const report = await api(galley, 'import.paths', { paths: [folder] });
  expect(report.files.map((f) => [f.file, f.status])).toEqual([['ads.txt', 'imported']]);
  expect(report.skipped).toEqual(['logo.png', 'notes.doc', 'sub/readme.md']);
  expect(report.batchArticles).toBe(0);
});

test('a page image that is a TIFF of several pages: the report says only its first was imported', async ({ page, galley }) => {
  await openDesk(page, galley);
  await page.getByTestId('import-button').click();
  const dialog = page.getByTestId('import-dialog');
  const sample = readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort()[0]!;
  const tiffPage = (grey: number) => makeTiff({ width: 4, height: 3, bits: [8], photometric: 1, pixels: new Uint8Array(12).fill(grey) });
  await dialog.getByTestId('import-files-input').setInputFiles([
    { name: 'p1.txt', mimeType: 'text/plain', buffer: readFileSync(join(samplesDir, sample)) },
    { name: 'p1.tif', mimeType: 'image/tiff', buffer: chainTiffs([tiffPage(10), tiffPage(20), tiffPage(30)]) },
  ]);
  const result = dialog.locator('[data-testid="import-result"][data-status="imported"]');
  await expect(result).toHaveCount(1, { timeout: 30_000 });
  await expect(result.getByTestId('import-file-warning')).toHaveText('页面图像 p1.tif 共有 3 页，只导入了第 1 页');
});
