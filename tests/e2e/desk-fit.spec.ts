// The sidebar and the export dialog fit a large batch on a large screen: the page list grows with the window and
// shows the page warnings; the export page filter is a compact list one can search; a disabled Export looks
// disabled; the DOCX downloaded follows Chinese editorial conventions.
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { api, drawnArticleIds, importSample, openDesk } from './desk';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1920, height: 1080 } });

test('page list and export page filter fit; a DOCX export is downloaded in Chinese conventions', async ({ page, galley }) => {
  await openDesk(page, galley);
  await importSample(page);

  // Every page and its warnings in view at 1920×1080, without scrolling the page list.
  const list = page.getByTestId('page-list');
  await expect(page.getByTestId('page-warnings')).toBeVisible();
  const fits = await list.evaluate((el) => el.scrollHeight <= el.clientHeight + 1);
  expect(fits).toBe(true);
  await expect(list.locator('.warning-count')).toHaveCount(1);

  await page.getByTestId('export-button').click();
  const dialog = page.getByTestId('export-dialog');
  // Nothing approved yet: the Export button is disabled and looks it (no accent fill).
  const run = dialog.getByTestId('export-run');
  await expect(dialog.getByTestId('export-count')).toHaveAttribute('data-count', '0');
  await expect(run).toBeDisabled();
  const look = await run.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(look).not.toBe('rgb(11, 92, 173)');

  const batchId = (await api(galley, 'batches.list', {}))[0]!.id;
  await dialog.getByTestId('export-batch').selectOption(String(batchId));
  const pages = dialog.getByTestId('export-page');
  const total = await pages.count();
  expect(total).toBeGreaterThan(1);
  const firstFile = (await pages.first().textContent())!.split(' ')[0]!;
  await dialog.getByTestId('export-pages-search').fill(firstFile);
  await expect(pages).toHaveCount(1);
  await dialog.getByTestId('export-pages-all').click();
  await expect(dialog.getByTestId('export-pages')).toContainText(`已选 1 / ${total}`);
  await dialog.getByTestId('export-pages-search').fill('');
  await expect(pages).toHaveCount(total);
  await page.keyboard.press('Escape');

  // Approve an article with a byline, export it as DOCX and read the file downloaded.
  let approved: number | null = null;
  for (const id of await drawnArticleIds(page)) {
    const a = await api(galley, 'articles.get', { id });
    if (!a.byline) continue;
    await api(galley, 'articles.setStatus', { id, status: 'approved', baseRevision: a.revision });
    approved = id;
    break;
  }
  expect(approved).not.toBeNull();
  const { byline } = await api(galley, 'articles.get', { id: approved! });
  await page.getByTestId('export-button').click();
  await expect(dialog.getByTestId('export-count')).toHaveAttribute('data-count', '1');
  await dialog.getByTestId('export-format-docx').check();
  await run.click();
  await expect(dialog.getByTestId('export-done')).toBeVisible({ timeout: 20_000 });
  const download = page.waitForEvent('download');
  await dialog.getByTestId('export-download').first().click();
  const files = unzipSync(new Uint8Array(await readFile(await (await download).path())));
  const styles = strFromU8(files['word/styles.xml']!);
  expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:eastAsia="宋体"/);
  expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?w:eastAsia="黑体"[\s\S]*?<w:color w:val="000000"\/>/);
  const body = strFromU8(files['word/document.xml']!);
  expect(body).toContain('w:firstLineChars="200"');
  const text = [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('').replace(/\s/g, '');
  expect(text.split(byline!.replace(/\s/g, '')).length - 1).toBe(1);
});
