// A junk batch can be deleted, never silently: the dialog says how many pages, articles and approved articles go,
// approved work needs a second explicit confirmation, and counts that changed in another window since the dialog
// opened refuse the deletion until the person has seen the new ones.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { api, importSample, openArticle, openDesk } from './desk';
import { expect, samplesDir, test } from './fixtures';

test('deleting a batch names what goes, asks again for approved articles and refuses stale counts', async ({ page, galley }) => {
  // This window hears nothing of the other one, so the dialog's counts go stale (with events they follow at once).
  await page.route('**/api/events**', (route) => route.abort());
  await openDesk(page, galley);
  await importSample(page);
  // A second batch: one sample page with a line added, so it is new text.
  const file = readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort()[0]!;
  const text = `${readFileSync(join(samplesDir, file), 'utf8')}\n另起一行。\n`;
  await api(galley, 'import.files', { files: [{ name: 'other.txt', base64: Buffer.from(text).toString('base64') }], batch: '保留批次' });
  const [sample] = (await api(galley, 'batches.list', {})).filter((b) => b.name !== '保留批次');
  await page.reload();
  await page.getByRole('combobox', { name: '批次' }).selectOption(String(sample!.id));
  const openId = await openArticle(page, 0);

  await page.getByTestId('batch-delete-button').click();
  const dialog = page.getByTestId('batch-delete-dialog');
  await expect(dialog.getByTestId('batch-delete-counts')).toHaveText(
    `批次“${sample!.name}”有 ${sample!.pageCount} 个版面、${sample!.articleCount} 篇文章，其中 0 篇已通过校对。删除后这些版面和文章都会从校样台中移除。`,
  );
  await expect(dialog.getByTestId('batch-delete-approved')).toHaveCount(0);
  const axe = await new AxeBuilder({ page }).include('[data-testid="batch-delete-dialog"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // Another window approves an article while the dialog shows none approved: the deletion is refused.
  const [other] = (await api(galley, 'articles.list', { batchId: sample!.id })).filter((a) => a.id !== openId);
  await api(galley, 'articles.setStatus', { id: other!.id, status: 'approved', baseRevision: other!.revision });
  await dialog.getByTestId('batch-delete-confirm').click();
  await expect(dialog.getByTestId('batch-delete-stale')).toContainText('批次的文章数刚刚有变化');
  expect((await api(galley, 'batches.list', {})).map((b) => b.id)).toContain(sample!.id);

  // Now it says so, and the approved article needs its own confirmation.
  await expect(dialog.getByTestId('batch-delete-counts')).toContainText('其中 1 篇已通过校对');
  const confirm = dialog.getByTestId('batch-delete-confirm');
  await expect(confirm).toBeDisabled();
  await dialog.getByTestId('batch-delete-approved').check();
  await confirm.click();

  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('notice')).toContainText(`已删除批次“${sample!.name}”：`);
  await expect(page.getByTestId('notice')).toContainText(`${sample!.pageCount} 个版面、${sample!.articleCount} 篇文章`);
  expect((await api(galley, 'batches.list', {})).map((b) => b.name)).toEqual(['保留批次']);
  await expect(api(galley, 'articles.get', { id: openId })).rejects.toThrow(/not-found/);
  // The desk moved to the batch that is left; the deleted batch's article is no longer open.
  await expect(page.getByRole('combobox', { name: '批次' })).toHaveValue(String((await api(galley, 'batches.list', {}))[0]!.id));
  await expect(page.getByTestId('review-desk')).toHaveCount(0);

  // Cancel deletes nothing.
  await page.getByTestId('batch-delete-button').click();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
  expect(await api(galley, 'batches.list', {})).toHaveLength(1);
});
