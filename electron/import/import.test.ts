import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyEdits } from '../../shared/clean';
import type { AnalyzedPage } from '../../shared/model/types';
import { saveArticle } from '../services/articles';
import { blockAnalyze, testContext, textSource, type TestContext } from '../services/testing';
import { corpus, HTML_TEXT } from '../../tests/fixtures/bad-input/corpus';
import { importSources } from './import';
import { collectPaths, collectUploads } from './sources';

const PAGE_A = 'DATE 2021-11-22\n\n[产改进行时]\n嘉兴推进建会入会\n记者报道 今年以来,嘉兴市各级工会全力推进。\n第二段内容。\n\n镇海发放补贴\n本报讯 镇海区总工会决定,发放补贴。';
const PAGE_B = '杭州新闻\n杭州市总工会已连续多年开展活动。';

let ctx: TestContext;
afterEach(() => ctx?.dispose());

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = join(ctx.dir, 'in', String(Math.random()).slice(2));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

async function importFolder(dir: string, batch?: string) {
  const { sources, folderName } = await collectPaths([dir]);
  return importSources(ctx, sources, { batch, folderName, analyze: blockAnalyze });
}

const count = (table: 'pages' | 'articles' | 'revisions' | 'batches') => {
  // Counted through the repositories' public reads, never raw SQL.
  const batches = ctx.store.batches.list();
  if (table === 'batches') return batches.length;
  const pages = batches.flatMap((b) => ctx.store.pages.list(b.id));
  if (table === 'pages') return pages.length;
  const articles = pages.flatMap((p) => ctx.store.articles.rows({ pageId: p.id }));
  if (table === 'articles') return articles.length;
  return articles.reduce((n, a) => n + ctx.store.revisions.list(a.id).length, 0);
};

