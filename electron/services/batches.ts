import type { ApiParsedRequest, BatchDeleteResult, BatchSummary, PageSummary } from '../../shared/api/contract';
import { profileKey } from '../../shared/profile/profile';
import { ApiError } from '../../shared/api/errors';
import { scanFilesOf } from '../scans/files';
import type { ScanFile } from '../store/repositories';
import type { ServiceContext } from './context';

export function listBatches(ctx: ServiceContext): BatchSummary[] {
  return ctx.store.batches.list();
}

/** Batch names are unique: import finds a batch again by its name. */
export function renameBatch(ctx: ServiceContext, id: number, name: string): BatchSummary {
  return ctx.store.transaction(() => {
    if (!ctx.store.batches.get(id)) throw new ApiError('not-found', `批次 ${id} 不存在 / Batch ${id} not found`);
    const other = ctx.store.batches.findByName(name);
    if (other && other.id !== id) throw new ApiError('conflict', `已有名为“${name}”的批次 / A batch named "${name}" already exists`, { id: other.id });
    ctx.store.batches.rename(id, name);
    return ctx.store.batches.summary(id)!;
  });
}

/**
 * Deletes a batch and everything in it, in one transaction, then the page images only its pages used. The request
 * carries the article and approved counts the person was shown; if another window changed them since, nothing is
 * deleted and the person confirms again.
 */
export function deleteBatch(ctx: ServiceContext, req: ApiParsedRequest<'batches.delete'>): BatchDeleteResult {
  let files: ScanFile[] = [];
  const deleted = ctx.store.transaction(() => {
    const batch = ctx.store.batches.summary(req.id);
    if (!batch) throw new ApiError('not-found', `批次 ${req.id} 不存在 / Batch ${req.id} not found`);
    if (batch.articleCount !== req.articles || batch.byStatus.approved !== req.approved) {
      throw new ApiError(
        'conflict',
        `批次“${batch.name}”现有 ${batch.articleCount} 篇文章（${batch.byStatus.approved} 篇已通过），请重新确认 / Batch "${batch.name}" now has ${batch.articleCount} articles (${batch.byStatus.approved} approved); confirm again`,
        { articles: batch.articleCount, approved: batch.byStatus.approved },
      );
    }
    // A batch's own profile (pages that never name their paper) goes with it: a later batch may get its id.
    ctx.store.profiles.remove(profileKey(null, req.id));
    files = ctx.store.scans.filesOfBatch(req.id);
    return ctx.store.batches.delete(req.id);
  });
  // Its page images go once the delete has committed, those no other page shares (scans/ is content-addressed).
  scanFilesOf(ctx.store).removeUnreferenced(ctx.store.scans, files);
  return deleted;
}

export function listPages(ctx: ServiceContext, batchId: number): PageSummary[] {
  if (!ctx.store.batches.get(batchId)) throw new ApiError('not-found', `批次 ${batchId} 不存在 / Batch ${batchId} not found`);
  return ctx.store.pages.list(batchId);
}

/**
 * A date set by a person: for one page (any version), or for every current page of a batch that has no date yet
 * (pages dated by their masthead, a running head or their file name keep theirs). Returns the pages changed.
 */
export function setPageDate(ctx: ServiceContext, req: ApiParsedRequest<'pages.setDate'>): PageSummary[] {
  if ((req.pageId === undefined) === (req.batchId === undefined)) {
    throw new ApiError('invalid-request', '请给出一个版面或一个批次 / Give either a page or a batch');
  }
  const source = req.date === null ? null : 'manual';
  return ctx.store.transaction(() => {
    if (req.pageId !== undefined) {
      const page = ctx.store.pages.get(req.pageId);
      if (!page) throw new ApiError('not-found', `版面 ${req.pageId} 不存在 / Page ${req.pageId} not found`);
      ctx.store.pages.setDate(page.id, req.date, source);
      return ctx.store.pages.list(page.batchId).filter((p) => p.id === page.id);
    }
    const batchId = req.batchId!;
    if (!ctx.store.batches.get(batchId)) throw new ApiError('not-found', `批次 ${batchId} 不存在 / Batch ${batchId} not found`);
    const current = new Set(ctx.store.pages.current(batchId).map((p) => p.id));
    const undated = ctx.store.pages.list(batchId).filter((p) => current.has(p.id) && p.date === null).map((p) => p.id);
    for (const id of undated) ctx.store.pages.setDate(id, req.date, source);
    return ctx.store.pages.list(batchId).filter((p) => undated.includes(p.id));
  });
}
