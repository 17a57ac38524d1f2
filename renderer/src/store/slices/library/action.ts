import type { ApiEvents, ArticleSummary } from '../../../../../shared/api/contract';
import type { DeskApi } from '../../../api';
import type { DeskSlice } from '../../types';
import type { ArticleFilter } from './initialState';

/** Article list rows per call: about 200 KB of summaries. */
const LIST_PAGE = 1000;

export interface LibraryActions {
  loadBatches(): Promise<void>;
  selectBatch(batchId: number): Promise<void>;
  selectPage(pageId: number | null): Promise<void>;
  setFilter(patch: Partial<ArticleFilter>): Promise<void>;
  refreshArticles(): Promise<void>;
  refreshStats(): Promise<void>;
  /** Batches, pages, the article list and statistics, after anything that changes them. */
  refreshLibrary(): Promise<void>;
  /** Replace one article's row in the list with fresh data. */
  patchArticle(summary: ArticleSummary): void;
  onArticleChanged(payload: ApiEvents['article.changed']): void;
}

export const createLibraryActions =
  (api: DeskApi): DeskSlice<LibraryActions> =>
  (set, get) => {
    // Answers to older list requests are dropped so fast typing in the filter never shows a stale list.
    let listRequest = 0;
    return {
      async loadBatches() {
        try {
          const batches = await api.call('batches.list', {});
          set({ batches, batchesLoaded: true });
          const { batchId } = get();
          const keep = batches.some((b) => b.id === batchId);
          if (!keep && batches.length > 0) await get().selectBatch(batches[batches.length - 1].id);
          if (batches.length === 0) set({ batchId: null, pages: [], articles: [], stats: null });
        } catch (err) {
          get().reportError(err);
        }
      },
      async selectBatch(batchId) {
        set({ batchId, pageId: null, pages: [], articles: [], stats: null });
        try {
          const pages = await api.call('pages.list', { batchId });
          if (get().batchId !== batchId) return;
          set({ pages });
        } catch (err) {
          get().reportError(err);
        }
        await Promise.all([get().refreshArticles(), get().refreshStats()]);
      },
      async selectPage(pageId) {
        set({ pageId });
        await get().refreshArticles();
      },
      async setFilter(patch) {
        set({ filter: { ...get().filter, ...patch } });
        await get().refreshArticles();
      },
      async refreshArticles() {
        const { batchId, pageId, filter } = get();
        if (batchId === null) return;
        const request = ++listRequest;
        set({ listLoading: true });
        try {
          const q = filter.q.trim();
          const query = {
            batchId,
            ...(pageId !== null ? { pageId } : {}),
            ...(filter.status ? { status: filter.status } : {}),
            ...(filter.section ? { section: filter.section } : {}),
            ...(q ? { q } : {}),
          };
          // A page at a time (a year's batch is 30,000 rows, megabytes in one answer): the first page shows at
          // once, the rest are appended as they come; a newer request stops an older one between pages.
          let articles = await api.call('articles.list', { ...query, limit: LIST_PAGE });
          if (request !== listRequest) return;
          set({ articles, listLoading: false });
          for (let got = articles.length; got === LIST_PAGE; ) {
            const more = await api.call('articles.list', { ...query, limit: LIST_PAGE, offset: articles.length });
            if (request !== listRequest) return;
            articles = [...articles, ...more];
            got = more.length;
            set({ articles });
          }
        } catch (err) {
          if (request === listRequest) set({ listLoading: false });
          get().reportError(err);
        }
      },
      async refreshStats() {
        const { batchId } = get();
        if (batchId === null) return;
        try {
          const stats = await api.call('stats.batch', { batchId });
          if (get().batchId === batchId) set({ stats });
        } catch (err) {
          get().reportError(err);
        }
      },
      async refreshLibrary() {
        const { batchId } = get();
        try {
          const batches = await api.call('batches.list', {});
          set({ batches, batchesLoaded: true });
          if (batchId !== null && batches.some((b) => b.id === batchId)) {
            const pages = await api.call('pages.list', { batchId });
            set({ pages });
          }
        } catch (err) {
          get().reportError(err);
        }
        await Promise.all([get().refreshArticles(), get().refreshStats()]);
      },
      patchArticle(summary) {
        set({ articles: get().articles.map((a) => (a.id === summary.id ? summary : a)) });
      },
      onArticleChanged({ id, revision, status, warningCount }) {
        const { articles } = get();
        // Also when only the warning count moved: fixing a name in one article clears the variant on another.
        if (articles.some((a) => a.id === id && (a.revision !== revision || a.status !== status || a.warningCount !== warningCount))) {
          set({ articles: articles.map((a) => (a.id === id ? { ...a, revision, status, warningCount } : a)) });
        }
        get().onCurrentArticleChanged(id, revision);
      },
    };
  };
