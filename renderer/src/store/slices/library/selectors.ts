import type { ArticleSummary, BatchSummary, PageSummary } from '../../../../../shared/api/contract';
import type { DeskState } from '../../types';

export const selectBatches = (s: DeskState) => s.batches;
export const selectArticles = (s: DeskState) => s.articles;
export const selectFilter = (s: DeskState) => s.filter;

export function selectCurrentBatch(s: Pick<DeskState, 'batches' | 'batchId'>): BatchSummary | null {
  return s.batches.find((b) => b.id === s.batchId) ?? null;
}

export function selectCurrentPage(s: Pick<DeskState, 'pages' | 'pageId'>): PageSummary | null {
  return s.pages.find((p) => p.id === s.pageId) ?? null;
}

/** Approved and total articles of the current batch. */
export function selectBatchProgress(s: Pick<DeskState, 'batches' | 'batchId'>): { approved: number; total: number } {
  const batch = selectCurrentBatch(s);
  if (!batch) return { approved: 0, total: 0 };
  return { approved: batch.byStatus.approved, total: batch.articleCount };
}

/** The store is empty: first start, offer the sample batch. */
export function selectIsEmptyStore(s: Pick<DeskState, 'batchesLoaded' | 'batches'>): boolean {
  return s.batchesLoaded && s.batches.length === 0;
}

/**
 * The article to open after approving `currentId`: the next one in list order that is not approved, wrapping
 * around to the start; null when every other article is approved.
 */
export function nextUnapprovedId(articles: readonly ArticleSummary[], currentId: number | null): number | null {
  const start = articles.findIndex((a) => a.id === currentId);
  for (let step = 1; step <= articles.length; step++) {
    const candidate = articles[(start + step + articles.length) % articles.length];
    if (candidate.id !== currentId && candidate.status !== 'approved') return candidate.id;
  }
  return null;
}

/** The neighbour of `currentId` in list order (for Alt+↓ / Alt+↑), or null at either end. */
export function neighbourId(articles: readonly ArticleSummary[], currentId: number | null, direction: 1 | -1): number | null {
  if (articles.length === 0) return null;
  const index = articles.findIndex((a) => a.id === currentId);
  if (index === -1) return direction === 1 ? articles[0].id : articles[articles.length - 1].id;
  return articles[index + direction]?.id ?? null;
}

/** Every section used in the list plus the vocabulary, sorted, for the section filter. */
export function sectionOptions(s: Pick<DeskState, 'articles' | 'tags'>): string[] {
  const names = new Set<string>(s.tags.map((t) => t.name));
  for (const a of s.articles) for (const name of a.sections) names.add(name);
  return [...names].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

/** Other articles of the batch's list, as targets for moving a paragraph. */
export function moveTargets(articles: readonly ArticleSummary[], currentId: number | null): ArticleSummary[] {
  return articles.filter((a) => a.id !== currentId);
}
