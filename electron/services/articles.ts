// Reading, saving, restoring and setting the status of articles.
import type { ApiParsedRequest, ArticleDetail, ArticleSummary, RestoreResult, SaveResult } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { Revision } from '../../shared/model/types';
import type { ArticleFilter, ArticlePatch, ArticleRow } from '../store/repositories';
import { articleWarnings, refreshBatchWarnings } from './batch-warnings';
import type { ServiceContext } from './context';
import { articleSuspicions } from './corrections';
import { checkBase, emitChanged, type HeadingFields, lintArticle, normaliseText, requireArticle, reviseArticle } from './revise';
import { reviewerName } from './settings';

export function listArticles(ctx: ServiceContext, req: ApiParsedRequest<'articles.list'>): ArticleSummary[] {
  const filter: ArticleFilter = {
    batchId: req.batchId,
    pageId: req.pageId,
    status: req.status,
    sections: req.section === undefined ? undefined : [req.section],
    q: req.q,
    limit: req.limit,
    offset: req.offset,
  };
  return ctx.store.articles.summaries(filter);
}

export function toSummary(a: ArticleRow): ArticleSummary {
  return {
    id: a.id,
    pageId: a.pageId,
    batchId: a.batchId,
    ord: a.ord,
    kind: a.kind,
    kicker: a.kicker,
    headline: a.headline,
    status: a.status,
    warningCount: a.warnings.length + a.batchWarnings.length,
    sections: a.sections,
    pageFile: a.pageFile,
    date: a.date,
    revision: a.revision,
    updatedAt: a.updatedAt,
  };
}

export function getArticle(ctx: ServiceContext, id: number): ArticleDetail {
  const a = ctx.store.articles.get(id);
  if (!a) throw new ApiError('not-found', `文章 ${id} 不存在 / Article ${id} not found`);
  return {
    ...toSummary(a),
    subtitle: a.subtitle,
    byline: a.byline,
    subheads: a.subheads,
    ocrRaw: a.ocrRaw,
    ocrText: a.ocrText,
    autoText: a.autoText,
    text: a.text,
    edits: a.edits,
    warnings: articleWarnings(a),
    suspicions: articleSuspicions(ctx, a),
    flagNote: a.flagNote,
    approvedAt: a.approvedAt,
    approvedBy: a.approvedBy,
    pageMeta: a.pageMeta,
  };
}

