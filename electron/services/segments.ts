// Segmentation fixes: split an article at a paragraph, merge it with the next, move a paragraph to another
// article, set an article apart as noise and take it back. Each text change is a revision (origin 'segment').
//
// The OCR side (ocrText, edits, autoText) moves with the paragraphs (see segment-text.ts). ocrRaw, the raw page
// slice, is cut where the second part's first OCR line starts when that line is found in it, joined on merge,
// and left as it was when a single paragraph moves. Each change relints the batch: articles appear, go or trade
// bylines, and batch warnings name articles by their place on the page. Each operation is a step of the page's
// segmentation history (segment-history.ts), so it can be undone.
import type { NoiseItem } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { ArticleRow } from '../store/repositories';
import { refreshBatchWarnings } from './batch-warnings';
import type { ServiceContext } from './context';
import { learnFromMarkedNoise } from './profiles';
import { recordStep, snapshot } from './segment-history';
import { emitChanged, lintArticle, requireArticle, reviseArticle } from './revise';
import { autoTextOf, joinSegments, lineCount, type Segment, splitSegment } from './segment-text';
import { reviewerName } from './settings';

/** A first line this short, not ending a sentence, is taken for the new article's headline. */
const MAX_HEADLINE_CHARS = 40;
const SENTENCE_END = /[。！？!?;；:：,，、…”"')）]$/u;

const segmentOf = (a: ArticleRow): Segment => ({ ocr: a.ocrText, edits: a.edits, text: a.text });

function ocrSide(s: Segment, ocrRaw: string) {
  return { ocrRaw, ocrText: s.ocr, edits: s.edits, autoText: autoTextOf(s) };
}

function isHeadingLike(line: string): boolean {
  const n = [...line.trim()].length;
  return n >= 2 && n <= MAX_HEADLINE_CHARS && !SENTENCE_END.test(line.trim());
}

/** Cuts the raw slice where `second` (the second part's OCR) starts; null when it cannot be found. */
function cutRaw(raw: string, first: string, second: string): [string, string] | null {
  const firstLine = second.split('\n').find((l) => l.trim() !== '');
  if (!firstLine) return null;
  const lastOfFirst = first.split('\n').filter((l) => l.trim() !== '').pop();
  const from = lastOfFirst ? raw.indexOf(lastOfFirst) + lastOfFirst.length : 0;
  const at = raw.indexOf(firstLine, Math.max(from, 0));
  if (at <= 0) return null;
  const lineStart = raw.lastIndexOf('\n', at - 1) + 1;
  return [raw.slice(0, lineStart).trimEnd(), raw.slice(lineStart)];
}

function requireLiveOnPage(a: ArticleRow): void {
  if (a.removed === 'noise') throw new ApiError('refused', `文章 ${a.id} 已标为噪声,请先恢复 / Article ${a.id} is marked as noise; restore it first`);
}

export function splitArticle(ctx: ServiceContext, id: number, paragraph: number): { ids: [number, number] } {
  const { store } = ctx;
  const relinted = new Set<number>();
  const ids = store.transaction((): [number, number] => {
    const a = requireArticle(ctx, id);
    requireLiveOnPage(a);
    const lines = lineCount(a.text);
    if (paragraph >= lines) {
      throw new ApiError('invalid-request', `文章 ${id} 只有 ${lines} 段,无法在第 ${paragraph} 段前拆分 / Article ${id} has ${lines} paragraphs; cannot split before ${paragraph}`);
    }
    const [first, rest] = splitSegment(segmentOf(a), paragraph);
    // A heading-like first line of a tail that goes on becomes the new article's headline, as the parser would have it.
    const restLines = rest.text.split('\n');
    const [heading, second] = restLines.length > 1 && isHeadingLike(restLines[0]!) ? splitSegment(rest, 1) : [null, rest];
    const raw = cutRaw(a.ocrRaw, first.ocr, heading ? heading.ocr : second.ocr) ?? [a.ocrRaw, second.ocr];
    const before = [snapshot(a)];

    reviseArticle(ctx, a, {
      text: first.text,
      origin: 'segment',
      fields: { subheads: a.subheads.filter((h) => first.text.split('\n').includes(h)) },
      ocr: ocrSide(first, raw[0]),
    }, relinted);
    const now = ctx.now().toISOString();
    const newId = store.articles.insert({
      pageId: a.pageId,
      ord: a.ord,
      kind: 'news',
      kicker: null,
      headline: heading ? heading.text : '',
      subtitle: null,
      byline: null,
      subheads: a.subheads.filter((h) => second.text.split('\n').includes(h)),
      ocrRaw: raw[1],
      ocrText: second.ocr,
      autoText: autoTextOf(second),
      edits: second.edits,
      text: second.text,
      warnings: lintArticle(second.text, autoTextOf(second), second.edits),
      createdAt: now,
      updatedAt: now,
    });
    // Untouched by hand, the new piece is still to be read; with hand edits carried over, work on it has begun.
    if (second.text !== autoTextOf(second)) store.articles.update(newId, { status: 'editing' });
    store.revisions.insert({ articleId: newId, seq: 1, author: reviewerName(store), createdAt: now, text: second.text, origin: 'segment' });
    for (const name of a.sections) store.tags.assign(newId, store.tags.idByName(name)!);
    const order = store.articles.onPage(a.pageId).map((x) => x.id).filter((x) => x !== newId);
    order.splice(order.indexOf(a.id) + 1, 0, newId);
    store.articles.reorder(order);
    for (const changed of refreshBatchWarnings(ctx, a.batchId)) relinted.add(changed);
    recordStep(ctx, 'split', before, [newId]);
    return [a.id, newId];
  });
  emitChanged(ctx, ids, relinted);
  return { ids };
}

/**
 * The merged-in article's heading as lines of the joined text, so nothing of it is lost: kicker, headline and
 * subtitle as one subhead line, the byline on its own line unless the body already starts with it.
 */
function headingLines(next: ArticleRow): string[] {
  const head = [next.kicker, next.headline, next.subtitle].filter((f): f is string => !!f && f.trim() !== '').join(' ');
  const firstLine = next.text.split('\n')[0]?.trim() ?? '';
  const byline = next.byline && next.byline.trim() !== '' && !firstLine.startsWith(next.byline.trim()) ? next.byline.trim() : '';
  return [head, byline].filter((l) => l !== '');
}

export function mergeWithNext(ctx: ServiceContext, id: number): { id: number } {
  const { store } = ctx;
  const relinted = new Set<number>();
  const nextId = store.transaction(() => {
    const a = requireArticle(ctx, id);
    requireLiveOnPage(a);
    const onPage = store.articles.onPage(a.pageId).filter((x) => x.removed === null);
    const nextRecord = onPage[onPage.findIndex((x) => x.id === a.id) + 1];
    if (!nextRecord) throw new ApiError('refused', `文章 ${id} 是本版最后一篇,没有可合并的下一篇 / Article ${id} is the last on its page; nothing to merge with`);
    const next = store.articles.get(nextRecord.id)!;
    const before = [snapshot(a), snapshot(next)];
    const heading = headingLines(next);
    const joined = joinSegments(joinSegments(segmentOf(a), { ocr: heading.join('\n'), edits: [], text: heading.join('\n') }), segmentOf(next));
    reviseArticle(ctx, a, {
      text: joined.text,
      origin: 'segment',
      fields: { subheads: [...a.subheads, ...heading.slice(0, next.headline || next.kicker || next.subtitle ? 1 : 0), ...next.subheads] },
      ocr: ocrSide(joined, `${a.ocrRaw}\n${next.ocrRaw}`),
    }, relinted);
    for (const name of next.sections) store.tags.assign(a.id, store.tags.idByName(name)!);
    store.articles.update(next.id, { removed: 'merged', updatedAt: ctx.now().toISOString() });
    for (const changed of refreshBatchWarnings(ctx, a.batchId)) relinted.add(changed);
    recordStep(ctx, 'merge', before);
    return next.id;
  });
  emitChanged(ctx, [id, nextId], relinted);
  return { id };
}

export function moveParagraph(ctx: ServiceContext, req: { id: number; paragraph: number; targetId: number; position: 'start' | 'end' }): { ids: [number, number] } {
  if (req.id === req.targetId) throw new ApiError('invalid-request', '不能把段落移到同一篇文章 / Source and target are the same article');
  const relinted = new Set<number>();
  const ids = ctx.store.transaction((): [number, number] => {
    const source = requireArticle(ctx, req.id);
    const target = requireArticle(ctx, req.targetId);
    requireLiveOnPage(source);
    requireLiveOnPage(target);
    const lines = lineCount(source.text);
    if (req.paragraph >= lines) {
      throw new ApiError('invalid-request', `文章 ${source.id} 只有 ${lines} 段 / Article ${source.id} has ${lines} paragraphs`);
    }
    const snapshots = [snapshot(source), snapshot(target)];
    const [before, rest] = splitSegment(segmentOf(source), req.paragraph);
    const [moved, after] = splitSegment(rest, 1);
    const left = joinSegments(before, after);
    const grown = req.position === 'start' ? joinSegments(moved, segmentOf(target)) : joinSegments(segmentOf(target), moved);
    reviseArticle(ctx, source, { text: left.text, origin: 'segment', ocr: ocrSide(left, source.ocrRaw) }, relinted);
    reviseArticle(ctx, target, { text: grown.text, origin: 'segment', ocr: ocrSide(grown, target.ocrRaw) }, relinted);
    for (const batchId of new Set([source.batchId, target.batchId])) for (const changed of refreshBatchWarnings(ctx, batchId)) relinted.add(changed);
    recordStep(ctx, 'move', snapshots);
    return [source.id, target.id];
  });
  emitChanged(ctx, ids, relinted);
  return { ids };
}

export function markNoise(ctx: ServiceContext, id: number): { id: number } {
  const relinted = ctx.store.transaction(() => {
    const a = requireArticle(ctx, id);
    if (a.removed !== 'noise') {
      ctx.store.articles.update(id, { removed: 'noise', updatedAt: ctx.now().toISOString() });
      recordStep(ctx, 'noise', [snapshot(a)]);
      learnFromMarkedNoise(ctx, a);
    }
    return refreshBatchWarnings(ctx, a.batchId);
  });
  emitChanged(ctx, [id], relinted);
  return { id };
}

export function restoreNoise(ctx: ServiceContext, id: number): { id: number } {
  const relinted = ctx.store.transaction(() => {
    const a = requireArticle(ctx, id);
    if (a.removed !== 'noise') throw new ApiError('refused', `文章 ${id} 没有标为噪声 / Article ${id} is not marked as noise`);
    ctx.store.articles.update(id, { removed: null, updatedAt: ctx.now().toISOString() });
    return refreshBatchWarnings(ctx, a.batchId);
  });
  emitChanged(ctx, [id], relinted);
  return { id };
}

/** The parser's noise blocks of the batch's current pages, then the articles people marked as noise, by page. */
export function listNoise(ctx: ServiceContext, batchId: number): NoiseItem[] {
  if (!ctx.store.batches.get(batchId)) throw new ApiError('not-found', `批次 ${batchId} 不存在 / Batch ${batchId} not found`);
  const parsed: NoiseItem[] = ctx.store.pages
    .current(batchId)
    .flatMap((p) => p.noise.map((n) => ({ articleId: null, pageId: p.id, pageFile: p.file, text: n.text, reason: n.reason })));
  const marked: NoiseItem[] = ctx.store.articles.rows({ batchId, removed: 'noise' }).map((a) => ({
    articleId: a.id,
    pageId: a.pageId,
    pageFile: a.pageFile,
    text: [a.headline, a.text].filter((t) => t !== '').join('\n'),
    reason: 'marked',
  }));
  return [...parsed, ...marked].sort((x, y) => x.pageFile.localeCompare(y.pageFile, 'zh-CN', { numeric: true }));
}
