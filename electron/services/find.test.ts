import { afterEach, describe, expect, it } from 'vitest';
import { getArticle, listRevisions, saveArticle, setStatus } from './articles';
import { compileQuery, expandReplacement, findInBatch, replaceInBatch } from './find';
import { runFind, stopFindWorker } from './find-pool';
import { articleIds, seedPages, testContext, type TestContext } from './testing';

async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  return p.then(
    () => undefined,
    (e: { code?: string }) => e.code,
  );
}

let ctx: TestContext;
afterEach(() => ctx?.dispose());

const PAGE = '甲\n记者张浩呈报道 今天下雨。\n张浩呈说:明天晴。\n\n乙\n通讯员张浩呈摄\n\n丙\nAbc abc ABC。';

async function seed(): Promise<{ batchId: number; ids: number[] }> {
  ctx = testContext();
  const batchId = await seedPages(ctx, { 'p.txt': PAGE });
  return { batchId, ids: articleIds(ctx.store, batchId) };
}

describe('find', () => {
  it('finds every literal match with its article, paragraph and context', async () => {
    const { batchId, ids } = await seed();
    const matches = await findInBatch(ctx, { batchId, query: '张浩呈', regex: false, caseSensitive: true });
    expect(matches.map((m) => [m.articleId, m.paragraph, m.start, m.end, m.before, m.after])).toEqual([
      [ids[0], 0, 2, 5, '记者', '报道 今天下雨。'],
      [ids[0], 1, 14, 17, '', '说：明天晴。'],
      [ids[1], 0, 3, 6, '通讯员', '摄'],
    ]);
    expect(matches[0]).toMatchObject({ headline: '甲', pageFile: 'p.txt', match: '张浩呈' });
  });

  it('supports regular expressions and case-insensitive search; literal text is never a pattern', async () => {
    const { batchId } = await seed();
    expect((await findInBatch(ctx, { batchId, query: 'abc', regex: false, caseSensitive: false })).map((m) => m.match)).toEqual(['Abc', 'abc', 'ABC']);
    expect((await findInBatch(ctx, { batchId, query: 'abc', regex: false, caseSensitive: true })).map((m) => m.match)).toEqual(['abc']);
    expect(await findInBatch(ctx, { batchId, query: '张.呈', regex: true, caseSensitive: true })).toHaveLength(3);
    expect(await findInBatch(ctx, { batchId, query: '张.呈', regex: false, caseSensitive: true })).toHaveLength(0);
    expect((await findInBatch(ctx, { batchId, query: '^张', regex: true, caseSensitive: true })).map((m) => m.paragraph)).toEqual([1]);
    expect(await findInBatch(ctx, { batchId, query: 'x*', regex: true, caseSensitive: true })).toEqual([]);
  });

  it('pages the matches in reading order, a page ending with the article that reached the limit', async () => {
    ctx = testContext();
    const pages: Record<string, string> = {};
    // Page files sort 01 < 02 < 10: reading order, not the order of the articles' ids.
    for (const file of ['10.txt', '02.txt', '01.txt']) pages[file] = `${file}甲\n张浩呈一。张浩呈二。\n\n${file}乙\n没有。\n\n${file}丙\n张浩呈三。`;
    const batchId = await seedPages(ctx, pages);
    const q = { batchId, query: '张浩呈', regex: false, caseSensitive: true };
    const all = await findInBatch(ctx, q);
    expect(all.map((m) => m.pageFile)).toEqual(['01.txt', '01.txt', '01.txt', '02.txt', '02.txt', '02.txt', '10.txt', '10.txt', '10.txt']);
    const paged: typeof all = [];
    const sizes: number[] = [];
    for (let after: number | undefined, page; (page = await findInBatch(ctx, { ...q, limit: 1, afterArticleId: after })).length > 0; after = page.at(-1)!.articleId) {
      sizes.push(page.length);
      paged.push(...page);
    }
    expect(paged).toEqual(all);
    // Both matches of an article come in one page.
    expect(sizes).toEqual([2, 1, 2, 1, 2, 1]);
    expect(await findInBatch(ctx, { ...q, limit: 4 })).toEqual(all.slice(0, 5));
  });

  it('finds a literal through the search index the same whether an article is indexed, queued or edited since', async () => {
    const { batchId, ids } = await seed();
    const q = { batchId, query: '张浩呈', regex: false, caseSensitive: true };
    const before = await findInBatch(ctx, q);
    while (ctx.store.searchIndex.indexNext(100) > 0);
    expect(await findInBatch(ctx, q)).toEqual(before);
    saveArticle(ctx, { id: ids[2]!, baseRevision: 1, text: 'Abc 张浩呈 到了。' });
    expect((await findInBatch(ctx, q)).map((m) => m.articleId)).toEqual([ids[0], ids[0], ids[1], ids[2]]);
    expect((await findInBatch(ctx, { ...q, query: 'ABC', caseSensitive: false })).map((m) => m.match)).toEqual(['Abc']);
  });

  it('answers an invalid regular expression with invalid-request', async () => {
    const { batchId } = await seed();
    expect(await codeOf(findInBatch(ctx, { batchId, query: '(', regex: true, caseSensitive: true }))).toBe('invalid-request');
    expect(await codeOf(findInBatch(ctx, { batchId: 999, query: 'a', regex: false, caseSensitive: true }))).toBe('not-found');
  });
});

