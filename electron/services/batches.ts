import type { BatchSummary, PageSummary } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
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

export function listPages(ctx: ServiceContext, batchId: number): PageSummary[] {
  if (!ctx.store.batches.get(batchId)) throw new ApiError('not-found', `批次 ${batchId} 不存在 / Batch ${batchId} not found`);
  return ctx.store.pages.list(batchId);
}
