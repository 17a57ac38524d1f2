import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EventBus } from '../../shared/api/bus';
import { createHandlers } from '../api/handlers';
import { openDatabase } from '../store/database';
import { MIGRATIONS } from '../store/migrations';
import { openStore } from '../store/store';
import { tempDir } from '../store/testing';
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
    // Each name misread is one finding, whatever number of articles carry its warning.
    const findings = [
      { role: '记者', name: '张浩呈', other: '张浩星' },
      { role: '记者', name: '程雪', other: '程雷' },
    ];
    expect(ctx.store.names.findings(batchId)).toEqual(expect.arrayContaining(findings));
    expect(before.length).toBeGreaterThanOrEqual(1);
    const again = await importSamples();
    expect(again.files.every((f) => f.status === 'duplicate')).toBe(true);
    expect(ctx.store.batches.warnings(batchId)).toEqual(before);
    expect(ctx.store.names.findings(batchId)).toHaveLength(findings.length);
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
    expect(ctx.store.names.findings(first.batchId!)).toEqual([{ role: '记者', name: '张浩呈', other: '张浩星' }]);
  });

  it('follows a new version of a page: the fixed name leaves no warning, the old version keeps none', async () => {
    ctx = testContext();
    const batchId = (await importPages({ '1.txt': PAGE_1, '2.txt': PAGE_2 })).batchId!;
    const oldPage = listPages(ctx, batchId).find((p) => p.file === '2.txt')!;
    expect(ctx.store.names.findings(batchId)).toHaveLength(1);
    const updated = await importPages({ '2.txt': PAGE_2.replaceAll('张浩星', '张浩呈') });
    expect(updated.files[0]!.status).toBe('updated');
    expect(ctx.store.names.findings(batchId)).toEqual([]);
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

  it('a save builds the name warnings once, for the new text (not again for the row it replaced)', async () => {
    ctx = testContext();
    const batchId = (await importPages({ '1.txt': PAGE_1, '2.txt': PAGE_2 })).batchId!;
    const [, b] = listArticles(ctx, { batchId });
    const text = `${getArticle(ctx, b!.id).text}。`;
    const texts: string[] = [];
    const names = ctx.store.names;
    const warnings = names.warnings.bind(names);
    names.warnings = (id, text) => (texts.push(text), warnings(id, text));
    const saved = saveArticle(ctx, { id: b!.id, baseRevision: 1, text });
    expect(texts).toEqual([text]);
    expect(rules(saved.warnings)).toContain('name-variant');
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

describe('batch warnings in a large batch', () => {
  const page = (name: string, n: number) => `报道${n}\n本报讯 记者${name} 报道 今年第${n}次活动。`;

  it('store one finding for a name misread however many pages carry it, and name a few of their files', async () => {
    ctx = testContext();
    const pages: Record<string, string> = {};
    for (let n = 1; n <= 40; n++) pages[`${String(n).padStart(2, '0')}.txt`] = page('张浩呈', n);
    pages['41.txt'] = page('张浩星', 41);
    const batchId = (await importPages(pages)).batchId!;
    expect(ctx.store.names.findings(batchId)).toEqual([{ role: '记者', name: '张浩呈', other: '张浩星' }]);
    expect(ctx.store.batches.warnings(batchId)).toEqual([]);

    const summaries = listArticles(ctx, { batchId });
    expect(summaries.map((s) => s.warningCount)).toEqual(summaries.map((s) => getArticle(ctx, s.id).warnings.length));
    const rare = nameWarnings(summaries.at(-1)!.id);
    expect(rare.map((w) => w.severity)).toEqual(['warning']);
    expect(rare[0]!.message.zh).toContain('01.txt、02.txt、03.txt 等 40 个版面');
    expect(rare[0]!.message.en).toContain('01.txt, 02.txt, 03.txt and 37 more pages');
    const common = nameWarnings(summaries[0]!.id);
    expect(common.map((w) => [w.severity, w.message.zh.includes('41.txt')])).toEqual([['info', true]]);
  });

  it('count a common spelling up to a bound, and still name the files past it', async () => {
    ctx = testContext();
    // 510 uses on page 1 (more than are counted), 5 on page 2, one misread on page 3.
    const articles = (name: string, from: number, count: number) => Array.from({ length: count }, (_, i) => page(name, from + i)).join('\n\n');
    const batchId = (await importPages({ '1.txt': articles('张浩呈', 1, 510), '2.txt': articles('张浩呈', 511, 5), '3.txt': page('张浩星', 600) })).batchId!;
    const summaries = listArticles(ctx, { batchId });
    const [rare] = nameWarnings(summaries.at(-1)!.id);
    expect(rare!.severity).toBe('warning');
    expect(rare!.message.zh).toContain('在 1.txt、2.txt 写作“张浩呈”');
    expect(rare!.related).toEqual(summaries.slice(0, 10).map((s) => s.id));
    const [common] = nameWarnings(summaries[0]!.id);
    expect([common!.severity, common!.related]).toEqual(['info', [summaries.at(-1)!.id]]);
  });

  it('relint on a save only the spellings the edit added or removed, and tell the articles that share them', async () => {
    ctx = testContext();
    const batchId = (await importPages({ '1.txt': page('张浩呈', 1), '2.txt': page('张浩呈', 2), '3.txt': page('李明', 3), '4.txt': page('王芳', 4) })).batchId!;
    const [a, b, c, d] = listArticles(ctx, { batchId });
    expect(ctx.store.names.findings(batchId)).toEqual([]);

    // A save that leaves the names alone tells no other article.
    ctx.events.splice(0);
    saveArticle(ctx, { id: c!.id, baseRevision: 1, text: `${getArticle(ctx, c!.id).text}又一句。` });
    expect(ctx.events.filter((e) => e.name === 'article.changed').map((e) => (e.payload as { id: number }).id)).toEqual([c!.id]);

    // A misread typed into one article pairs it with both articles of the other spelling.
    ctx.events.splice(0);
    const saved = saveArticle(ctx, { id: d!.id, baseRevision: 1, text: getArticle(ctx, d!.id).text.replace('王芳', '张浩星') });
    expect(rules(saved.warnings)).toContain('name-variant');
    expect(ctx.store.names.findings(batchId)).toEqual([{ role: '记者', name: '张浩呈', other: '张浩星' }]);
    expect(new Set(ctx.events.filter((e) => e.name === 'article.changed').map((e) => (e.payload as { id: number }).id))).toEqual(new Set([a!.id, b!.id, d!.id]));
    expect(listArticles(ctx, { batchId }).map((s) => s.warningCount > 0)).toEqual([true, true, false, true]);

    // Fixed again: the finding goes, from every article.
    saveArticle(ctx, { id: d!.id, baseRevision: saved.revision, text: getArticle(ctx, d!.id).text.replace('张浩星', '张浩呈') });
    expect(ctx.store.names.findings(batchId)).toEqual([]);
    expect(listArticles(ctx, { batchId }).map((s) => s.warningCount)).toEqual([0, 0, 0, 0]);
  });
});

describe('migration 10 (name findings)', () => {
  it('reads the names of a library stored before it and replaces its per-article name warnings with findings', () => {
    const dir = tempDir();
    const path = join(dir, 'galley.db');
    try {
      const v6 = openDatabase(path, MIGRATIONS.slice(0, 6));
      const article = (id: number, page: number, text: string) =>
        `INSERT INTO articles (id, page_id, ord, kind, headline, created_at, updated_at) VALUES (${id}, ${page}, 1, 'news', '题', 't', 't');
         INSERT INTO article_texts (article_id, text, ocr_text, ocr_raw, auto_text) VALUES (${id}, '${text}', '${text}', '${text}', '${text}');`;
      const old = { rule: 'name-variant', message: { zh: '旧', en: 'old' }, excerpt: '张浩呈', range: null, severity: 'warning' };
      v6.exec(`INSERT INTO batches (id, name, created_at) VALUES (1, 'b', 't');
               INSERT INTO pages (id, batch_id, file, hash, encoding, version, text, imported_at) VALUES (1, 1, '1.txt', 'h1', 'utf-8', 1, '', 't'), (2, 1, '2.txt', 'h2', 'utf-8', 1, '', 't');
               ${article(1, 1, '本报讯 记者张浩呈 报道 甲。')}
               ${article(2, 2, '本报讯 记者张浩星 报道 乙。')}
               INSERT INTO batch_warnings (batch_id, page_id, article_id, ord, warning_json) VALUES (1, 1, 1, 1, '${JSON.stringify(old)}');`);
      v6.close();
      const store = openStore(path);
      try {
        createHandlers({ store, bus: new EventBus(), info: { version: 't', host: 'http', nativeDialogs: false, dbPath: path } });
        expect(store.batches.warnings(1)).toEqual([]);
        expect(store.names.findings(1)).toEqual([{ role: '记者', name: '张浩呈', other: '张浩星' }]);
        expect(store.articles.get(1)!.batchWarnings.map((w) => [w.rule, w.excerpt.includes('张浩呈'), w.message.zh.includes('2.txt')])).toEqual([['name-variant', true, true]]);
        expect(store.articles.summaries({}).map((s) => s.warningCount)).toEqual([1, 1]);
      } finally {
        store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
