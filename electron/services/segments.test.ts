import { afterEach, describe, expect, it } from 'vitest';
import { applyEdits } from '../../shared/clean';
import { getArticle, listRevisions, restoreRevision, saveArticle, setStatus } from './articles';
import { listSteps, undoStep } from './segment-history';
import { listNoise, markNoise, mergeWithNext, moveParagraph, restoreNoise, splitArticle } from './segments';
import { articleIds, errorCode as code, seedPages, testContext, type TestContext } from './testing';

let ctx: TestContext;
afterEach(() => ctx?.dispose());

// Two stories the parser ran together: the second's headline became a body line.
const PAGE = [
  '[产改进行时]',
  '甲新闻',
  '第一段,甲的内容。',
  '第二段甲的内容。',
  '乙新闻标题',
  '乙的第一段,内容。',
  '乙的第二段内容。',
  '',
  '丙新闻',
  '丙的正文,只有一段。',
].join('\n');

async function seed(): Promise<number[]> {
  ctx = testContext();
  return articleIds(ctx.store, await seedPages(ctx, { 'p.txt': PAGE }));
}

function consistent(id: number): void {
  const a = getArticle(ctx, id);
  expect(applyEdits(a.ocrText, a.edits)).toBe(a.autoText);
}

describe('split', () => {
  it('splits at a paragraph, takes a heading-like first line as the new headline, and keeps OCR and edits with their text', async () => {
    const [a, c] = await seed();
    const { ids } = splitArticle(ctx, a!, 2);
    expect(ids[0]).toBe(a);
    const first = getArticle(ctx, a!);
    const second = getArticle(ctx, ids[1]);
    expect(first).toMatchObject({ text: '第一段，甲的内容。\n第二段甲的内容。', ocrText: '第一段,甲的内容。\n第二段甲的内容。', revision: 2 });
    expect(second).toMatchObject({
      headline: '乙新闻标题',
      text: '乙的第一段，内容。\n乙的第二段内容。',
      ocrText: '乙的第一段,内容。\n乙的第二段内容。',
      autoText: '乙的第一段，内容。\n乙的第二段内容。',
      sections: ['产改进行时'],
      status: 'new',
      revision: 1,
      ord: 2,
    });
    expect(second.ocrRaw.startsWith('乙新闻标题')).toBe(true);
    expect(first.ocrRaw).not.toContain('乙新闻标题');
    consistent(a!);
    consistent(ids[1]);
    expect(getArticle(ctx, c!).ord).toBe(3);
    expect(listRevisions(ctx, a!).map((r) => r.origin)).toEqual(['import', 'segment']);
    expect(listRevisions(ctx, ids[1]).map((r) => r.origin)).toEqual(['segment']);
  });

  it('keeps hand edits on the side they were made', async () => {
    const [a] = await seed();
    const text = getArticle(ctx, a!).text.replace('第二段甲', '第二段（改）甲').replace('乙的第二段', '乙的第贰段');
    saveArticle(ctx, { id: a!, baseRevision: 1, text });
    const { ids } = splitArticle(ctx, a!, 2);
    expect(getArticle(ctx, a!).text).toBe('第一段，甲的内容。\n第二段（改）甲的内容。');
    expect(getArticle(ctx, ids[1]).text).toBe('乙的第一段，内容。\n乙的第贰段内容。');
    expect(getArticle(ctx, ids[1]).status).toBe('editing');
  });

  it('refuses a split past the last paragraph', async () => {
    const [a] = await seed();
    expect(code(() => splitArticle(ctx, a!, 5))).toBe('invalid-request');
  });
});

describe('merge', () => {
  it('merges with the next article on the page, which leaves the lists', async () => {
    const [a, c] = await seed();
    setStatus(ctx, { id: a!, baseRevision: ctx.store.articles.get(a!)!.revision, status: 'approved' });
    mergeWithNext(ctx, a!);
    const merged = getArticle(ctx, a!);
    // The second article's headline stays, as a subhead line before its body.
    expect(merged.text).toBe('第一段，甲的内容。\n第二段甲的内容。\n乙新闻标题\n乙的第一段，内容。\n乙的第二段内容。\n丙新闻\n丙的正文，只有一段。');
    expect(merged.subheads).toContain('丙新闻');
    expect(merged.status).toBe('editing');
    consistent(a!);
    expect(articleIds(ctx.store, merged.batchId)).toEqual([a]);
    expect(code(() => saveArticle(ctx, { id: c!, baseRevision: 1, text: 'x' }))).toBe('refused');
    expect(code(() => mergeWithNext(ctx, a!))).toBe('refused');
  });

  it('split then merge gives the text back', async () => {
    const [a] = await seed();
    const before = getArticle(ctx, a!);
    splitArticle(ctx, a!, 1);
    mergeWithNext(ctx, a!);
    const after = getArticle(ctx, a!);
    expect(after.text.replace('\n乙新闻标题', '')).toBe(before.text.replace('\n乙新闻标题', ''));
    consistent(a!);
  });
});

describe('move paragraph', () => {
  it('moves a paragraph (and its OCR) to the start or end of another article', async () => {
    const [a, c] = await seed();
    moveParagraph(ctx, { id: a!, paragraph: 4, targetId: c!, position: 'start' });
    expect(getArticle(ctx, a!).text).toBe('第一段，甲的内容。\n第二段甲的内容。\n乙新闻标题\n乙的第一段，内容。');
    expect(getArticle(ctx, c!)).toMatchObject({ text: '乙的第二段内容。\n丙的正文，只有一段。', ocrText: '乙的第二段内容。\n丙的正文,只有一段。' });
    moveParagraph(ctx, { id: a!, paragraph: 0, targetId: c!, position: 'end' });
    expect(getArticle(ctx, c!).text).toBe('乙的第二段内容。\n丙的正文，只有一段。\n第一段，甲的内容。');
    consistent(a!);
    consistent(c!);
    expect(listRevisions(ctx, c!).map((r) => r.origin)).toEqual(['import', 'segment', 'segment']);
  });

  it('refuses moving into the same article or past the end', async () => {
    const [a, c] = await seed();
    expect(code(() => moveParagraph(ctx, { id: a!, paragraph: 0, targetId: a!, position: 'end' }))).toBe('invalid-request');
    expect(code(() => moveParagraph(ctx, { id: c!, paragraph: 1, targetId: a!, position: 'end' }))).toBe('invalid-request');
  });
});

