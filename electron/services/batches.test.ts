import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { setStatus } from './articles';
import { deleteBatch, listBatches } from './batches';
import { drainSearchIndex } from './search-indexer';
import { articleIds, errorCode as code, seedPages, testContext, type TestContext } from './testing';

let ctx: TestContext;
afterEach(() => ctx?.dispose());

const PAGE_A = '甲标题\n甲篇正文写在这里。\n\n乙标题\n乙篇正文写在这里。';
const PAGE_B = '丙标题\n丙篇正文写在这里。';

/** Rows of a table (or an index's rowids) for these article ids, read beside the store. */
function rowsFor(path: string, table: string, column: string, ids: number[]): number {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ${column} IN (${ids.join(',')})`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('deleteBatch', () => {
  it('deletes the batch with its pages, articles and index entries, and only for the counts confirmed', async () => {
    ctx = testContext();
    const doomed = await seedPages(ctx, { 'a1.txt': PAGE_A, 'a2.txt': PAGE_B }, '废弃批次');
    const kept = await seedPages(ctx, { 'b1.txt': '丁标题\n丁篇正文写在这里。' }, '保留批次');
    const ids = articleIds(ctx.store, doomed);
    setStatus(ctx, { id: ids[0]!, status: 'approved', baseRevision: 1 });
    ctx.store.profiles.put({ key: `batch:${doomed}`, paper: null, rules: [] }, ctx.now().toISOString());
    drainSearchIndex(ctx.store);
    const path = ctx.store.path;
    expect(rowsFor(path, 'article_search', 'rowid', ids)).toBe(3);

    // The person was shown 3 articles and no approved one: another window approved one since.
    expect(code(() => deleteBatch(ctx, { id: doomed, articles: 3, approved: 0 }))).toBe('conflict');
    expect(code(() => deleteBatch(ctx, { id: doomed, articles: 2, approved: 1 }))).toBe('conflict');
    expect(listBatches(ctx).map((b) => b.name).sort()).toEqual(['保留批次', '废弃批次']);

    expect(deleteBatch(ctx, { id: doomed, articles: 3, approved: 1 })).toEqual({ pages: 2, articles: 3 });
    expect(listBatches(ctx).map((b) => b.id)).toEqual([kept]);
    expect(ctx.store.batches.get(doomed)).toBeNull();
    expect(ctx.store.profiles.get(`batch:${doomed}`)).toBeNull();
    for (const [table, column] of [['articles', 'id'], ['article_texts', 'article_id'], ['revisions', 'article_id'], ['article_search', 'rowid'], ['article_bigrams', 'rowid']] as const) {
      expect(rowsFor(path, table, column, ids), table).toBe(0);
    }
    expect(articleIds(ctx.store, kept)).toHaveLength(1);
    expect(code(() => deleteBatch(ctx, { id: doomed, articles: 0, approved: 0 }))).toBe('not-found');
    expect(ctx.store.integrityCheck()).toBe('ok');
  });
});
