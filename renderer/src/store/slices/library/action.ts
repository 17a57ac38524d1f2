import { recallPlace, rememberPlace } from '../../../lib/lastPlace';
import type { ApiEvents, ArticleSummary, BatchSummary } from '../../../../../shared/api/contract';
import { asApiError } from '../../../api/envelope';
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
  /** Date one page, or every undated page of the current batch; null clears a page's date. */
  setPageDate(target: { pageId: number } | { undatedOfBatch: true }, date: string | null): Promise<void>;
  /**
   * Delete a batch the person confirmed with the counts shown in `batch`. If they changed meanwhile nothing is
   * deleted ('stale'): the counts are fetched again for the person to confirm anew.
   */
  deleteBatch(batch: BatchSummary): Promise<'deleted' | 'stale' | 'failed'>;
}

/** How long a run of status events must pause before the counts are fetched again. */
const COUNTS_PAUSE_MS = 250;

export const createLibraryActions =
  (api: DeskApi): DeskSlice<LibraryActions> =>
  (set, get) => {
    // Answers to older list requests are dropped so fast typing in the filter never shows a stale list.
    let listRequest = 0;
    // Another window's status changes come one event per article: the counts are fetched once they pause.
    let countsTimer: ReturnType<typeof setTimeout> | null = null;
    const refreshCountsSoon = () => {
      if (countsTimer !== null) clearTimeout(countsTimer);
      countsTimer = setTimeout(() => {
        countsTimer = null;
        void get().refreshLibrary();
      }, COUNTS_PAUSE_MS);
    };
    return {
      async loadBatches() {
        try {
          const batches = await api.call('batches.list', {});
          set({ batches, batchesLoaded: true });
          const { batchId } = get();
          const keep = batches.some((b) => b.id === batchId);
          if (!keep && batches.length > 0) {
            // Back where the proofreader was before the reload: that batch, that article.
            const last = recallPlace();
            const back = last !== null && batches.some((b) => b.id === last.batchId) ? last : null;
            await get().selectBatch(back?.batchId ?? batches[batches.length - 1].id);
            if (back?.articleId != null && get().article === null && get().articles.some((a) => a.id === back.articleId)) await get().openArticle(back.articleId);
          }
          if (batches.length === 0) set({ batchId: null, pages: [], articles: [], stats: null });
        } catch (err) {
          get().reportError(err);
        }
      },
      async selectBatch(batchId) {
        set({ batchId, pageId: null, pages: [], articles: [], stats: null });
        if (recallPlace()?.batchId !== batchId) rememberPlace({ batchId, articleId: null });
        try {
          const pages = await api.call('pages.list', { batchId });
          if (get().batchId !== batchId) return;
          set({ pages });
        } catch (err) {
          get().reportError(err);
        }
        // The section names for autocomplete, without waiting for the sections dialog to be opened.
        await Promise.all([get().refreshArticles(), get().refreshStats(), get().loadTags()]);
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
        // The section names for autocomplete, without waiting for the sections dialog to be opened.
        await Promise.all([get().refreshArticles(), get().refreshStats(), get().loadTags()]);
      },
      patchArticle(summary) {
        set({ articles: get().articles.map((a) => (a.id === summary.id ? summary : a)) });
      },
      async setPageDate(target, date) {
        const batchId = get().batchId;
        if (batchId === null) return;
        try {
          await api.call('pages.setDate', 'pageId' in target ? { pageId: target.pageId, date } : { batchId, date });
          await get().refreshLibrary();
        } catch (err) {
          get().reportError(err);
        }
      },
      async deleteBatch(batch) {
        // Its open article is saved and closed first: nothing is left pointing into a batch that is gone.
        if (get().article?.batchId === batch.id) await get().closeArticle();
        try {
          const gone = await api.call('batches.delete', { id: batch.id, articles: batch.articleCount, approved: batch.byStatus.approved });
          if (get().batchId === batch.id) set({ batchId: null, pageId: null, pages: [], articles: [], stats: null });
          await get().loadBatches();
          get().notify({ kind: 'info', key: 'batch.deleted', params: { name: batch.name, pages: gone.pages, articles: gone.articles } });
          return 'deleted';
        } catch (err) {
          if (asApiError(err).code !== 'conflict') {
            get().reportError(err);
            return 'failed';
          }
          set({ batches: await api.call('batches.list', {}).catch(() => get().batches) });
          return 'stale';
        }
      },
      onArticleChanged({ id, revision, status, warningCount }) {
        const { articles } = get();
        const row = articles.find((a) => a.id === id);
        // A status this window did not know of (set in another window, or on an article not in this list): the
        // batch's approved count and statistics are stale.
        if (row?.status !== status) refreshCountsSoon();
        // Also when only the warning count moved: fixing a name in one article clears the variant on another.
        if (articles.some((a) => a.id === id && (a.revision !== revision || a.status !== status || a.warningCount !== warningCount))) {
          set({ articles: articles.map((a) => (a.id === id ? { ...a, revision, status, warningCount } : a)) });
        }
        get().onCurrentArticleChanged(id, revision);
      },
    };
  };
