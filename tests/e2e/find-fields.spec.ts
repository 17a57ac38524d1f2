// Find and replace reaches the heading fields, fills in regex groups in the preview and the result, marks approved
// articles (replacing reopens them), and refuses a catastrophic pattern at once while the host stays responsive.
import { api, approveOpen, importSample, openDesk } from './desk';
import { expect, test } from './fixtures';

test('replace a name in the byline with a regex group, see approved articles marked, and a catastrophic pattern refused', async ({ page, galley }) => {
  await openDesk(page, galley);
  await importSample(page);
  const batchId = (await api(galley, 'batches.list', {}))[0]!.id;
  const [first] = await api(galley, 'articles.list', { batchId, limit: 1 });
  const detail = await api(galley, 'articles.get', { id: first!.id });
  // The name fixed in the body stays wrong in the byline field: it is found and replaced there too.
  await api(galley, 'articles.save', { id: detail.id, baseRevision: detail.revision, text: detail.text, fields: { byline: '记者 王小明 通讯员 李四' } });
  await page.locator(`[data-testid="article-item"][data-article-id="${detail.id}"]`).click();
  await approveOpen(page, galley, () => page.getByTestId('approve-button').click());
  await expect.poll(async () => (await api(galley, 'articles.get', { id: detail.id })).status).toBe('approved');

  await page.getByTestId('find-button').click();
  const dialog = page.getByTestId('find-dialog');
  await dialog.getByTestId('find-query').fill('(?<role>记者) 王(小)明');
  await dialog.getByRole('checkbox', { name: /正则/ }).check();
  await dialog.getByTestId('find-replacement').fill('$<role> 王$2鸣');
  await dialog.getByTestId('find-search').click();
  const match = dialog.locator('[data-testid="find-match"][data-field="byline"]');
  await expect(match).toHaveCount(1);
  await expect(match.getByTestId('find-preview')).toHaveText('记者 王小鸣');
  await expect(dialog.getByTestId('find-approved')).toHaveCount(1);
  await dialog.getByTestId('find-apply').click();
  await expect(dialog.getByTestId('find-result')).toContainText('1');
  expect(await api(galley, 'articles.get', { id: detail.id })).toMatchObject({ byline: '记者 王小鸣 通讯员 李四', status: 'editing' });

  // (a+)+$ against a line of 40 a's: refused at once, and the host answers right after.
  await api(galley, 'articles.save', { id: detail.id, baseRevision: (await api(galley, 'articles.get', { id: detail.id })).revision, text: `${detail.text}\n${'a'.repeat(40)}` });
  await dialog.getByTestId('find-query').fill('(a+)+$');
  await dialog.getByTestId('find-replacement').fill('');
  const started = Date.now();
  await dialog.getByTestId('find-search').click();
  await expect(page.getByTestId('notice')).toHaveAttribute('role', 'alert');
  await expect(page.getByTestId('notice')).toContainText('嵌套的重复');
  expect(Date.now() - started).toBeLessThan(5000);
  expect((await api(galley, 'batches.list', {})).length).toBe(1);
});