describe('replace', () => {
  it('replaces the chosen matches only, one revision per changed article', async () => {
    const { batchId, ids } = await seed();
    setStatus(ctx, { id: ids[1]!, baseRevision: ctx.store.articles.get(ids[1]!)!.revision, status: 'approved' });
    const matches = await findInBatch(ctx, { batchId, query: '张浩呈', regex: false, caseSensitive: true });
    const chosen = [matches[1]!, matches[2]!];
    const result = await replaceInBatch(ctx, { batchId, query: '张浩呈', regex: false, caseSensitive: true, replacement: '张浩星', matches: chosen });
    expect(result).toEqual({ replaced: 2, articles: [ids[0], ids[1]] });
    expect(getArticle(ctx, ids[0]!).text).toBe('记者张浩呈报道 今天下雨。\n张浩星说：明天晴。');
    expect(getArticle(ctx, ids[1]!)).toMatchObject({ text: '通讯员张浩星摄', status: 'editing' });
    expect(listRevisions(ctx, ids[0]!).map((r) => r.origin)).toEqual(['import', 'replace']);
    expect(getArticle(ctx, ids[2]!).revision).toBe(1);
  });

  it('expands $ patterns in regex mode and keeps them literal otherwise', async () => {
    const { batchId, ids } = await seed();
    const q = { batchId, query: '(张)浩(呈)', regex: true, caseSensitive: true };
    await replaceInBatch(ctx, { ...q, replacement: '$1[$2]$$', matches: (await findInBatch(ctx, q)).slice(0, 1) });
    expect(getArticle(ctx, ids[0]!).text.split('\n')[0]).toBe('记者张[呈]$报道 今天下雨。');
    const lit = { batchId, query: '今天', regex: false, caseSensitive: true };
    await replaceInBatch(ctx, { ...lit, replacement: '$&', matches: await findInBatch(ctx, lit) });
    expect(getArticle(ctx, ids[0]!).text.split('\n')[0]).toBe('记者张[呈]$报道 $&下雨。');
  });

  it('replaces nothing when a chosen match is gone since the search', async () => {
    const { batchId, ids } = await seed();
    const q = { batchId, query: '张浩呈', regex: false, caseSensitive: true };
    const matches = await findInBatch(ctx, q);
    saveArticle(ctx, { id: ids[1]!, baseRevision: 1, text: '通讯员 摄' });
    expect(await codeOf(replaceInBatch(ctx, { ...q, replacement: 'X', matches }))).toBe('conflict');
    expect(getArticle(ctx, ids[0]!).text).toContain('张浩呈报道');
    expect(await codeOf(replaceInBatch(ctx, { ...q, regex: true, query: '[', replacement: 'X', matches }))).toBe('invalid-request');
  });
});

describe('expandReplacement', () => {
  it('follows String.prototype.replace', () => {
    const re = /(?<y>\d{4})-(\d{2})/;
    const input = '日期2021-11日';
    const m = re.exec(input)!;
    const tail = input.length - (m.index + m[0].length);
    for (const r of ['$1', '$2/$1', '$<y>', '$$', '$&!', '$`|', "$'", '$3', '$10', '$0', '$<none>']) {
      const out = input.replace(re, r);
      expect(expandReplacement(r, m)).toBe(out.slice(m.index, out.length - tail));
    }
  });
});

