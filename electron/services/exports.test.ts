import { afterEach, describe, expect, it } from 'vitest';
import { setStatus } from './articles';
import { countForExport, exportHistory, recordExport, selectForExport } from './exports';
import { articleIds, seedPages, testContext, type TestContext } from './testing';
import { assignTag } from './tags';

let ctx: TestContext;
afterEach(() => ctx?.dispose());

describe('export selection', () => {
  it('selects approved articles by default and filters by batch, pages, dates and sections', async () => {
    ctx = testContext();
    const b1 = await seedPages(ctx, { '1.txt': 'DATE 2021-11-22\n\n甲\n正文一。\n\n乙\n正文二。', '2.txt': '丙\n正文三。' }, 'b1');
    const b2 = await seedPages(ctx, { '3.txt': 'DATE 2021-12-01\n\n丁\n正文四。' }, 'b2');
    const [a, b, c] = articleIds(ctx.store, b1);
    const [d] = articleIds(ctx.store, b2);
    for (const id of [a, c, d]) setStatus(ctx, { id: id!, status: 'approved' });
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