describe('import', () => {
  it('imports a folder recursively into a batch named after it, with an import revision per article', async () => {
    ctx = testContext();
    const dir = folder({ 'a.txt': PAGE_A, 'sub/b.txt': PAGE_B, 'notes.md': 'ignored', '.hidden.txt': PAGE_B });
    const report = await importFolder(dir);
    expect(report.files.map((f) => [f.file, f.status, f.articles])).toEqual([
      ['a.txt', 'imported', 2],
      ['sub/b.txt', 'imported', 1],
    ]);
    const batch = ctx.store.batches.get(report.batchId!)!;
    expect(report.batchName).toBe(batch.name);
    expect(batch.name).toBe(dir.split(/[\\/]/).pop());
    expect(batch.date).toBe('2021-11-22');
    const articles = ctx.store.articles.rows({ batchId: batch.id });
    expect(articles.map((a) => a.headline)).toEqual(['嘉兴推进建会入会', '镇海发放补贴', '杭州新闻']);
    const first = articles[0]!;
    expect(first.text).toBe('记者报道 今年以来，嘉兴市各级工会全力推进。\n第二段内容。');
    expect(applyEdits(first.ocrText, first.edits)).toBe(first.autoText);
    expect(first.sections).toEqual(['产改进行时']);
    expect(articles[2]!.date).toBe('2021-11-22'); // no masthead on b.txt: the batch's date
    expect(ctx.store.revisions.list(first.id)).toMatchObject([{ seq: 1, origin: 'import', author: 'Galley', text: first.text }]);
    expect(ctx.store.tags.list()).toEqual([{ id: expect.any(Number), name: '产改进行时', count: 1 }]);
  });

  it('reports progress for every file: reading, then its outcome', async () => {
    ctx = testContext();
    await importSources(ctx, [textSource('a.txt', PAGE_A), textSource('empty.txt', '')], { batch: 'x', analyze: blockAnalyze });
    expect(ctx.events.filter((e) => e.name === 'import.progress').map((e) => e.payload)).toEqual([
      { file: 'a.txt', index: 1, total: 2, status: 'reading' },
      { file: 'empty.txt', index: 2, total: 2, status: 'reading' },
      { file: 'empty.txt', index: 2, total: 2, status: 'refused' },
      { file: 'a.txt', index: 1, total: 2, status: 'imported' },
    ]);
  });

  it('names the batch: the user’s name, else the folder, else the masthead date, else the time', async () => {
    ctx = testContext();
    const named = await importSources(ctx, [textSource('1.txt', PAGE_B)], { batch: '我的批次', analyze: blockAnalyze });
    expect(named.batchName).toBe('我的批次');
    const dated = await importSources(ctx, [textSource('2.txt', PAGE_B + '二'), textSource('3.txt', PAGE_A)], { analyze: blockAnalyze });
    expect(dated.batchName).toBe('2021-11-22');
    const undated = await importSources(ctx, [textSource('4.txt', PAGE_B + '四')], { analyze: blockAnalyze });
    expect(undated.batchName).toMatch(/^导入 \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  });

  it('creates nothing for content already stored, in any encoding', async () => {
    ctx = testContext();
    const first = await importFolder(folder({ 'a.txt': PAGE_A }), 'b1');
    const before = [count('batches'), count('pages'), count('articles'), count('revisions')];
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...PAGE_A].map((c) => c.charCodeAt(0))).buffer)]);
    const again = await importFolder(folder({ 'a.txt': PAGE_A, 'copy.txt': utf16 }), 'b1');
    expect(again.files.map((f) => [f.file, f.status, f.pageId])).toEqual([
      ['a.txt', 'duplicate', first.files[0]!.pageId],
      ['copy.txt', 'duplicate', first.files[0]!.pageId],
    ]);
    expect(again.batchId).toBe(first.batchId);
    expect([count('batches'), count('pages'), count('articles'), count('revisions')]).toEqual(before);
  });

  it('makes a changed file a new version and keeps the edits made to the old one', async () => {
    ctx = testContext();
    const first = await importFolder(folder({ 'a.txt': PAGE_A, 'b.txt': PAGE_B }), 'batch');
    const batchId = first.batchId!;
    const old = ctx.store.articles.rows({ batchId })[0]!;
    saveArticle(ctx, { id: old.id, baseRevision: 1, text: '校对过的文字。' });

    const second = await importFolder(folder({ 'a.txt': PAGE_A.replace('第二段内容', '第二段新内容'), 'b.txt': PAGE_B }), 'batch');
    expect(second.files.map((f) => [f.file, f.status])).toEqual([
      ['a.txt', 'updated'],
      ['b.txt', 'duplicate'],
    ]);
    const pages = ctx.store.pages.list(batchId);
    expect(pages.map((p) => [p.file, p.version])).toEqual([
      ['a.txt', 2],
      ['a.txt', 1],
      ['b.txt', 1],
    ]);
    // The list shows the newest version only; the old article and its revisions are intact.
    const listed = ctx.store.articles.summaries({ batchId });
    expect(listed.map((a) => a.pageId)).toEqual([pages[0]!.id, pages[0]!.id, pages[2]!.id]);
    expect(listed.some((a) => a.id === old.id)).toBe(false);
    const kept = ctx.store.articles.get(old.id)!;
    expect(kept.text).toBe('校对过的文字。');
    expect(ctx.store.revisions.list(old.id).map((r) => r.origin)).toEqual(['import', 'edit']);
    expect(ctx.store.articles.summaries({ pageId: pages[1]!.id }).map((a) => a.id)).toContain(old.id);
    expect(ctx.store.batches.summary(batchId)).toMatchObject({ pageCount: 2, articleCount: 3 });
  });

  it('imports or refuses every file of the bad-input corpus, with a reason, and stores nothing of a refused one', async () => {
    ctx = testContext();
    const cases = corpus();
    const report = await importSources(
      ctx,
      cases.map((c) => ({ file: c.file, read: async () => c.bytes })),
      { batch: 'bad', analyze: blockAnalyze },
    );
    for (const [i, c] of cases.entries()) {
      const r = report.files[i]!;
      expect(r.file).toBe(c.file);
      if (c.expect.status === 'refused') {
        expect(r).toMatchObject({ status: 'refused', pageId: null, articles: 0 });
        expect(r.reason!.en).toMatch(c.expect.reason);
        expect(r.reason!.zh).not.toBe('');
      } else {
        expect(r.status).toBe('imported');
        const page = ctx.store.pages.get(r.pageId!)!;
        expect(page.text).toBe(c.expect.text);
        expect(page.encoding).toBe(c.expect.encoding);
      }
    }
    const stored = ctx.store.pages.list(report.batchId!).map((p) => p.file);
    expect(stored).toEqual(cases.filter((c) => c.expect.status === 'imported').map((c) => c.file).sort());
  });

  it('keeps HTML-looking text as text, changed only by cleaning edits', async () => {
    ctx = testContext();
    // blockAnalyze reads a headline and its body as one block.
    const page = HTML_TEXT.replace('\n\n', '\n');
    const report = await importSources(ctx, [textSource('html.txt', page)], { batch: 'h', analyze: blockAnalyze });
    expect(ctx.store.pages.get(report.files[0]!.pageId!)!.text).toBe(page);
    const a = ctx.store.articles.rows({ batchId: report.batchId! })[0]!;
    expect(a.headline).toBe('<script>alert("x")</script>标题在此');
    expect(a.ocrText).toBe('本报讯 记者李四报道 <b>加粗</b>与<img src=x onerror=alert(1)>都只是文字,应原样保存。');
    expect(a.text).toBe(applyEdits(a.ocrText, a.edits));
    expect(a.text).toContain('<b>加粗</b>与<img src=x onerror=alert');
    expect(a.edits.every((e) => !/[<>]/.test(e.before + e.after))).toBe(true);
  });

  it('rolls a page back whole when writing fails half-way, and goes on with the next file', async () => {
    ctx = testContext();
    // The third article of the first page cannot be stored (its kind violates the schema).
    const failing = (text: string): AnalyzedPage => {
      const page = blockAnalyze(text);
      if (text === PAGE_A + '\n\n第三篇\n正文。') page.articles[2] = { ...page.articles[2]!, kind: 'bogus' as 'news' };
      return page;
    };
    const report = await importSources(ctx, [textSource('a.txt', PAGE_A + '\n\n第三篇\n正文。'), textSource('b.txt', PAGE_B)], {
      batch: 'rb',
      analyze: failing,
    });
    expect(report.files[0]).toMatchObject({ file: 'a.txt', status: 'refused', pageId: null });
    expect(report.files[0]!.reason!.en).toMatch(/^could not import: CHECK constraint failed/);
    expect(report.files[1]).toMatchObject({ file: 'b.txt', status: 'imported' });
    expect(ctx.store.pages.list(report.batchId!).map((p) => p.file)).toEqual(['b.txt']);
    expect(count('articles')).toBe(1);
    expect(count('revisions')).toBe(1);
    expect(ctx.store.searchIndex.pending()).toBe(1);
    expect(ctx.store.tags.list()).toEqual([]);
  });

  it('writes pages in bulk commits and ends with a durable one before it reports', async () => {
    ctx = testContext();
    const real = ctx.store;
    const calls: string[] = [];
    const recording: typeof real = {
      ...real,
      transaction: (fn) => (calls.push('transaction'), real.transaction(fn)),
      bulkTransaction: (fn) => (calls.push('bulk'), real.bulkTransaction(fn)),
    };
    const report = await importSources({ ...ctx, store: recording }, [textSource('a.txt', PAGE_A), textSource('b.txt', PAGE_B)], {
      batch: 'durable',
      analyze: blockAnalyze,
    });
    expect(report.files.map((f) => f.status)).toEqual(['imported', 'imported']);
    // Every page's write sits inside a bulk commit; the last commit is a durable one.
    expect(calls[0]).toBe('bulk');
    expect(calls.at(-1)).toBe('transaction');
    expect(calls.lastIndexOf('bulk')).toBeLessThan(calls.lastIndexOf('transaction'));
  });

  it('reports nothing as imported when the commit of its group fails, and stores nothing of it', async () => {
    ctx = testContext();
    const real = ctx.store;
    // The group's transaction fails as it would on a full disk: after its work, before commit.
    const failingCommit: typeof real = {
      ...real,
      bulkTransaction: <T>(fn: () => T): T =>
        real.bulkTransaction(() => {
          fn();
          throw new Error('database or disk is full');
        }),
    };
    const report = await importSources({ ...ctx, store: failingCommit }, [textSource('a.txt', PAGE_A), textSource('b.txt', PAGE_B)], {
      batch: 'full',
      analyze: blockAnalyze,
    });
    expect(report.files.map((f) => [f.file, f.status, f.reason?.en])).toEqual([
      ['a.txt', 'refused', 'could not import: database or disk is full'],
      ['b.txt', 'refused', 'could not import: database or disk is full'],
    ]);
    const outcomes = ctx.events.flatMap((e) => (e.name === 'import.progress' && 'file' in e.payload && e.payload.status !== 'reading' ? [e.payload] : []));
    expect(outcomes).toEqual([
      { file: 'a.txt', index: 1, total: 2, status: 'refused' },
      { file: 'b.txt', index: 2, total: 2, status: 'refused' },
    ]);
    expect(count('batches')).toBe(0);
    expect(real.searchIndex.pending()).toBe(0);
  });

  it('creates no batch when every file is refused', async () => {
    ctx = testContext();
    const report = await importSources(ctx, [textSource('e.txt', '')], { batch: 'none', analyze: blockAnalyze });
    expect(report).toMatchObject({ batchId: null, batchName: null });
    expect(count('batches')).toBe(0);
  });

  it('refuses an analysis failure with its message', async () => {
    ctx = testContext();
    const report = await importSources(ctx, [textSource('a.txt', PAGE_B)], {
      batch: 'x',
      analyze: () => {
        throw new Error('parser gave up');
      },
    });
    expect(report.files[0]!.reason).toEqual({ zh: '无法导入:parser gave up', en: 'could not import: parser gave up' });
  });
});

