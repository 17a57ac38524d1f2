// The one way an article's text changes: a new revision (or a coalesced autosave), the article row updated to
// match, the status moved on and the warnings recomputed (the batch's too when the change can alter them) —
// always inside the caller's transaction.
import type { SaveResult } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { lintText } from '../../shared/lint';
import type { ArticleStatus, Edit, Revision, Warning } from '../../shared/model/types';
import type { ArticlePatch, ArticleRecord, ArticleRow } from '../store/repositories';
import { articleWarnings, changedSpellings, relintSpellings } from './batch-warnings';
import type { ServiceContext } from './context';
import { articleSuspicions, recordCorrections, seriesOffers, type Suggested } from './corrections';
import { reviewerName } from './settings';

/** Autosaves by the same person within this long of the revision's creation extend it instead of adding one. */
export const COALESCE_MS = 5000;

export type HeadingFields = Partial<Pick<ArticleRecord, 'kicker' | 'headline' | 'subtitle' | 'byline'>>;

/** The OCR side of an article, replaced when segmentation moves text between articles. */
export interface OcrSide {
  ocrRaw: string;
  ocrText: string;
  edits: Edit[];
  autoText: string;
}

export interface TextChange {
  text: string;
  origin: Exclude<Revision['origin'], 'import'>;
  fields?: HeadingFields & { subheads?: string[] };
  ocr?: OcrSide;
  /** Suspicions accepted in this change: its corrections are recorded as made by suggestion. */
  suggested?: readonly Suggested[];
}

export function requireArticle(ctx: ServiceContext, id: number): ArticleRow {
  const article = ctx.store.articles.get(id);
  if (!article) throw new ApiError('not-found', `文章 ${id} 不存在 / Article ${id} not found`);
  if (article.removed === 'merged') throw new ApiError('refused', `文章 ${id} 已并入其他文章 / Article ${id} was merged into another article`);
  return article;
}

export function checkBase(article: ArticleRecord, baseRevision: number): void {
  if (baseRevision !== article.revision) {
    throw new ApiError(
      'conflict',
      `文章 ${article.id} 已被修改(当前版本 ${article.revision},你的版本 ${baseRevision}),请重新载入 / Article ${article.id} changed since revision ${baseRevision} (now ${article.revision}); reload it`,
      { revision: article.revision },
    );
  }
}

/** Lines in, one paragraph each; a client may send CRLF. */
export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Status after the text changed: work has started, and an approval was for the old text. */
export function statusAfterEdit(status: ArticleStatus): ArticleStatus {
  return status === 'new' || status === 'approved' ? 'editing' : status;
}

/**
 * Saves a text change as a new revision (or into the latest, for rapid autosaves) and relints. Articles whose
 * batch warnings changed with it are added to `relinted`, for emitChanged once the transaction committed.
 */
export function reviseArticle(ctx: ServiceContext, article: ArticleRow, change: TextChange, relinted: Set<number>): SaveResult {
  const { store } = ctx;
  const now = ctx.now();
  const savedAt = now.toISOString();
  const author = reviewerName(store);
  const seq = article.revision + 1;
  const latest = store.revisions.latest(article.id);
  const coalesce =
    change.origin === 'edit' &&
    latest !== null &&
    latest.origin === 'edit' &&
    latest.author === author &&
    latest.seq === article.revision &&
    now.getTime() - Date.parse(latest.createdAt) < COALESCE_MS;
  if (coalesce) store.revisions.rewrite(latest.id, seq, change.text);
  else store.revisions.insert({ articleId: article.id, seq, author, createdAt: savedAt, text: change.text, origin: change.origin });

  const status = statusAfterEdit(article.status);
  const ocr = change.ocr ?? article;
  const warnings = lintArticle(change.text, ocr.autoText, ocr.edits);
  // statusAfterEdit never leaves an article approved, so any approval is cleared with the text change.
  const patch: ArticlePatch = { ...change.fields, ...change.ocr, text: change.text, revision: seq, status, warnings, approvedAt: null, approvedBy: null, updatedAt: savedAt };
  const namesBefore = store.names.of(article.id);
  // The update writes the article's names anew; batch lint looks again only at the spellings that came or went.
  store.articles.update(article.id, patch);
  const fresh = recordCorrections(ctx, article, ocr.autoText, change.text, change.suggested);
  const namesAfter = store.names.of(article.id);
  const changed = changedSpellings(namesBefore, namesAfter);
  if (changed.length > 0) for (const id of relintSpellings(ctx, article.batchId, changed)) relinted.add(id);
  // Without names the article has no batch warnings; with them they are read afresh, located in the new text.
  const batchWarnings: Warning[] = namesAfter.length > 0 ? store.articles.get(article.id)!.batchWarnings : [];
  return {
    id: article.id,
    revision: seq,
    status,
    savedAt,
    warnings: articleWarnings({ warnings, batchWarnings }),
    // Named fields, not a spread: spreading the row would run its lazy batchWarnings getter, the old text's name
    // warnings (a few queries per spelling) built only to be dropped.
    suspicions: articleSuspicions(ctx, { id: article.id, paper: article.paper, text: change.text }),
    series: seriesOffers(ctx, article.batchId, fresh),
  };
}

/**
 * Lint of an article's current text. The cleaning edits locate joined line breaks in the automatic text, so they
 * are passed only while the text is still exactly that; after hand edits the join checks are skipped.
 */
export function lintArticle(text: string, autoText: string, edits: Edit[]): Warning[] {
  return text === autoText ? lintText(text, { edits }) : lintText(text);
}

/**
 * Tells every client which articles changed, with the articles whose batch warnings changed along (a name fixed
 * in one article clears the variant warning on another); call after the transaction committed.
 */
export function emitChanged(ctx: ServiceContext, ids: Iterable<number>, relinted: Iterable<number> = []): void {
  const all = [...new Set([...ids, ...relinted])];
  // List rows carry what the event tells, counted in SQL: a common name's warnings need not be built to be
  // counted. Articles no list shows (set apart, on an older page version) are read one by one.
  const listed = new Map((all.length > 0 ? ctx.store.articles.summaries({ ids: all }) : []).map((a) => [a.id, a]));
  for (const id of all) {
    const s = listed.get(id);
    if (s) {
      ctx.bus.emit('article.changed', { id, revision: s.revision, status: s.status, warningCount: s.warningCount });
      continue;
    }
    const a = ctx.store.articles.get(id);
    if (a) ctx.bus.emit('article.changed', { id, revision: a.revision, status: a.status, warningCount: a.warnings.length + a.batchWarnings.length });
  }
}
