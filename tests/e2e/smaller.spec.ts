// Smaller things from the desk's second pass: sections are suggested before the sections dialog was ever opened,
// English says "1 warning", a printed export carries the byline once, and approving an untitled article asks.
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { api, importSample, openDesk } from './desk';
import { expect, test } from './fixtures';

test('the section field suggests existing sections from the start', async ({ page, galley }) => {
  await openDesk(page, galley);
  await importSample(page);
  const sections = (await api(galley, 'tags.list', {})).map((t) => t.name);
  expect(sections.length).toBeGreaterThan(0);
  await page.reload();
  const item = page.getByTestId('article-item').first();
  await item.click();
  const options = page.locator('datalist option');
  await expect.poll(() => options.count()).toBeGreaterThan(0);
  const offered = await options.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  for (const name of offered) expect(sections).toContain(name);
});

test('in English one warning is "1 warning"', async ({ page, galley }) => {
  await api(galley, 'settings.set', { language: 'en' });
  await openDesk(page, galley);
  await importSample(page);
  const batchId = (await api(galley, 'batches.list', {}))[0]!.id;
  const one = (await api(galley, 'articles.list', { batchId })).find((a) => a.warningCount === 1);
  const why = 'the sample batch has no article with exactly one warning';
  if (!one) console.log(`smaller.spec.ts "1 warning" skipped: ${why}`);
  test.skip(!one, why);
  await page.getByTestId('page-item').filter({ hasText: one!.pageFile }).click();
  await expect(page.locator(`[data-testid="article-item"][data-article-id="${one!.id}"] .warning-count`)).toHaveText('1 warning');
});

/** The text a reader sees in an export file: DOCX as the text of its paragraphs, one a line. */
async function printedText(path: string, format: 'txt' | 'md' | 'docx'): Promise<string> {
  const bytes = await readFile(path);
  if (format !== 'docx') return bytes.toString('utf8');
  const xml = strFromU8(unzipSync(new Uint8Array(bytes), { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']!);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')).join('\n');
}

for (const format of ['txt', 'md', 'docx'] as const) {
  test(`a ${format} export prints the byline once, whether the body opens with it on its own line or in the lead`, async ({ galley }) => {
    const report = await api(galley, 'import.sample', {});
    const [first, second] = await api(galley, 'articles.list', { batchId: report.batchId!, limit: 2 });
    const ownLine = '本报讯 记者测试员';
    const inLead = '本报讯 通讯员校对员报道';
    for (const [id, byline, text] of [
      [first!.id, ownLine, (t: string) => `${ownLine}\n${t}`],
      [second!.id, inLead, (t: string) => `${inLead} ${t}`],
    ] as const) {
      const detail = await api(galley, 'articles.get', { id });
      const saved = await api(galley, 'articles.save', { id, baseRevision: detail.revision, text: text(detail.text), fields: { byline } });
      await api(galley, 'articles.setStatus', { id, baseRevision: saved.revision, status: 'approved' });
    }
    const record = await api(galley, 'export.run', { selection: { batchId: report.batchId! }, format });
    const printed = await printedText(record.path, format);
    expect(printed.split(ownLine)).toHaveLength(2);
    expect(printed.split(inLead)).toHaveLength(2);
    // The own-line byline is printed as the field; the lead keeps its byline where the body has it.
    expect(printed).toMatch(new RegExp(`署名：${ownLine}`));
    expect(printed).not.toMatch(new RegExp(`署名：${inLead}`));
  });
}

test('approving an article without a headline asks first', async ({ page, galley }) => {
  await openDesk(page, galley);
  await importSample(page);
  const item = page.getByTestId('article-item').first();
  const id = Number(await item.getAttribute('data-article-id'));
  await item.click();
  await page.getByTestId('field-headline').fill('');
  await page.getByTestId('approve-button').click();
  await expect(page.getByTestId('approve-no-headline')).toBeVisible();
  await page.getByTestId('approve-warnings-cancel').click();
  expect((await api(galley, 'articles.get', { id })).status).not.toBe('approved');
  await page.getByTestId('approve-button').click();
  await page.getByTestId('approve-warnings-confirm').click();
  await expect.poll(async () => (await api(galley, 'articles.get', { id })).status).toBe('approved');
});

test('after a reload the desk returns to the article that was open', async ({ page, galley }) => {
  await openDesk(page, galley);
  await importSample(page);
  const item = page.getByTestId('article-item').nth(2);
  const id = await item.getAttribute('data-article-id');
  await item.click();
  await expect(item).toHaveAttribute('aria-current', 'true');
  await page.reload();
  await expect(page.locator(`[data-testid="article-item"][data-article-id="${id}"]`)).toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('clean-editor')).toBeVisible();
});
