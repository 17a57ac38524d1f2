// The page's segmentation history: every split, merge, move and noise mark records the articles it touched as they
// were, so the newest step can be undone. An undo puts each article back (text as a new revision, so nothing of the
// revision history is lost) and sets apart again what the step created; it refuses once a touched article was
// edited after the step, since putting it back would throw that work away.
import type { SegmentStep } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { ArticleRecord, ArticleRow, SegmentOp, SegmentSnapshot, SegmentStepRecord } from '../store/repositories';
import { refreshBatchWarnings } from './batch-warnings';
import type { ServiceContext } from './context';
import { emitChanged, lintArticle } from './revise';
import { reviewerName } from './settings';

function recordOf(a: ArticleRow): ArticleRecord {
  return {
    id: a.id,
    pageId: a.pageId,
    ord: a.ord,
    kind: a.kind,
    kicker: a.kicker,
    headline: a.headline,
    subtitle: a.subtitle,
    byline: a.byline,
    subheads: a.subheads,
    ocrRaw: a.ocrRaw,
    ocrText: a.ocrText,
    autoText: a.autoText,
    edits: a.edits,
    text: a.text,
    revision: a.revision,
    status: a.status,
    flagNote: a.flagNote,
    approvedAt: a.approvedAt,
    approvedBy: a.approvedBy,
    warnings: a.warnings,
    removed: a.removed,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

export function snapshot(a: ArticleRow): SegmentSnapshot {
  return { record: recordOf(a), sections: a.sections };
}

/** Records a step inside the operation's transaction, after it changed the articles. */
export function recordStep(ctx: ServiceContext, op: SegmentOp, before: SegmentSnapshot[], created: number[] = []): void {
  const after: Record<number, number> = {};
  for (const id of [...before.map((s) => s.record.id), ...created]) after[id] = ctx.store.articles.get(id)!.revision;
  ctx.store.segments.insert({ pageId: before[0]!.record.pageId, op, author: reviewerName(ctx.store), createdAt: ctx.now().toISOString(), before, created, after });
}

function toStep(ctx: ServiceContext, s: SegmentStepRecord, undoable: boolean): SegmentStep {
  const ids = [...s.before.map((b) => b.record.id), ...s.created];
  return {
    id: s.id,
    op: s.op,
    author: s.author,
    createdAt: s.createdAt,
    articles: ids.map((id) => ({ id, headline: ctx.store.articles.get(id)?.headline ?? s.before.find((b) => b.record.id === id)?.record.headline ?? '' })),
    undone: s.undoneAt !== null,
    undoable,
  };
}

/** The page's steps, newest first; only the newest not yet undone can be undone. */
export function listSteps(ctx: ServiceContext, pageId: number): SegmentStep[] {
  if (!ctx.store.pages.get(pageId)) throw new ApiError('not-found', `版面 ${pageId} 不存在 / Page ${pageId} not found`);
  const steps = ctx.store.segments.list(pageId);
  const next = steps.find((s) => s.undoneAt === null);
  return steps.map((s) => toStep(ctx, s, s === next));
}

/**
 * The undo put each article back as the step found it, under a new revision number. An earlier step that left the
 * article in that state (nothing edited in between) now expects the new number, so it stays undoable.
 */
function carryRevisions(ctx: ServiceContext, undone: SegmentStepRecord, earlier: SegmentStepRecord[]): void {
  const changed = new Map<number, SegmentStepRecord>();
  for (const { record } of undone.before) {
    const owner = earlier.find((s) => record.id in s.after);
    if (!owner || owner.after[record.id] !== record.revision) continue;
    owner.after[record.id] = ctx.store.articles.get(record.id)!.revision;
    changed.set(owner.id, owner);
  }
  for (const s of changed.values()) ctx.store.segments.setAfter(s.id, s.after);
}

/** Undoes the page's newest step not yet undone. Returns the step and the articles it put back, first the one to show. */
export function undoStep(ctx: ServiceContext, pageId: number): { step: SegmentStep; ids: number[] } {
  const relinted = new Set<number>();
  const result = ctx.store.transaction(() => {
    const steps = ctx.store.segments.list(pageId).filter((s) => s.undoneAt === null);
    const step = steps[0];
    if (!step) throw new ApiError('refused', `版面 ${pageId} 没有可撤销的分篇操作 / Nothing to undo on page ${pageId}`);
    const now = ctx.now().toISOString();
    for (const [id, revision] of Object.entries(step.after)) {
      const current = ctx.store.articles.get(Number(id));
      if (current && current.revision !== revision) {
        throw new ApiError(
          'conflict',
          `文章 ${id} 在此操作之后又被修改,撤销会丢失这些修改 / Article ${id} was edited after this step; undoing it would lose that work`,
          { articleId: Number(id) },
        );
      }
    }
    for (const { record: was, sections } of step.before) {
      const current = ctx.store.articles.get(was.id)!;
      let revision = current.revision;
      if (current.text !== was.text) {
        revision += 1;
        ctx.store.revisions.insert({ articleId: was.id, seq: revision, author: reviewerName(ctx.store), createdAt: now, text: was.text, origin: 'segment' });
      }
      const { id: _id, createdAt: _created, ord: _ord, revision: _rev, ...fields } = was;
      ctx.store.articles.update(was.id, { ...fields, revision, warnings: lintArticle(was.text, was.autoText, was.edits), updatedAt: now });
      for (const name of current.sections) if (!sections.includes(name)) ctx.store.tags.unassign(was.id, ctx.store.tags.idByName(name)!);
      for (const name of sections) {
        if (!current.sections.includes(name)) ctx.store.tags.assign(was.id, ctx.store.tags.idByName(name) ?? ctx.store.tags.create(name).id);
      }
    }
    for (const id of step.created) ctx.store.articles.update(id, { removed: 'merged', updatedAt: now });
    ctx.store.segments.markUndone(step.id, now);
    carryRevisions(ctx, step, steps.slice(1));
    for (const changed of refreshBatchWarnings(ctx, ctx.store.articles.get(step.before[0]!.record.id)!.batchId)) relinted.add(changed);
    const ids = [...step.before.map((b) => b.record.id), ...step.created];
    return { step: toStep(ctx, { ...step, undoneAt: now }, false), ids };
  });
  emitChanged(ctx, result.ids, relinted);
  return result;
}
