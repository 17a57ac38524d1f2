import type { HeadingField } from '../../../../../shared/api/contract';
import type { DeskApi } from '../../../api';
import type { DeskSlice } from '../../types';

export interface ProfileActions {
  /** Loads the batch's profile and forgets an earlier preview. */
  loadProfile(): Promise<void>;
  removeProfileRule(ruleId: string): Promise<void>;
  previewProfile(): Promise<void>;
  /** Re-reads the unedited pages with the profile, then refreshes the lists. */
  applyProfile(): Promise<void>;
  /** Sets one heading line of the open article apart as page furniture; the profile learns it. */
  markHeadingNoise(field: HeadingField): Promise<void>;
}

export const createProfileActions =
  (api: DeskApi): DeskSlice<ProfileActions> =>
  (set, get) => ({
    async loadProfile() {
      const { batchId } = get();
      if (batchId === null) return;
      set({ profilePreview: null, profileApplied: null });
      try {
        set({ profile: await api.call('profiles.get', { batchId }) });
      } catch (err) {
        get().reportError(err);
      }
    },
    async removeProfileRule(ruleId) {
      const { batchId } = get();
      if (batchId === null) return;
      try {
        set({ profile: await api.call('profiles.removeRule', { batchId, ruleId }), profilePreview: null });
      } catch (err) {
        get().reportError(err);
      }
    },
    async previewProfile() {
      const { batchId } = get();
      if (batchId === null) return;
      try {
        set({ profilePreview: await api.call('profiles.preview', { batchId }), profileApplied: null });
      } catch (err) {
        get().reportError(err);
      }
    },
    async applyProfile() {
      const { batchId } = get();
      if (batchId === null || !(await get().flushSave())) return;
      try {
        const result = await api.call('profiles.apply', { batchId });
        set({ profileApplied: result, profilePreview: null });
        await get().refreshLibrary();
        // The open article may have been re-read away: close it rather than show a stale one.
        const open = get().article;
        if (open && !get().articles.some((a) => a.id === open.id)) await get().closeArticle();
      } catch (err) {
        get().reportError(err);
      }
    },
    async markHeadingNoise(field) {
      const article = get().article;
      if (!article || !(await get().flushSave())) return;
      try {
        await api.call('articles.markHeadingNoise', { id: article.id, field });
        await get().refreshLibrary();
        await get().openArticle(article.id);
        if (get().overlay === 'profile') await get().loadProfile();
      } catch (err) {
        get().reportError(err);
      }
    },
  });
