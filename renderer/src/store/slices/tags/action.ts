import type { DeskApi } from '../../../api';
import type { DeskSlice } from '../../types';

export interface TagsActions {
  loadTags(): Promise<void>;
  createTag(name: string): Promise<void>;
  renameTag(id: number, name: string): Promise<void>;
  mergeTags(sourceId: number, targetId: number): Promise<void>;
  /** Delete a section name after the person confirmed it for `count` articles; the articles stay. */
  deleteTag(id: number, count: number): Promise<void>;
}

export const createTagsActions =
  (api: DeskApi): DeskSlice<TagsActions> =>
  (set, get) => {
    /** Renames and merges change sections on many articles: refresh what shows them. */
    async function afterChange(run: () => Promise<unknown>) {
      try {
        await run();
        await get().loadTags();
        await get().refreshArticles();
        const current = get().article;
        if (current && get().saveState === 'saved') await get().reloadArticle();
      } catch (err) {
        get().reportError(err);
      }
    }
    return {
      async loadTags() {
        try {
          set({ tags: await api.call('tags.list', {}) });
        } catch (err) {
          get().reportError(err);
        }
      },
      createTag: (name) => afterChange(() => api.call('tags.create', { name })),
      renameTag: (id, name) =>
        afterChange(async () => {
          const old = get().tags.find((t) => t.id === id)?.name;
          await api.call('tags.rename', { id, name });
          if (old && get().filter.section === old) set({ filter: { ...get().filter, section: name.trim() } });
        }),
      mergeTags: (sourceId, targetId) =>
        afterChange(async () => {
          const source = get().tags.find((t) => t.id === sourceId)?.name;
          const target = await api.call('tags.merge', { sourceId, targetId });
          if (source && get().filter.section === source) set({ filter: { ...get().filter, section: target.name } });
        }),
      deleteTag: (id, count) =>
        afterChange(async () => {
          const name = get().tags.find((t) => t.id === id)?.name;
          await api.call('tags.delete', { id, count });
          if (name && get().filter.section === name) set({ filter: { ...get().filter, section: null } });
        }),
    };
  };
