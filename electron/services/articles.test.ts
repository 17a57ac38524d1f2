import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { getArticle, listArticles, listRevisions, restoreRevision, saveArticle, setStatus } from './articles';
import { COALESCE_MS } from './revise';
import { setSettings } from './settings';
import { articleIds, seedPages, testContext, type TestContext } from './testing';

let ctx: TestContext;
afterEach(() => ctx?.dispose());

async function oneArticle(): Promise<number> {
  ctx = testContext();
  const batchId = await seedPages(ctx, { 'a.txt': '标题\n第一段,内容。\n第二段内容。' });
  return articleIds(ctx.store, batchId)[0]!;
}

function apiError(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error('expected an ApiError');
}

describe('saving', () => {
  it('records every save as a revision under the reviewer and moves new → editing', async () => {
    const id = await oneArticle();
    setSettings(ctx.store, { reviewer: '王校对' });
    const saved = saveArticle(ctx, { id, baseRevision: 1, text: '第一段，内容改。\n第二段内容。' });
    expect(saved).toMatchObject({ id, revision: 2, status: 'editing', savedAt: '2024-05-01T08:00:00.000Z' });
    expect(listRevisions(ctx, id).map((r) => [r.seq, r.author, r.origin])).toEqual([
      [1, 'Galley', 'import'],
      [2, '王校对', 'edit'],
    ]);
    const detail = getArticle(ctx, id);
    expect(detail).toMatchObject({ text: '第一段，内容改。\n第二段内容。', autoText: '第一段，内容。\n第二段内容。', ocrText: '第一段,内容。\n第二段内容。', revision: 2 });
    expect(ctx.events.filter((e) => e.name === 'article.changed').map((e) => e.payload)).toEqual([{ id, revision: 2, status: 'editing', warningCount: detail.warnings.length }]);
  });

  it('refuses a stale base revision with a conflict and keeps the newer text', async () => {
    const id = await oneArticle();
    saveArticle(ctx, { id, baseRevision: 1, text: '甲' });
    const err = apiError(() => saveArticle(ctx, { id, baseRevision: 1, text: '乙' }));
    expect(err.code).toBe('conflict');
    expect(err.details).toEqual({ revision: 2 });
    expect(getArticle(ctx, id).text).toBe('甲');
  });

  it('coalesces rapid autosaves into one revision whose number still moves on', async () => {
    const id = await oneArticle();
    const r2 = saveArticle(ctx, { id, baseRevision: 1, text: '一' });
    ctx.advance(1000);
    const r3 = saveArticle(ctx, { id, baseRevision: r2.revision, text: '一二' });
    ctx.advance(COALESCE_MS - 1500);
    const r4 = saveArticle(ctx, { id, baseRevision: r3.revision, text: '一二三' });
    expect([r2.revision, r3.revision, r4.revision]).toEqual([2, 3, 4]);
    expect(listRevisions(ctx, id).map((r) => [r.seq, r.text])).toEqual([
      [1, '第一段，内容。\n第二段内容。'],
      [4, '一二三'],
    ]);
    // A client still holding revision 3 must not overwrite revision 4.
    expect(apiError(() => saveArticle(ctx, { id, baseRevision: 3, text: 'x' })).code).toBe('conflict');
    // Past the window (counted from the revision's creation) a new revision starts.
    ctx.advance(1000);
    saveArticle(ctx, { id, baseRevision: 4, text: '一二三四' });
    expect(listRevisions(ctx, id).map((r) => r.seq)).toEqual([1, 4, 5]);
  });

  it('does not coalesce saves by different reviewers', async () => {
    const id = await oneArticle();
    setSettings(ctx.store, { reviewer: '甲' });
    saveArticle(ctx, { id, baseRevision: 1, text: 'a' });
    setSettings(ctx.store, { reviewer: '乙' });
    saveArticle(ctx, { id, baseRevision: 2, text: 'b' });
    expect(listRevisions(ctx, id).map((r) => r.author)).toEqual(['Galley', '甲', '乙']);
  });

  it('adds no revision for a save that changes nothing, and saves heading fields', async () => {
    const id = await oneArticle();
    const same = saveArticle(ctx, { id, baseRevision: 1, text: getArticle(ctx, id).text });
    expect(same.revision).toBe(1);
    expect(listRevisions(ctx, id)).toHaveLength(1);
    const fields = saveArticle(ctx, { id, baseRevision: 1, text: getArticle(ctx, id).text, fields: { headline: '新标题', kicker: '引题' } });
    expect(fields.revision).toBe(2);
    expect(getArticle(ctx, id)).toMatchObject({ headline: '新标题', kicker: '引题' });
  });

  it('normalises CRLF from clients and lints the new text', async () => {
    const id = await oneArticle();
    const saved = saveArticle(ctx, { id, baseRevision: 1, text: '他说：“好。\r\n第二段。' });
    expect(getArticle(ctx, id).text).toBe('他说：“好。\n第二段。');
    expect(saved.warnings.map((w) => w.rule)).toContain('unbalanced-quote');
    expect(getArticle(ctx, id).warnings).toEqual(saved.warnings);
    expect(listArticles(ctx, { batchId: getArticle(ctx, id).batchId })[0]!.warningCount).toBe(saved.warnings.length);
  });

  it('answers not-found for a missing article', async () => {
    await oneArticle();
    expect(apiError(() => saveArticle(ctx, { id: 999, baseRevision: 1, text: 'x' })).code).toBe('not-found');
    expect(apiError(() => getArticle(ctx, 999)).code).toBe('not-found');
  });
});

