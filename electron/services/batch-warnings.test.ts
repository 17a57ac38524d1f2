import { afterEach, describe, expect, it } from 'vitest';
import { analyzePage } from '../../shared/analyze';
import type { AnalyzedPage, Masthead } from '../../shared/model/types';
import { importSources } from '../import/import';
import { findSamplesDir } from '../import/samples';
import { collectPaths } from '../import/sources';
import { getArticle, listArticles, saveArticle } from './articles';
import { listPages } from './batches';
import { markNoise, restoreNoise, splitArticle } from './segments';
import { blockAnalyze, testContext, textSource, type TestContext } from './testing';

let ctx: TestContext;
afterEach(() => ctx?.dispose());

const rules = (warnings: { rule: string }[]) => warnings.map((w) => w.rule);
const nameWarnings = (id: number) => getArticle(ctx, id).warnings.filter((w) => w.rule === 'name-variant');

async function importSamples() {
  const dir = findSamplesDir();
  if (!dir) throw new Error('resources/samples is missing');
  const { sources } = await collectPaths([dir]);
  return importSources(ctx, sources, { batch: '样例', analyze: analyzePage });
}

/** The live articles whose text contains `needle`. */
function articlesWith(batchId: number, needle: string) {
  return ctx.store.articles.rows({ batchId }).filter((a) => a.text.includes(needle));
}

describe('batch warnings from the sample batch', () => {
  it('flags one reporter spelled two ways on every article of both spellings, and counts it in the lists', async () => {
    ctx = testContext();
    const batchId = (await importSamples()).batchId!;
    const summaries = new Map(listArticles(ctx, { batchId }).map((s) => [s.id, s]));
    for (const [name, other] of [
      ['张浩呈', '张浩星'],
      ['张浩星', '张浩呈'],
      ['程雷', '程雪'],
      ['程雪', '程雷'],
    ] as const) {
      const articles = articlesWith(batchId, `记者${name}`);
      expect(articles.length, name).toBeGreaterThan(0);
      expect(articles.some((a) => articlesWith(batchId, `记者${other}`).some((b) => b.pageFile !== a.pageFile))).toBe(true);
      for (const article of articles) {
        const detail = getArticle(ctx, article.id);
        const [w, ...more] = nameWarnings(article.id);
        expect(more).toEqual([]);
        expect(w!.message.zh).toContain(`“${name}”`);
        expect(w!.message.zh).toContain(`“${other}”`);
        expect(detail.text.slice(w!.range!.start, w!.range!.end)).toBe(name);
        // The text's own lint is still there, and the count is of both.
        expect(detail.warnings).toEqual(expect.arrayContaining(article.warnings));
        expect(detail.warnings).toHaveLength(article.warnings.length + 1);
        expect(detail.warningCount).toBe(detail.warnings.length);
        expect(summaries.get(article.id)!.warningCount).toBe(detail.warnings.length);
      }
    }
    expect(articlesWith(batchId, '记者张浩呈').map((a) => a.pageFile)).toEqual([expect.stringMatching(/^000_/)]);
    expect(articlesWith(batchId, '记者张浩星').map((a) => a.pageFile)).toEqual([expect.stringMatching(/^001_/)]);
  });

  it('shows the misread masthead on page 004 only, and on none of its articles', async () => {
    ctx = testContext();
    const batchId = (await importSamples()).batchId!;
    const pages = listPages(ctx, batchId);
    const flagged = pages.filter((p) => p.warnings.length > 0);
    expect(flagged.map((p) => p.file)).toEqual([expect.stringMatching(/^004_/)]);
    expect(flagged[0]!.warnings.map((w) => [w.rule, w.range])).toContainEqual(['masthead-mismatch', null]);
    expect(flagged[0]!.warnings.map((w) => w.excerpt)).toContain('www.zjgrbb.com');
    for (const a of listArticles(ctx, { batchId })) expect(rules(getArticle(ctx, a.id).warnings)).not.toContain('masthead-mismatch');
  });

  it('keeps one copy of every warning when the unchanged batch is imported again', async () => {
    ctx = testContext();
    const batchId = (await importSamples()).batchId!;
    const before = ctx.store.batches.warnings(batchId);
    const counts = listArticles(ctx, { batchId }).map((a) => a.warningCount);
    expect(before.length).toBeGreaterThanOrEqual(6);
    const again = await importSamples();
    expect(again.files.every((f) => f.status === 'duplicate')).toBe(true);
    expect(ctx.store.batches.warnings(batchId)).toEqual(before);
    expect(listArticles(ctx, { batchId }).map((a) => a.warningCount)).toEqual(counts);
    expect(listPages(ctx, batchId).flatMap((p) => p.warnings)).toHaveLength(before.filter((w) => w.articleId === null).length);
  });
});

