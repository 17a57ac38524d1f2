import { afterEach, describe, expect, it } from 'vitest';
import type { Selection } from '../../shared/api/contract';
import type { ExportArticle } from '../../shared/export/types';
import type { ArticleRow } from '../store/repositories';
import { setStatus } from './articles';
import { countForExport, exportHistory, recordExport, selectForExport, selectionFilter } from './exports';
import { markNoise } from './segments';
import { articleIds, seedPages, testContext, type TestContext } from './testing';
import { assignTag } from './tags';

/** An export article as read from the full article rows, the way selectForExport built them before its own read. */
function fromFullRow(a: ArticleRow): ExportArticle {
  return {
    id: a.id,
    paper: a.paper,
    date: a.date,
    pageFile: a.pageFile,
    ord: a.ord,
    kind: a.kind,
    kicker: a.kicker,
    headline: a.headline,
    subtitle: a.subtitle,
    byline: a.byline,
    sections: a.sections,
    body: a.text,
    status: a.status,
    approvedAt: a.approvedAt,
    approvedBy: a.approvedBy,
  };
}

let ctx: TestContext;
afterEach(() => ctx?.dispose());

describe('export selection', () => {
  it('selects approved articles by default and filters by batch, pages, dates and sections', async () => {
    ctx = testContext();
    const b1 = await seedPages(ctx, { '1.txt': 'DATE 2021-11-22\n\n甲\n正文一。\n\n乙\n正文二。', '2.txt': '丙\n正文三。' }, 'b1');
    const b2 = await seedPages(ctx, { '3.txt': 'DATE 2021-12-01\n\n丁\n正文四。' }, 'b2');
    const [a, b, c] = articleIds(ctx.store, b1);
    const [d] = articleIds(ctx.store, b2);
    for (const id of [a, c, d]) setStatus(ctx, { id: id!, baseRevision: ctx.store.articles.get(id!)!.revision, status: 'approved' });
    assignTag(ctx, c!, '要闻');

    const ids = (sel: Parameters<typeof selectForExport>[1]) => selectForExport(ctx, sel).map((x) => x.id);
    expect(ids({})).toEqual([a, c, d]);
    expect(ids({ status: 'all' })).toEqual([a, b, c, d]);
    expect(ids({ status: 'new' })).toEqual([b]);
    expect(ids({ batchId: b1 })).toEqual([a, c]);
    expect(ids({ pageIds: [ctx.store.articles.get(c!)!.pageId] })).toEqual([c]);
    // 2.txt has no masthead: it takes the batch's date.
    expect(ids({ dateFrom: '2021-11-22', dateTo: '2021-11-30' })).toEqual([a, c]);
    expect(ids({ dateFrom: '2021-11-23' })).toEqual([d]);
    expect(ids({ sections: ['要闻'] })).toEqual([c]);
    expect(countForExport(ctx, { status: 'all' })).toBe(4);

    expect(selectForExport(ctx, { batchId: b1 })[1]).toEqual({
      id: c,
      paper: '测试报',
      date: '2021-11-22',
      pageFile: '2.txt',
      ord: 1,
      kind: 'news',
      kicker: null,
      headline: '丙',
      subtitle: null,
      byline: null,
      sections: ['要闻'],
      body: '正文三。',
      status: 'approved',
      approvedAt: '2024-05-01T08:00:00.000Z',
      approvedBy: 'anonymous',
    });
  });

  it('reads the same articles, fields and order as the full article rows for a mixed selection', async () => {
    ctx = testContext();
    const b1 = await seedPages(ctx, { '1.txt': 'DATE 2021-11-22\n\n[要闻]\n甲\n正文一。\n\n乙\n正文二。\n\n丙\n正文三。', '2.txt': '丁\n正文四。\n\n戊\n正文五。' }, 'b1');
    const b2 = await seedPages(ctx, { '3.txt': 'DATE 2021-12-01\n\n[评论]\n己\n正文六。\n\n庚\n正文七。' }, 'b2');
    const oldPage = ctx.store.pages.findCurrent(b1, '2.txt')!.id;
    const [oldFirst] = ctx.store.articles.summaries({ pageId: oldPage }).map((a) => a.id);
    setStatus(ctx, { id: oldFirst!, baseRevision: ctx.store.articles.get(oldFirst!)!.revision, status: 'approved' });
    await seedPages(ctx, { '2.txt': '丁\n正文四改。\n\n戊\n正文五。\n\n辛\n正文八。' }, 'b1');
    const newPage = ctx.store.pages.findCurrent(b1, '2.txt')!.id;

    const [jia, yi, bing, ding, wu, xin] = articleIds(ctx.store, b1);
    const [ji, geng] = articleIds(ctx.store, b2);
    for (const id of [jia, bing, wu, xin, geng]) setStatus(ctx, { id: id!, baseRevision: ctx.store.articles.get(id!)!.revision, status: 'approved' });
    ctx.advance(60_000);
    setStatus(ctx, { id: ji!, baseRevision: ctx.store.articles.get(ji!)!.revision, status: 'approved' });
    setStatus(ctx, { id: yi!, baseRevision: ctx.store.articles.get(yi!)!.revision, status: 'flagged', note: '待核' });
    assignTag(ctx, jia!, '头版');
    assignTag(ctx, ding!, '评论');
    ctx.store.articles.update(wu!, { kicker: '引题', subtitle: '副题', byline: '记者 张三' });
    markNoise(ctx, bing!);

    const selections: Selection[] = [
      {},
      { status: 'all' },
      { status: 'flagged' },
      { batchId: b1, status: 'all' },
      { pageIds: [oldPage, newPage], status: 'all' },
      { pageIds: [oldPage] },
      { sections: ['要闻', '评论'], status: 'all' },
      { dateFrom: '2021-11-23', status: 'all' },
      { dateTo: '2021-11-30' },
    ];
    for (const sel of selections) {
      const exported = selectForExport(ctx, sel);
      expect(exported.length, JSON.stringify(sel)).toBeGreaterThan(0);
      expect(exported, JSON.stringify(sel)).toEqual(ctx.store.articles.rows(selectionFilter(sel)).map(fromFullRow));
    }
    expect(selectForExport(ctx, {}).map((a) => a.id)).toEqual([jia, wu, xin, ji, geng]);
    expect(selectForExport(ctx, { status: 'all' }).find((a) => a.id === jia)!.sections).toEqual(['要闻', '头版']);
  });

  it('records exports and lists them newest first', async () => {
    ctx = testContext();
    recordExport(ctx, { format: 'csv', count: 2, path: '/tmp/a.csv', selection: { status: 'approved' } });
    ctx.advance(1000);
    recordExport(ctx, { format: 'json', count: 1, path: '/tmp/b.json', selection: { batchId: 1, status: 'all' } });
    expect(exportHistory(ctx).map((r) => [r.format, r.path, r.selection, r.createdAt])).toEqual([
      ['json', '/tmp/b.json', { batchId: 1, status: 'all' }, '2024-05-01T08:00:01.000Z'],
      ['csv', '/tmp/a.csv', { status: 'approved' }, '2024-05-01T08:00:00.000Z'],
    ]);
  });
});
