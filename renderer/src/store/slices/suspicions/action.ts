import type { ApiEvents, ArticleDetail, SaveResult, SeriesOffer, SeriesPlace } from '../../../../../shared/api/contract';
import type { Suspicion } from '../../../../../shared/model/types';
import type { DeskApi } from '../../../api';
import type { DeskSlice } from '../../types';
import type { Suggested } from './initialState';

export interface SuspicionsActions {
  /** An article was (re)loaded: its suspicions are for its stored text. */
  suspicionsLoaded(article: ArticleDetail): void;
  /** A save of `text` stored; `sent` are the accepted suggestions it carried. */
  suspicionsSaved(text: string, result: SaveResult, sent: readonly Suggested[]): void;
  /** The editor's list changed (moved with an edit, one accepted). */
  editorSuspicions(list: readonly Suspicion[]): void;
  suspicionAccepted(s: Suspicion): void;
  dismissSuspicion(s: Suspicion): Promise<void>;
  previewSeries(offer: SeriesOffer): Promise<void>;
  /** Apply the previewed series at these places only. */
  acceptSeries(places: SeriesPlace[]): Promise<void>;
  dropSeriesOffer(offer: SeriesOffer): void;
  /** The backend's engine read an article: if it is the open one, as saved, take its new suspicions. */
  onSuspicionsRead(payload: ApiEvents['article.suspicions']): Promise<void>;
}

const samePattern = (a: SeriesOffer, b: SeriesOffer) => a.ocr === b.ocr && a.fix === b.fix && a.before === b.before && a.after === b.after;

export const createSuspicionsActions =
  (api: DeskApi): DeskSlice<SuspicionsActions> =>
  (set, get) => {
    let nonce = 0;
    return {
      suspicionsLoaded(article) {
        set({ savedSuspicions: { text: article.text, list: article.suspicions, nonce: ++nonce }, suspicions: article.suspicions, suggested: [] });
      },
      suspicionsSaved(text, result, sent) {
        const offers = get().seriesOffers.filter((o) => !result.series.some((n) => samePattern(o, n)));
        set({
          savedSuspicions: { text, list: result.suspicions, nonce: ++nonce },
          suggested: get().suggested.filter((s) => !sent.includes(s)),
          seriesOffers: [...result.series, ...offers],
        });
      },
      editorSuspicions: (list) => set({ suspicions: list }),
      suspicionAccepted: (s) => set({ suggested: [...get().suggested, { text: s.text, proposal: s.proposal }] }),
      async dismissSuspicion(s) {
        const article = get().article;
        if (!article || !(await get().flushSave())) return;
        try {
          const list = await api.call('suspicions.dismiss', { id: article.id, start: s.start, end: s.end, text: s.text, proposal: s.proposal });
          if (get().article?.id === article.id) set({ savedSuspicions: { text: get().draft, list, nonce: ++nonce } });
        } catch (err) {
          get().reportError(err);
        }
      },
      async previewSeries(offer) {
        const batchId = get().article?.batchId ?? get().batchId;
        if (batchId === null) return;
        set({ series: { offer, places: null } });
        get().openOverlay('series');
        try {
          if (!(await get().flushSave())) return;
          const { ocr, fix, before, after } = offer;
          const places = await api.call('suspicions.series', { batchId, correction: { ocr, fix, before, after } });
          if (get().series?.offer === offer) set({ series: { offer, places } });
        } catch (err) {
          get().reportError(err);
        }
      },
      async acceptSeries(places) {
        const series = get().series;
        const batchId = get().article?.batchId ?? get().batchId;
        if (!series || batchId === null) return;
        const { ocr, fix, before, after } = series.offer;
        try {
          if (places.length > 0) {
            if (!(await get().flushSave())) return;
            const result = await api.call('suspicions.acceptSeries', {
              batchId,
              correction: { ocr, fix, before, after },
              places: places.map((p) => ({ articleId: p.articleId, start: p.start, end: p.end })),
            });
            get().notify({ kind: 'info', key: 'series.done', params: { count: result.replaced } });
            const open = get().article;
            if (open && result.articles.includes(open.id)) await get().reloadArticle();
            void get().refreshLibrary();
          }
          set({ series: null, seriesOffers: get().seriesOffers.filter((o) => !samePattern(o, series.offer)) });
          get().closeOverlay();
        } catch (err) {
          get().reportError(err);
        }
      },
      dropSeriesOffer: (offer) => set({ seriesOffers: get().seriesOffers.filter((o) => !samePattern(o, offer)) }),
      async onSuspicionsRead({ id, revision }) {
        const current = () => {
          const { article, baseRevision, saveState } = get();
          return article?.id === id && baseRevision === revision && saveState === 'saved';
        };
        // While there is unsaved work the next save brings the new list anyway.
        if (!current()) return;
        try {
          const fresh = await api.call('articles.get', { id });
          if (current() && fresh.revision === revision) set({ savedSuspicions: { text: fresh.text, list: fresh.suspicions, nonce: ++nonce } });
        } catch (err) {
          get().reportError(err);
        }
      },
    };
  };