const PAGE_1 = '张浩呈的报道\n本报讯 记者张浩呈 通讯员陆珊宇报道 近日，镇海区总工会发布了通知。';
const PAGE_2 = '张浩星的报道\n本报讯 记者张浩星 通讯员郁诗怡报道 每年年初，宁波市总工会作出承诺。\n\n别的新闻\n本报讯 杭州市总工会开展活动。';

/** blockAnalyze, with a masthead whose website is given on the page's first line (`SITE …`). */
function withSite(text: string): AnalyzedPage {
  const site = text.match(/^SITE (\S+)\n/);
  const page = blockAnalyze(site ? text.slice(site[0].length) : text);
  const meta: Masthead = { paper: '测试报', date: null, lunarDate: null, weekday: null, serialNo: null, cn: 'CN33-0018', postalCode: null, website: site?.[1] ?? null, email: null };
  return { ...page, meta: site ? meta : null };
}

async function importPages(pages: Record<string, string>, batch = '批次') {
  const sources = Object.entries(pages).map(([file, text]) => textSource(file, text));
  return importSources(ctx, sources, { batch, analyze: withSite });
}

describe('batch warnings in the store', () => {
  it('compares a page imported alone with the pages already in its batch', async () => {
    ctx = testContext();
    const first = await importPages({ '1.txt': PAGE_1 });
    const [a] = listArticles(ctx, { batchId: first.batchId! });
    expect(a!.warningCount).toBe(0);
    await importPages({ '2.txt': PAGE_2 });
    const [, b, other] = listArticles(ctx, { batchId: first.batchId! });
    expect(nameWarnings(a!.id).map((w) => w.excerpt)).toEqual([expect.stringContaining('张浩呈')]);
    expect(nameWarnings(b!.id).map((w) => w.excerpt)).toEqual([expect.stringContaining('张浩星')]);
    expect(nameWarnings(other!.id)).toEqual([]);
    // Another batch is another paper's day: nothing is compared across batches.
    await importPages({ '3.txt': PAGE_2.replace('每年', '今年') }, '别的批次');
    expect(ctx.store.batches.warnings(first.batchId!)).toHaveLength(2);
  });

  it('follows a new version of a page: the fixed name leaves no warning, the old version keeps none', async () => {
    ctx = testContext();
    const batchId = (await importPages({ '1.txt': PAGE_1, '2.txt': PAGE_2 })).batchId!;
    const oldPage = listPages(ctx, batchId).find((p) => p.file === '2.txt')!;
    expect(ctx.store.batches.warnings(batchId)).toHaveLength(2);
    const updated = await importPages({ '2.txt': PAGE_2.replaceAll('张浩星', '张浩呈') });
    expect(updated.files[0]!.status).toBe('updated');
    expect(ctx.store.batches.warnings(batchId)).toEqual([]);
    expect(listArticles(ctx, { pageId: oldPage.id }).every((a) => a.warningCount === getArticle(ctx, a.id).warnings.length)).toBe(true);
    expect(listArticles(ctx, { batchId }).map((a) => a.warningCount)).toEqual([0, 0, 0]);
  });

  it('flags a disagreeing masthead on its page, and relints when a page of the batch changes', async () => {
    ctx = testContext();
    const batchId = (await importPages({ 'a.txt': `SITE www.zjgrrb.com\n${PAGE_1}`, 'b.txt': `SITE www.zjgrrb.com\n别的\n正文。`, 'c.txt': `SITE www.zjgrbb.com\n${PAGE_2}` })).batchId!;
    const shown = () => listPages(ctx, batchId).filter((p) => p.warnings.length > 0).map((p) => [p.file, p.version, rules(p.warnings)]);
    expect(shown()).toEqual([['c.txt', 1, ['masthead-mismatch']]]);
    await importPages({ 'c.txt': `SITE www.zjgrrb.com\n${PAGE_2}` });
    expect(shown()).toEqual([]);
  });

  it('follows hand edits: a fixed name clears both articles, and a kept one moves with the text', async () => {
    ctx = testContext();
    const batchId = (await importPages({ '1.txt': PAGE_1, '2.txt': PAGE_2 })).batchId!;
    const [a, b] = listArticles(ctx, { batchId });
    const edited = saveArticle(ctx, { id: b!.id, baseRevision: 1, text: `【快讯】${getArticle(ctx, b!.id).text}` });
    const moved = edited.warnings.find((w) => w.rule === 'name-variant')!;
    expect(getArticle(ctx, b!.id).text.slice(moved.range!.start, moved.range!.end)).toBe('张浩星');
    expect(getArticle(ctx, b!.id).warnings).toEqual(edited.warnings);

    ctx.events.splice(0);
    const fixed = saveArticle(ctx, { id: b!.id, baseRevision: edited.revision, text: getArticle(ctx, b!.id).text.replace('张浩星', '张浩呈') });
    expect(rules(fixed.warnings)).not.toContain('name-variant');
    expect(nameWarnings(a!.id)).toEqual([]);
    expect(listArticles(ctx, { batchId }).map((s) => s.warningCount)).toEqual([0, 0, 0]);
    // Clients hear of the other article too: its warning went with the fix, its text and revision did not change.
    expect(ctx.events.filter((e) => e.name === 'article.changed').map((e) => e.payload)).toEqual([
      { id: b!.id, revision: fixed.revision, status: 'editing', warningCount: 0 },
      { id: a!.id, revision: 1, status: 'new', warningCount: 0 },
    ]);
  });

  it('a name typed into a byline field is compared too', async () => {
    ctx = testContext();
    const batchId = (await importPages({ '1.txt': PAGE_1, '2.txt': '无署名\n杭州市总工会开展活动。' })).batchId!;
    const [a, b] = listArticles(ctx, { batchId });
    const saved = saveArticle(ctx, { id: b!.id, baseRevision: 1, text: getArticle(ctx, b!.id).text, fields: { byline: '记者张浩星' } });
    expect(rules(saved.warnings)).toContain('name-variant');
    expect(nameWarnings(a!.id)).toHaveLength(1);
    // Each warning names the article with the other spelling.
    expect(nameWarnings(a!.id)[0]!.related).toEqual([b!.id]);
    expect(saved.warnings.find((w) => w.rule === 'name-variant')!.related).toEqual([a!.id]);
  });

  it('follows segmentation: an article set apart as noise, or split off, is linted where it now is', async () => {
    ctx = testContext();
    const batchId = (await importPages({ '1.txt': PAGE_1, '2.txt': `${PAGE_2.split('\n\n')[0]}\n第二段。` })).batchId!;
    const [a, b] = listArticles(ctx, { batchId });
    markNoise(ctx, b!.id);
    expect(nameWarnings(a!.id)).toEqual([]);
    restoreNoise(ctx, b!.id);
    expect(nameWarnings(a!.id)).toHaveLength(1);

    // The byline paragraph goes to a new article: the warning goes with it.
    const text = getArticle(ctx, b!.id).text;
    saveArticle(ctx, { id: b!.id, baseRevision: getArticle(ctx, b!.id).revision, text: `开头一段。\n${text}` });
    const [, tail] = splitArticle(ctx, b!.id, 1).ids;
    expect(nameWarnings(b!.id)).toEqual([]);
    expect(nameWarnings(tail).map((w) => w.excerpt)).toEqual([expect.stringContaining('张浩星')]);
    expect(listArticles(ctx, { batchId }).find((s) => s.id === tail)!.warningCount).toBe(getArticle(ctx, tail).warnings.length);
  });
});