describe('find in heading fields, with groups, bounded', () => {
  it('searches and replaces the heading fields too, each match naming its field and the article status', async () => {
    const { batchId, ids } = await seed();
    ctx.store.transaction(() => ctx.store.articles.update(ids[2]!, { byline: '记者 张浩呈', kicker: '张浩呈专栏' }));
    setStatus(ctx, { id: ids[2]!, baseRevision: 1, status: 'approved' });
    const q = { batchId, query: '张浩呈', regex: false, caseSensitive: true };
    const matches = await findInBatch(ctx, q);
    expect(matches.filter((m) => m.articleId === ids[2]).map((m) => [m.field, m.status, m.start])).toEqual([
      ['kicker', 'approved', 0],
      ['byline', 'approved', 3],
    ]);
    // The search index holds no kicker or byline: narrowing by it still reads the articles matching there.
    while (ctx.store.searchIndex.indexNext(100) > 0);
    expect(await findInBatch(ctx, q)).toEqual(matches);
    await replaceInBatch(ctx, { ...q, replacement: '张浩星', matches: matches.filter((m) => m.articleId === ids[2]) });
    expect(getArticle(ctx, ids[2]!)).toMatchObject({ byline: '记者 张浩星', kicker: '张浩星专栏', status: 'editing' });
  });

  it('previews and applies $1 and $<name> from the pattern', async () => {
    const { batchId, ids } = await seed();
    const q = { batchId, query: '(?<role>记者|通讯员)(张浩)呈', regex: true, caseSensitive: true, replacement: '$<role>$2星' };
    const matches = await findInBatch(ctx, q);
    expect(matches.map((m) => m.replacement)).toEqual(['记者张浩星', '通讯员张浩星']);
    await replaceInBatch(ctx, { ...q, matches });
    expect(getArticle(ctx, ids[0]!).text.split('\n')[0]).toBe('记者张浩星报道 今天下雨。');
    expect(getArticle(ctx, ids[1]!).text).toBe('通讯员张浩星摄');
  });

  it('refuses a catastrophic pattern at once, and stops a search that runs too long', async () => {
    const { batchId } = await seed();
    ctx.store.transaction(() => ctx.store.articles.update(articleIds(ctx.store, batchId)[0]!, { byline: 'a'.repeat(40) }));
    const started = Date.now();
    expect(await codeOf(findInBatch(ctx, { batchId, query: '(a+)+$', regex: true, caseSensitive: true }))).toBe('refused');
    expect(Date.now() - started).toBeLessThan(1000);
    // Exponential without nested quantifiers: only the time bound stops it.
    const slow = runFind([{ articleId: 1, field: 'text', text: `${'a'.repeat(40)}!` }], { query: '(a|a)*b', regex: true, caseSensitive: true }, null, 300);
    expect(await codeOf(slow)).toBe('refused');
    // The next search gets a fresh worker.
    expect(await findInBatch(ctx, { batchId, query: '张浩呈', regex: false, caseSensitive: true })).toHaveLength(3);
  });

  it('times a search from a ready worker: starting one (seconds through tsx) is not the search running long', async () => {
    await stopFindWorker();
    // Far below a worker's start-up, far above matching one short line.
    const first = runFind([{ articleId: 1, field: 'text', text: '记者王小明' }], { query: '王小明', regex: false, caseSensitive: true }, null, 150);
    expect((await first).hits.map((h) => h.match)).toEqual(['王小明']);
  });

  it('takes Chinese group names and lookbehinds, which the pattern check cannot parse, and still refuses nested repetition in them', () => {
    const code = (query: string) => {
      try {
        compileQuery({ query, regex: true, caseSensitive: true });
        return 'ok';
      } catch (e) {
        return (e as { code: string }).code;
      }
    };
    for (const ok of ['(王)(?<名>小)明', '(?<=记者)王小明', '(?<!通讯员)王', '(?<姓>王)小\\k<姓>']) expect(code(ok), ok).toBe('ok');
    for (const bad of ['(?<名>a+)+$', '(?<=记者)(a+)+$', '(?<!x)(?<名>.*)*']) expect(code(bad), bad).toBe('refused');
  });
});
