// A correction's error series across the batch, previewed and applied at the places the proofreader chooses,
// and suspicions dismissed.
import type { ApiParsedRequest, ReplaceResult, SeriesPlace } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { matchesAt, suspicionKey } from '../../shared/corrections/series';
import type { Suspicion } from '../../shared/model/types';
import type { ServiceContext } from './context';
import { articleSuspicions, placesInBatch } from './corrections';
import { emitChanged, requireArticle, reviseArticle } from './revise';

/** Characters of context shown each side of a series place. */
const PLACE_CONTEXT = 12;

function requireBatch(ctx: ServiceContext, batchId: number): void {
  if (!ctx.store.batches.get(batchId)) throw new ApiError('not-found', `批次 ${batchId} 不存在 / Batch ${batchId} not found`);
}

export function seriesPlaces(ctx: ServiceContext, req: ApiParsedRequest<'suspicions.series'>): SeriesPlace[] {
  requireBatch(ctx, req.batchId);
  const places = placesInBatch(ctx, req.batchId, req.correction);
  if (places.length === 0) return [];
  const rows = new Map(ctx.store.articles.rows({ batchId: req.batchId, ids: [...new Set(places.map((p) => p.article.id))] }).map((a) => [a.id, a]));
  return places.map(({ article, start, end }) => {
    const row = rows.get(article.id)!;
    const text = article.text;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const lineEndAt = text.indexOf('\n', end);
    const lineEnd = lineEndAt === -1 ? text.length : lineEndAt;
    return {
      articleId: article.id,
      headline: row.headline,
      pageFile: row.pageFile,
      start,
      end,
      before: text.slice(Math.max(lineStart, start - PLACE_CONTEXT), start),
      after: text.slice(end, Math.min(lineEnd, end + PLACE_CONTEXT)),
    };
  });
}

/**
 * Applies the correction at exactly the chosen places, one revision per article, recorded as hand edits made by
 * suggestion. A place that no longer holds the misreading (the text changed since the preview) refuses the whole
 * request, so nothing is half applied.
 */
export function acceptSeries(ctx: ServiceContext, req: ApiParsedRequest<'suspicions.acceptSeries'>): ReplaceResult {
  const { correction } = req;
  const chosen = new Map<number, number[]>();
  for (const p of req.places) {
    if (p.end - p.start !== correction.ocr.length) throw new ApiError('invalid-request', `位置 ${p.start}–${p.end} 与“${correction.ocr}”长度不符 / Place ${p.start}–${p.end} does not span “${correction.ocr}”`);
    chosen.set(p.articleId, [...(chosen.get(p.articleId) ?? []), p.start]);
  }
  const relinted = new Set<number>();
  const result = ctx.store.transaction(() => {
    requireBatch(ctx, req.batchId);
    const live = new Map(ctx.store.articles.rows({ batchId: req.batchId, ids: [...chosen.keys()] }).map((a) => [a.id, a]));
    let replaced = 0;
    const articles: number[] = [];
    for (const [id, starts] of chosen) {
      const a = live.get(id);
      if (!a) throw new ApiError('invalid-request', `文章 ${id} 不在批次 ${req.batchId} 中 / Article ${id} is not in batch ${req.batchId}`);
      const unique = [...new Set(starts)].sort((x, y) => y - x);
      if (!unique.every((at) => matchesAt(a.text, at, correction))) {
        throw new ApiError('conflict', `文章 ${id} 在预览后已改变,请重新预览 / Article ${id} changed since the preview; preview again`);
      }
      let text = a.text;
      for (const at of unique) text = text.slice(0, at) + correction.fix + text.slice(at + correction.ocr.length);
      replaced += unique.length;
      reviseArticle(ctx, a, { text, origin: 'edit', suggested: [{ text: correction.ocr, proposal: correction.fix }] }, relinted);
      articles.push(id);
    }
    return { replaced, articles };
  });
  emitChanged(ctx, result.articles, relinted);
  return result;
}

/** Dismisses a suspicion of the article's current text; returns what remains. */
export function dismissSuspicion(ctx: ServiceContext, req: ApiParsedRequest<'suspicions.dismiss'>): Suspicion[] {
  return ctx.store.transaction(() => {
    const a = requireArticle(ctx, req.id);
    if (a.text.slice(req.start, req.end) !== req.text) {
      throw new ApiError('conflict', `文章 ${a.id} 在该处已改变,请重新载入 / Article ${a.id} changed there; reload it`, { revision: a.revision });
    }
    ctx.store.dismissals.add(a.id, suspicionKey(a.text, req), ctx.now().toISOString());
    return articleSuspicions(ctx, a);
  });
}
