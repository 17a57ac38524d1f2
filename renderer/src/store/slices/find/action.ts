import type { DeskApi } from '../../../api';
import type { DeskSlice } from '../../types';
import type { FindState } from './initialState';
import { chosenMatches, matchKey } from './selectors';

type FindOptions = Pick<FindState, 'findQuery' | 'findReplacement' | 'findRegex' | 'findCaseSensitive'>;

export interface FindActions {
  setFindOptions(patch: Partial<FindOptions>): void;
  findSearch(): Promise<void>;
  toggleMatch(key: string, chosen: boolean): void;
  chooseAllMatches(chosen: boolean): void;
  applyReplace(): Promise<void>;
}

export const createFindActions =
  (api: DeskApi): DeskSlice<FindActions> =>
  (set, get) => ({
    setFindOptions: (patch) => {
      const s = get();
      // Matches found for another query no longer describe this one (and replacing them would be refused): they go.
      const requery = (['findQuery', 'findRegex', 'findCaseSensitive'] as const).some((k) => k in patch && patch[k] !== s[k]);
      set({ ...patch, findResult: null, ...(requery ? { findMatches: null, findChosen: {} } : {}) });
    },
    async findSearch() {
      const { batchId, findQuery, findRegex, findCaseSensitive, findReplacement } = get();
      if (batchId === null || !findQuery) return;
      // The backend searches stored text: store the draft first so the preview matches what is on screen.
      if (!(await get().flushSave())) return;
      set({ findBusy: true, findResult: null });
      try {
        const matches = await api.call('find.search', { batchId, query: findQuery, regex: findRegex, caseSensitive: findCaseSensitive, replacement: findReplacement });
        set({ findMatches: matches, findSearchedReplacement: findReplacement, findChosen: Object.fromEntries(matches.map((m) => [matchKey(m), true])) });
      } catch (err) {
        get().reportError(err);
      } finally {
        set({ findBusy: false });
      }
    },
    toggleMatch: (key, chosen) => set({ findChosen: { ...get().findChosen, [key]: chosen } }),
    chooseAllMatches: (chosen) => set({ findChosen: Object.fromEntries((get().findMatches ?? []).map((m) => [matchKey(m), chosen])) }),
    async applyReplace() {
      const { batchId, findQuery, findRegex, findCaseSensitive, findReplacement } = get();
      const matches = chosenMatches(get()).map(({ articleId, field, start, end }) => ({ articleId, field, start, end }));
      if (batchId === null || matches.length === 0) return;
      if (!(await get().flushSave())) return;
      set({ findBusy: true });
      try {
        const result = await api.call('find.replace', { batchId, query: findQuery, regex: findRegex, caseSensitive: findCaseSensitive, replacement: findReplacement, matches });
        set({ findResult: result, findMatches: null, findChosen: {} });
        const current = get().article;
        if (current && result.articles.includes(current.id)) await get().reloadArticle();
        await get().refreshLibrary();
      } catch (err) {
        get().reportError(err);
      } finally {
        set({ findBusy: false });
      }
    },
  });