describe('noise', () => {
  it('marks an article as noise, lists it, and restores it', async () => {
    const [a, c] = await seed();
    const batchId = getArticle(ctx, a!).batchId;
    markNoise(ctx, c!);
    expect(articleIds(ctx.store, batchId)).toEqual([a]);
    expect(listNoise(ctx, batchId)).toEqual([{ articleId: c, pageId: getArticle(ctx, c!).pageId, pageFile: 'p.txt', text: '丙新闻\n丙的正文，只有一段。', reason: 'marked' }]);
    expect(code(() => splitArticle(ctx, c!, 1))).toBe('refused');
    restoreNoise(ctx, c!);
    expect(articleIds(ctx.store, batchId)).toEqual([a, c]);
    expect(listNoise(ctx, batchId)).toEqual([]);
    expect(code(() => restoreNoise(ctx, c!))).toBe('refused');
  });
});

describe('undo', () => {
  it('undoes merge, split, move and noise, newest first, back to the articles as they were', async () => {
    const [a, c] = await seed();
    const pageId = getArticle(ctx, a!).pageId;
    const batchId = getArticle(ctx, a!).batchId;
    ctx.store.transaction(() => ctx.store.articles.update(c!, { byline: '记者 丙' }));
    setStatus(ctx, { id: c!, baseRevision: 1, status: 'approved' });
    const original = [getArticle(ctx, a!), getArticle(ctx, c!)];
    const { ids } = splitArticle(ctx, a!, 2);
    mergeWithNext(ctx, ids[1]);
    moveParagraph(ctx, { id: a!, paragraph: 0, targetId: ids[1], position: 'end' });
    markNoise(ctx, ids[1]);
    expect(listSteps(ctx, pageId).map((s) => [s.op, s.undoable])).toEqual([['noise', true], ['move', false], ['merge', false], ['split', false]]);

    expect(undoStep(ctx, pageId).step.op).toBe('noise');
    expect(undoStep(ctx, pageId).step.op).toBe('move');
    const merged = getArticle(ctx, ids[1]);
    expect(merged.text).toContain('丙新闻');
    expect(merged.text).toContain('记者 丙');
    expect(undoStep(ctx, pageId).step.op).toBe('merge');
    expect(getArticle(ctx, c!)).toMatchObject({ text: original[1]!.text, headline: '丙新闻', byline: '记者 丙', status: 'approved' });
    expect(undoStep(ctx, pageId).step.op).toBe('split');
    expect(articleIds(ctx.store, batchId)).toEqual([a, c]);
    expect(getArticle(ctx, a!)).toMatchObject({ text: original[0]!.text, ocrText: original[0]!.ocrText, headline: original[0]!.headline });
    consistent(a!);
    // The texts came back as new revisions: the history before them is kept.
    expect(listRevisions(ctx, a!).map((r) => r.origin)).toEqual(['import', 'segment', 'segment', 'segment', 'segment']);
    expect(code(() => undoStep(ctx, pageId))).toBe('refused');
    expect(listSteps(ctx, pageId).every((s) => s.undone)).toBe(true);
  });

  it('refuses to undo a step once an article it touched was edited since', async () => {
    const [a] = await seed();
    const pageId = getArticle(ctx, a!).pageId;
    mergeWithNext(ctx, a!);
    const merged = getArticle(ctx, a!);
    saveArticle(ctx, { id: a!, baseRevision: merged.revision, text: `${merged.text}\n补一段。` });
    expect(code(() => undoStep(ctx, pageId))).toBe('conflict');
    expect(getArticle(ctx, a!).text).toContain('补一段。');
  });
});

describe('restore across segmentation', () => {
  it('restoring a revision from before a merge sets the merged-in article apart again instead of dropping its text', async () => {
    const [a, c] = await seed();
    const batchId = getArticle(ctx, a!).batchId;
    const [first] = listRevisions(ctx, a!);
    ctx.advance(1000);
    mergeWithNext(ctx, a!);
    const merged = getArticle(ctx, a!);
    const restored = restoreRevision(ctx, { id: a!, revisionId: first!.id, baseRevision: merged.revision });
    expect(restored.kept).toEqual([c]);
    expect(articleIds(ctx.store, batchId)).toEqual([a, c]);
    expect(getArticle(ctx, c!).text).toBe('丙的正文，只有一段。');
  });

  it('a paragraph moved in and held nowhere else is kept as a new article', async () => {
    const [a, c] = await seed();
    const batchId = getArticle(ctx, a!).batchId;
    const [first] = listRevisions(ctx, c!);
    ctx.advance(1000);
    moveParagraph(ctx, { id: a!, paragraph: 0, targetId: c!, position: 'end' });
    const grown = getArticle(ctx, c!);
    const restored = restoreRevision(ctx, { id: c!, revisionId: first!.id, baseRevision: grown.revision });
    expect(restored.kept).toHaveLength(1);
    expect(getArticle(ctx, restored.kept[0]!).text).toBe('第一段，甲的内容。');
    expect(articleIds(ctx.store, batchId)).toEqual([a, c, restored.kept[0]]);
  });
});
