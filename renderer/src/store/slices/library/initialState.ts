import type { ArticleSummary, BatchSummary, ChangeStats, PageSummary } from '../../../../../shared/api/contract';
import type { ArticleStatus } from '../../../../../shared/model/types';

export interface ArticleFilter {
  status: ArticleStatus | null;
  section: string | null;
  q: string;
}

export interface LibraryState {
  batchesLoaded: boolean;
  batches: BatchSummary[];
  batchId: number | null;
  pages: PageSummary[];
  /** null shows the whole batch. */
  pageId: number | null;
  articles: ArticleSummary[];
  filter: ArticleFilter;
  listLoading: boolean;
  stats: ChangeStats | null;
}

export const emptyFilter: ArticleFilter = { status: null, section: null, q: '' };

export const libraryInitialState: LibraryState = {
  batchesLoaded: false,
  batches: [],
  batchId: null,
  pages: [],
  pageId: null,
  articles: [],
  filter: emptyFilter,
  listLoading: false,
  stats: null,
};