describe('sources', () => {
  it('refuses missing paths, non-.txt files and oversized files without reading them', async () => {
    ctx = testContext();
    const dir = folder({ 'ok.txt': PAGE_B, 'photo.jpg': 'x', 'big.txt': '' });
    truncateSync(join(dir, 'big.txt'), 20 * 1024 * 1024 + 1);
    const { sources, folderName } = await collectPaths([join(dir, 'missing.txt'), join(dir, 'photo.jpg'), join(dir, 'big.txt'), join(dir, 'ok.txt')]);
    expect(folderName).toBeNull();
    const report = await importSources(ctx, sources, { batch: 's', analyze: blockAnalyze });
    expect(report.files.map((f) => [f.file, f.status, f.reason?.en ?? null])).toEqual([
      [join(dir, 'missing.txt'), 'refused', 'no such file or folder'],
      ['photo.jpg', 'refused', 'not a .txt file'],
      ['big.txt', 'refused', 'file too large (20.0 MB; the limit is 20 MB)'],
      ['ok.txt', 'imported', null],
    ]);
  });

  it('reports symlinked files inside a folder instead of following them out of it', async () => {
    ctx = testContext();
    const outside = folder({ 'secret.txt': PAGE_B });
    const dir = folder({ 'ok.txt': PAGE_B.replace('杭州', '宁波') });
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'link.txt'));
    const report = await importFolder(dir, 'links');
    expect(report.files.map((f) => [f.file, f.status, f.reason?.en ?? null])).toEqual([
      ['link.txt', 'refused', 'a symbolic link, not followed'],
      ['ok.txt', 'imported', null],
    ]);
  });

  it.each([
    ['characters outside the alphabet', '5p2t5bee!!!!'],
    ['a length that is not a multiple of 4', 'AAAAA'],
    ['padding in the middle', 'AA==AAAA'],
    ['url-safe letters', '5p2t_-ee'],
    ['whitespace', '5p2t 5bee'],
  ])('refuses an upload whose base64 has %s, importing the rest', async (_label, base64) => {
    ctx = testContext();
    const report = await importSources(ctx, collectUploads([{ name: 'bad.txt', base64 }, { name: 'ok.txt', base64: Buffer.from(PAGE_B).toString('base64') }]), { batch: 'b', analyze: blockAnalyze });
    expect(report.files.map((f) => [f.file, f.status, f.reason?.en ?? null])).toEqual([
      ['bad.txt', 'refused', 'the upload is not valid base64'],
      ['ok.txt', 'imported', null],
    ]);
  });

  it('takes uploads by their last name component only', async () => {
    ctx = testContext();
    const base64 = Buffer.from(PAGE_B).toString('base64');
    const sources = collectUploads([
      { name: '../../etc/page.txt', base64 },
      { name: 'x.exe', base64 },
    ]);
    const report = await importSources(ctx, sources, { batch: 'u', analyze: blockAnalyze });
    expect(report.files.map((f) => [f.file, f.status])).toEqual([
      ['page.txt', 'imported'],
      ['x.exe', 'refused'],
    ]);
  });
});
