// The store's side of exports: which articles a Selection means, in the shape every format carries.
import type { ExportRecord, Selection } from '../../shared/api/contract';
import type { ExportArticle } from '../../shared/export/types';
import type { ArticleFilter } from '../store/repositories';
import type { ServiceContext } from './context';

/** Status defaults to approved only; 'all' means every status. */
export function selectionFilter(sel: Selection): ArticleFilter {
  const status = sel.status ?? 'approved';
  return {
    batchId: sel.batchId,
    pageIds: sel.pageIds,
    dateFrom: sel.dateFrom,
    dateTo: sel.dateTo,
    sections: sel.sections,
    status: status === 'all' ? undefined : status,
  };
}

export function selectForExport(ctx: ServiceContext, sel: Selection): ExportArticle[] {
  return ctx.store.articles.forExport(selectionFilter(sel));
}

export function countForExport(ctx: ServiceContext, sel: Selection): number {
  return ctx.store.articles.count(selectionFilter(sel));
}

export function recordExport(ctx: ServiceContext, r: Omit<ExportRecord, 'id' | 'createdAt'>): ExportRecord {
  return ctx.store.exports.insert({ ...r, createdAt: ctx.now().toISOString() });
}

export function exportHistory(ctx: ServiceContext): ExportRecord[] {
  return ctx.store.exports.list();
}