describe('restoring', () => {
  it('restores any revision as a new revision', async () => {
    const id = await oneArticle();
    saveArticle(ctx, { id, baseRevision: 1, text: '改过' });
    const [first] = listRevisions(ctx, id);
    ctx.advance(10_000);
    const restored = restoreRevision(ctx, { id, revisionId: first!.id, baseRevision: 2 });
    expect(restored.revision).toBe(3);
    expect(getArticle(ctx, id).text).toBe(first!.text);
    expect(listRevisions(ctx, id).map((r) => r.origin)).toEqual(['import', 'edit', 'restore']);
  });

  it('refuses another article’s revision and a stale base', async () => {
    ctx = testContext();
    const batchId = await seedPages(ctx, { 'a.txt': '甲\n正文一。\n\n乙\n正文二。' });
    const [a, b] = articleIds(ctx.store, batchId);
    const revOfB = listRevisions(ctx, b!)[0]!;
    expect(apiError(() => restoreRevision(ctx, { id: a!, revisionId: revOfB.id, baseRevision: 1 })).code).toBe('not-found');
    saveArticle(ctx, { id: a!, baseRevision: 1, text: 'x' });
    const revOfA = listRevisions(ctx, a!)[0]!;
    expect(apiError(() => restoreRevision(ctx, { id: a!, revisionId: revOfA.id, baseRevision: 1 })).code).toBe('conflict');
  });
});

describe('status', () => {
  it('approves with time and reviewer, flags with a note from any state, and an edit revokes approval', async () => {
    const id = await oneArticle();
    setSettings(ctx.store, { reviewer: '李审' });
    ctx.advance(60_000);
    expect(setStatus(ctx, { id, baseRevision: ctx.store.articles.get(id)!.revision, status: 'approved' })).toMatchObject({ status: 'approved' });
    expect(getArticle(ctx, id)).toMatchObject({ approvedAt: '2024-05-01T08:01:00.000Z', approvedBy: '李审', flagNote: null });

    setStatus(ctx, { id, baseRevision: ctx.store.articles.get(id)!.revision, status: 'flagged', note: '人名存疑' });
    expect(getArticle(ctx, id)).toMatchObject({ status: 'flagged', flagNote: '人名存疑', approvedAt: null, approvedBy: null });
    // A save keeps the flag and its note.
    saveArticle(ctx, { id, baseRevision: 1, text: '改' });
    expect(getArticle(ctx, id)).toMatchObject({ status: 'flagged', flagNote: '人名存疑' });

    setStatus(ctx, { id, baseRevision: ctx.store.articles.get(id)!.revision, status: 'approved' });
    saveArticle(ctx, { id, baseRevision: 2, text: '再改' });
    expect(getArticle(ctx, id)).toMatchObject({ status: 'editing', approvedAt: null, approvedBy: null, flagNote: null });
  });

  it('refuses a status change made on a revision that is no longer the newest', async () => {
    const id = await oneArticle();
    saveArticle(ctx, { id, baseRevision: 1, text: '别处的改动' });
    expect(apiError(() => setStatus(ctx, { id, baseRevision: 1, status: 'approved' })).code).toBe('conflict');
    expect(getArticle(ctx, id)).toMatchObject({ status: 'editing', approvedAt: null });
    expect(setStatus(ctx, { id, baseRevision: 2, status: 'approved' }).status).toBe('approved');
  });

  it('records approvals without a reviewer name as anonymous', async () => {
    const id = await oneArticle();
    setStatus(ctx, { id, baseRevision: ctx.store.articles.get(id)!.revision, status: 'approved' });
    expect(getArticle(ctx, id).approvedBy).toBe('anonymous');
  });

  it('filters the list by status, section and text', async () => {
    ctx = testContext();
    const batchId = await seedPages(ctx, { 'a.txt': '[产改进行时]\n甲新闻\n正文一二三。\n\n乙新闻\n正文四五六。' });
    const [a, b] = articleIds(ctx.store, batchId);
    setStatus(ctx, { id: b!, baseRevision: ctx.store.articles.get(b!)!.revision, status: 'approved' });
    expect(listArticles(ctx, { status: 'approved' }).map((x) => x.id)).toEqual([b]);
    expect(listArticles(ctx, { section: '产改进行时' }).map((x) => x.id)).toEqual([a]);
    expect(listArticles(ctx, { q: '四五六' }).map((x) => x.id)).toEqual([b]);
    expect(listArticles(ctx, { q: '乙' }).map((x) => x.id)).toEqual([b]);
    expect(listArticles(ctx, { batchId, limit: 1, offset: 1 }).map((x) => x.id)).toEqual([b]);
  });
});
