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

test('find reaches every heading field, says which field each match is in, and fills numbered and named groups in all of them', async ({ page, galley }) => {
  await openDesk(page, galley);
  await importSample(page);
  const batchId = (await api(galley, 'batches.list', {}))[0]!.id;
  const [one, two] = await api(galley, 'articles.list', { batchId, limit: 2 });
  // One approved article holds the name in its text and all four heading fields, another only in its text.
  const a = await api(galley, 'articles.get', { id: one!.id });
  const fields = { kicker: '王小明所在车间', headline: '王小明当选劳模', subtitle: '记王小明', byline: '记者 王小明' };
  const savedA = await api(galley, 'articles.save', { id: a.id, baseRevision: a.revision, text: `${a.text}\n王小明说。`, fields });
  await api(galley, 'articles.setStatus', { id: a.id, baseRevision: savedA.revision, status: 'approved' });
  const b = await api(galley, 'articles.get', { id: two!.id });
  await api(galley, 'articles.save', { id: b.id, baseRevision: b.revision, text: `${b.text}\n王小明补记。` });
  const found = await api(galley, 'find.search', { batchId, query: '王小明' });
  expect(found.map((m) => [m.articleId, m.field]).sort()).toEqual(
    [[a.id, 'byline'], [a.id, 'headline'], [a.id, 'kicker'], [a.id, 'subtitle'], [a.id, 'text'], [b.id, 'text']].sort(),
  );

  await page.reload();
  await page.getByTestId('find-button').click();
  const dialog = page.getByTestId('find-dialog');
  await dialog.getByTestId('find-query').fill('(王)(?<名>小)明');
  await dialog.getByRole('checkbox', { name: /正则/ }).check();
  await dialog.getByTestId('find-replacement').fill('$1$<名>鸣');
  await dialog.getByTestId('find-search').click();
  await expect(dialog.getByTestId('find-match')).toHaveCount(6);
  const labels = { kicker: '引题', headline: '标题', subtitle: '副题', byline: '作者' };
  for (const [field, label] of Object.entries(labels)) {
    const match = dialog.locator(`[data-testid="find-match"][data-field="${field}"]`);
    await expect(match).toHaveCount(1);
    await expect(match.locator('.find-field')).toHaveText(label);
  }
  await expect(dialog.locator('[data-testid="find-match"][data-field="text"]')).toHaveCount(2);
  await expect(dialog.locator('[data-testid="find-match"][data-field="text"] .find-field')).toHaveCount(0);
  for (const preview of await dialog.getByTestId('find-preview').all()) await expect(preview).toHaveText('王小鸣');
  // Only the approved article is marked, and the mark says that replacing reopens it.
  const approvedGroups = dialog.locator('.find-group').filter({ has: page.getByTestId('find-approved') });
  await expect(approvedGroups).toHaveCount(1);
  await expect(approvedGroups.getByTestId('find-approved')).toHaveText('已通过 · 替换会重新打开');
  await expect(approvedGroups.getByTestId('find-match')).toHaveCount(5);

  // A group replacement edited after the search: the old preview would not be what is written, so it is withdrawn
  // (and replacing waits) until the next search expands the new one.
  const previews = dialog.getByTestId('find-preview');
  await dialog.getByTestId('find-replacement').fill('$<名>$1');
  await expect(dialog.getByTestId('find-stale')).toHaveText('替换内容已改动，请重新查找以预览替换结果');
  await expect(previews).toHaveCount(0);
  await expect(dialog.getByTestId('find-apply')).toBeDisabled();
  await dialog.getByTestId('find-search').click();
  await expect(previews).toHaveCount(6);
  for (const preview of await previews.all()) await expect(preview).toHaveText('小王');
  await dialog.getByTestId('find-replacement').fill('$1$<名>鸣');
  await dialog.getByTestId('find-search').click();
  await expect(previews.first()).toHaveText('王小鸣');

  await dialog.getByTestId('find-apply').click();
  await expect(dialog.getByTestId('find-result')).toHaveText('已替换 6 处，涉及 2 篇文章');
  expect(await api(galley, 'articles.get', { id: a.id })).toMatchObject({
    kicker: '王小鸣所在车间',
    headline: '王小鸣当选劳模',
    subtitle: '记王小鸣',
    byline: '记者 王小鸣',
    text: `${a.text}\n王小鸣说。`,
    status: 'editing',
  });
  expect((await api(galley, 'articles.get', { id: b.id })).text).toBe(`${b.text}\n王小鸣补记。`);
});