/** Fields the request sets to a different value; undefined means "leave as is". */
function changedFields(a: ArticleRow, fields: HeadingFields | undefined): HeadingFields | undefined {
  if (!fields) return undefined;
  const out: HeadingFields = {};
  if (fields.kicker !== undefined && fields.kicker !== a.kicker) out.kicker = fields.kicker;
  if (fields.headline !== undefined && fields.headline !== a.headline) out.headline = fields.headline;
  if (fields.subtitle !== undefined && fields.subtitle !== a.subtitle) out.subtitle = fields.subtitle;
  if (fields.byline !== undefined && fields.byline !== a.byline) out.byline = fields.byline;
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * Saves the text (and heading fields). A save that changes nothing is answered with the current state and adds
 * no revision, so idle autosaves do not bury the history.
 */
export function saveArticle(ctx: ServiceContext, req: ApiParsedRequest<'articles.save'>): SaveResult {
  const relinted = new Set<number>();
  const result = ctx.store.transaction(() => {
    const a = requireArticle(ctx, req.id);
    checkBase(a, req.baseRevision);
    const text = normaliseText(req.text);
    const fields = changedFields(a, req.fields);
    if (text === a.text && !fields) {
      return { id: a.id, revision: a.revision, status: a.status, savedAt: a.updatedAt, warnings: articleWarnings(a), suspicions: articleSuspicions(ctx, a), series: [], changed: false };
    }
    return { ...reviseArticle(ctx, a, { text, origin: 'edit', fields, suggested: req.suggested }, relinted), changed: true };
  });
  const { changed, ...saved } = result;
  if (changed) emitChanged(ctx, [saved.id], relinted);
  return saved;
}

export function listRevisions(ctx: ServiceContext, id: number): Revision[] {
  const a = ctx.store.articles.get(id);
  if (!a) throw new ApiError('not-found', `文章 ${id} 不存在 / Article ${id} not found`);
  return ctx.store.revisions.list(id);
}

const linesOf = (text: string) => (text === '' ? [] : text.split('\n'));

/**
 * Restores an old revision's text. Text that came in by segmentation after that revision and is held by no other
 * live article is never dropped: articles merged in since are set apart again as they were, and any paragraph
 * still held nowhere else (moved in from another article) is kept as a new article after this one.
 */
export function restoreRevision(ctx: ServiceContext, req: ApiParsedRequest<'articles.restore'>): RestoreResult {
  const relinted = new Set<number>();
  const saved = ctx.store.transaction((): RestoreResult => {
    const a = requireArticle(ctx, req.id);
    const revision = ctx.store.revisions.get(req.revisionId);
    if (!revision || revision.articleId !== a.id) {
      throw new ApiError('not-found', `文章 ${a.id} 没有修订 ${req.revisionId} / Article ${a.id} has no revision ${req.revisionId}`);
    }
    checkBase(a, req.baseRevision);
    const result = reviseArticle(ctx, a, { text: revision.text, origin: 'restore' }, relinted);
    const kept = [...reviveMergedSince(ctx, a, revision), ...keepUnheld(ctx, a, revision)];
    if (kept.length > 0) for (const changed of refreshBatchWarnings(ctx, a.batchId)) relinted.add(changed);
    return { ...result, kept };
  });
  emitChanged(ctx, [saved.id, ...saved.kept], relinted);
  return saved;
}

/** Articles merged into `a` after `revision` come back as they were before the merge. */
function reviveMergedSince(ctx: ServiceContext, a: ArticleRow, revision: Revision): number[] {
  const revived: number[] = [];
  const now = ctx.now().toISOString();
  for (const step of ctx.store.segments.mergesInto(a.id)) {
    if (step.createdAt < revision.createdAt) continue;
    const merged = step.before[1]!.record.id;
    if (ctx.store.articles.get(merged)?.removed !== 'merged') continue;
    ctx.store.articles.update(merged, { removed: null, updatedAt: now });
    ctx.store.segments.markUndone(step.id, now);
    revived.push(merged);
  }
  return revived;
}

/**
 * Paragraphs that segmentation brought into `a` after `revision`, that the restore drops and that no live article
 * of the page holds: kept as a new article after `a`.
 */
function keepUnheld(ctx: ServiceContext, a: ArticleRow, revision: Revision): number[] {
  const history = ctx.store.revisions.list(a.id);
  const arrived = new Set<string>();
  for (const [i, r] of history.entries()) {
    if (i === 0 || r.seq <= revision.seq || r.origin !== 'segment') continue;
    const had = new Set(linesOf(history[i - 1]!.text));
    for (const line of linesOf(r.text)) if (!had.has(line)) arrived.add(line);
  }
  const restored = new Set(linesOf(revision.text));
  // A merged-in heading line is held by the revived article's heading fields.
  const held = new Set(
    ctx.store.articles
      .onPage(a.pageId)
      .filter((x) => x.removed === null && x.id !== a.id)
      .flatMap((x) => [...linesOf(x.text), [x.kicker, x.headline, x.subtitle].filter((f) => !!f).join(' '), x.byline ?? '']),
  );
  const lost = linesOf(a.text).filter((line) => arrived.has(line) && !restored.has(line) && !held.has(line) && line.trim() !== '');
  if (lost.length === 0) return [];
  const text = lost.join('\n');
  const now = ctx.now().toISOString();
  const id = ctx.store.articles.insert({
    pageId: a.pageId,
    ord: a.ord,
    kind: 'news',
    kicker: null,
    headline: '',
    subtitle: null,
    byline: null,
    subheads: [],
    ocrRaw: text,
    ocrText: text,
    autoText: text,
    edits: [],
    text,
    warnings: lintArticle(text, text, []),
    createdAt: now,
    updatedAt: now,
  });
  ctx.store.articles.update(id, { status: 'editing' });
  ctx.store.revisions.insert({ articleId: id, seq: 1, author: reviewerName(ctx.store), createdAt: now, text, origin: 'restore' });
  const order = ctx.store.articles.onPage(a.pageId).map((x) => x.id).filter((x) => x !== id);
  order.splice(order.indexOf(a.id) + 1, 0, id);
  ctx.store.articles.reorder(order);
  return [id];
}

/**
 * Any status may be set from any other, by someone who saw the current revision (else `conflict`: an approval is
 * of the text the approver read). Approving records when and by whom; flagging keeps the note (or the
 * previous note when none is given); leaving a status drops what belonged to it.
 */
export function setStatus(ctx: ServiceContext, req: ApiParsedRequest<'articles.setStatus'>): ArticleSummary {
  const summary = ctx.store.transaction(() => {
    const a = requireArticle(ctx, req.id);
    checkBase(a, req.baseRevision);
    const now = ctx.now().toISOString();
    const patch: ArticlePatch = { status: req.status, updatedAt: now, approvedAt: null, approvedBy: null, flagNote: null };
    if (req.status === 'approved') Object.assign(patch, { approvedAt: now, approvedBy: reviewerName(ctx.store) });
    if (req.status === 'flagged') patch.flagNote = req.note ?? a.flagNote;
    ctx.store.articles.update(a.id, patch);
    return toSummary(ctx.store.articles.get(a.id)!);
  });
  emitChanged(ctx, [summary.id]);
  return summary;
}
