import type { NoiseItem } from '../../../../../shared/api/contract';
import type { DeskApi } from '../../../api';
import type { DeskSlice } from '../../types';

export interface NoiseActions {
  loadNoise(): Promise<void>;
  restoreNoise(articleId: number): Promise<void>;
  /** Take a block the parser set apart back as an article, and open it. */
  restoreParsedNoise(item: NoiseItem): Promise<void>;
}

export const createNoiseActions =
  (api: DeskApi): DeskSlice<NoiseActions> =>
  (set, get) => ({
    async loadNoise() {
      const { batchId } = get();
      if (batchId === null) return;
      try {
        set({ noise: await api.call('noise.list', { batchId }) });
      } catch (err) {
        get().reportError(err);
      }
    },
    async restoreNoise(articleId) {
      try {
        await api.call('articles.restoreNoise', { id: articleId });
        await Promise.all([get().loadNoise(), get().refreshLibrary()]);
        await get().openArticle(articleId);
      } catch (err) {
        get().reportError(err);
      }
    },
    async restoreParsedNoise(item) {
      if (item.index === undefined) return;
      try {
        const { id } = await api.call('noise.restoreParsed', { pageId: item.pageId, index: item.index, text: item.text });
        await Promise.all([get().loadNoise(), get().refreshLibrary()]);
        await get().openArticle(id);
      } catch (err) {
        get().reportError(err);
      }
    },
  });
