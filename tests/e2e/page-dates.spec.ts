// A page's date is its own: from its masthead, else its file name, else none — and then the desk asks. Inferred
// dates say so; a date can be set per page and for every undated page of the batch at once, and export filters
// by the page's own date.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { api, openDesk } from './desk';
import { expect, samplesDir, test } from './fixtures';

const sample = (name: string) => readFileSync(join(samplesDir, name)).toString('base64');

test('pages are dated by masthead or file name, undated ones are asked for, and dates can be set', async ({ page, galley }) => {
  const report = await api(galley, 'import.files', {
    batch: '日期测试',
    files: [
      { name: 'front.txt', base64: sample('003_43f4299937225fbf.txt') },
      { name: '2021-09-01_A02.txt', base64: sample('000_a55d71f55d3cc9a0.txt') },
      { name: '20210902-03.txt', base64: sample('001_7717676bdabcd082.txt') },
      { name: 'A04.txt', base64: sample('002_2ca22bc1c65a790a.txt') },
    ],
  });
  const batchId = report.batchId!;
  await openDesk(page, galley);
  const row = (file: string) => page.locator('[data-testid="page-list"] > li').filter({ has: page.locator('.page-file', { hasText: file }) });
  const dateOf = (file: string) => row(file).getByTestId('page-date');

  await expect(dateOf('front.txt')).toHaveAttribute('data-source', 'masthead');
  await expect(dateOf('front.txt')).toContainText('2021-11-22');
  await expect(dateOf('2021-09-01_A02.txt')).toHaveAttribute('data-source', 'file-name');
  await expect(dateOf('2021-09-01_A02.txt')).toContainText('2021-09-01');
  await expect(dateOf('2021-09-01_A02.txt')).toContainText('据文件名推断');
  await expect(dateOf('20210902-03.txt')).toContainText('2021-09-02');
  await expect(dateOf('A04.txt')).toHaveAttribute('data-source', 'none');
  await expect(dateOf('A04.txt')).toContainText('无日期');
  // Not the batch's (front page's) date.
  await expect(dateOf('A04.txt')).not.toContainText('2021-11-22');

  // The desk asks for the undated page; one date for all undated pages of the batch.
  const undated = page.getByTestId('undated-pages');
  await expect(undated).toHaveAttribute('data-count', '1');
  await page.getByTestId('undated-date-input').fill('2021-09-03');
  await page.getByTestId('undated-date-apply').click();
  await expect(undated).toHaveCount(0);
  await expect(dateOf('A04.txt')).toHaveAttribute('data-source', 'manual');
  await expect(dateOf('A04.txt')).toContainText('2021-09-03');
  await expect(dateOf('front.txt')).toContainText('2021-11-22');

  // One page's inferred date corrected by hand.
  await row('20210902-03.txt').getByTestId('page-date-edit').click();
  await row('20210902-03.txt').getByTestId('page-date-form-input').fill('2021-09-05');
  await row('20210902-03.txt').getByTestId('page-date-form-apply').click();
  await expect(dateOf('20210902-03.txt')).toHaveAttribute('data-source', 'manual');
  await expect(dateOf('20210902-03.txt')).toContainText('2021-09-05');

  // Export by date takes each page's own date.
  const pages = await api(galley, 'pages.list', { batchId });
  const a04 = pages.find((p) => p.file === 'A04.txt')!;
  expect((await api(galley, 'export.count', { selection: { batchId, dateFrom: '2021-09-03', dateTo: '2021-09-03', status: 'all' } })).count).toBe(a04.articleCount);
  expect((await api(galley, 'export.count', { selection: { batchId, dateFrom: '2021-11-22', dateTo: '2021-11-22', status: 'all' } })).count).toBe(
    pages.find((p) => p.file === 'front.txt')!.articleCount,
  );
});
