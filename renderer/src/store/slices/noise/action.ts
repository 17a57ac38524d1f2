import type { DeskApi } from '../../../api';
import type { DeskSlice } from '../../types';

export interface NoiseActions {
  loadNoise(): Promise<void>;
  restoreNoise(articleId: number): Promise<void>;
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
  });
