import { afterEach, describe, expect, it } from 'vitest';
import { getArticle, saveArticle, setStatus } from './articles';
import { markNoise } from './segments';
import { articleStats, articleStatsRow, batchStats, changeStats, editCounts } from './stats';
import { articleIds, seedPages, testContext, type TestContext } from './testing';

let ctx: TestContext;
afterEach(() => ctx?.dispose());

describe('change statistics', () => {
  it('splits changes into the rules’ share and the hand’s, and computes CER against approved text', async () => {
    ctx = testContext();
    const batchId = await seedPages(ctx, { 'p.txt': '甲\n第一段,内容;完。\n\n乙\n正文没有改动。' });
    const [a, b] = articleIds(ctx.store, batchId);
    const rule = getArticle(ctx, a!).edits[0]!.rule;
    expect(getArticle(ctx, a!).edits.every((e) => e.rule === rule)).toBe(true);

    expect(articleStats(ctx, a!)).toEqual({
      inserted: 0,
      deleted: 0,
      substituted: 2,
      byRule: { [rule]: { inserted: 0, deleted: 0, substituted: 2 } },
      byHand: { inserted: 0, deleted: 0, substituted: 0 },
      cer: null,
      cerIgnoringWidth: null,
      articles: 1,
      approved: 0,
    });

    // By hand: 内 → 內 (one substitution) and 完 deleted.
    saveArticle(ctx, { id: a!, baseRevision: 1, text: '第一段，內容；。' });
    const edited = articleStats(ctx, a!);
    expect(edited.byHand).toEqual({ inserted: 0, deleted: 1, substituted: 1 });
    expect(edited).toMatchObject({ inserted: 0, deleted: 1, substituted: 3 });

    setStatus(ctx, { id: a!, baseRevision: ctx.store.articles.get(a!)!.revision, status: 'approved' });
    // OCR 第一段,内容;完。 against approved 第一段，內容；。: 3 substitutions + 1 deletion over 8 characters.
    expect(articleStats(ctx, a!).cer).toBeCloseTo(4 / 8);
    // Width ignored, ,→， and ;→； are no errors: 内→內 and the deleted 完 are.
    expect(articleStats(ctx, a!).cerIgnoringWidth).toBeCloseTo(2 / 8);

    setStatus(ctx, { id: b!, baseRevision: ctx.store.articles.get(b!)!.revision, status: 'approved' });
    const batch = batchStats(ctx, batchId);
    expect(batch).toMatchObject({ articles: 2, approved: 2, substituted: 3, deleted: 1, inserted: 0 });
    // Pooled: 4 errors over 8 + 7 reference characters.
    expect(batch.cer).toBeCloseTo(4 / 15);
  });
});

describe('batch statistics kept per article', () => {
  it('sum what changeStats counts over the batch, follow edits, approvals and noise after being kept', async () => {
    ctx = testContext();
    const batchId = await seedPages(ctx, {
      'p1.txt': '甲\n第一段,内容;完。\n\n乙\n正文没有改动。',
      'p2.txt': '丙\n又一段,文字;\n接着写。\n\n丁\n最后,一篇。',
    });
    const ids = articleIds(ctx.store, batchId);
    const direct = () => changeStats(ctx.store.articles.rows({ batchId }));
    expect(batchStats(ctx, batchId)).toEqual(direct());
    expect(ctx.store.stats.missing(batchId, 10)).toEqual([]);

    const counted = articleStatsRow(ctx.store.articles.get(ids[0]!)!);
    saveArticle(ctx, { id: ids[0]!, baseRevision: 1, text: '第一段，內容；。' });
    expect(ctx.store.stats.missing(batchId, 10)).toEqual([ids[0]]);
    // Counted before the edit (in another thread, say) and written after it: not kept.
    expect(ctx.store.stats.put(counted)).toBe(false);
    expect(ctx.store.stats.missing(batchId, 10)).toEqual([ids[0]]);
    setStatus(ctx, { id: ids[0]!, baseRevision: ctx.store.articles.get(ids[0]!)!.revision, status: 'approved' });
    setStatus(ctx, { id: ids[2]!, baseRevision: ctx.store.articles.get(ids[2]!)!.revision, status: 'approved' });
    markNoise(ctx, ids[3]!);
    const kept = batchStats(ctx, batchId);
    expect(kept).toEqual(direct());
    expect(kept).toMatchObject({ articles: 3, approved: 2 });
    expect(kept.byHand).toEqual({ inserted: 0, deleted: 1, substituted: 1 });
    expect(kept.cer).toBeGreaterThan(0);
  });
});

describe('editCounts', () => {
  it('counts the differing middle of one edit', () => {
    expect(editCounts(',', '，')).toEqual({ inserted: 0, deleted: 0, substituted: 1 });
    expect(editCounts('\n', '')).toEqual({ inserted: 0, deleted: 1, substituted: 0 });
    expect(editCounts('', '和')).toEqual({ inserted: 1, deleted: 0, substituted: 0 });
    expect(editCounts('你好, 世界', '你好，世界')).toEqual({ inserted: 0, deleted: 1, substituted: 1 });
    expect(editCounts('员员', '员')).toEqual({ inserted: 0, deleted: 1, substituted: 0 });
  });
});
