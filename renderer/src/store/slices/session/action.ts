import type { Language, Settings } from '../../../../../shared/api/contract';
import type { DeskApi } from '../../../api';
import { errorLike } from '../../../api/envelope';
import { errorText } from '../../../i18n';
import type { DeskSlice } from '../../types';
import type { Notice, Overlay } from './initialState';

export interface SessionActions {
  /** Load what the desk needs to start and subscribe to the backend's events. */
  boot(): Promise<void>;
  setLanguage(language: Language): Promise<void>;
  /** Settings changed elsewhere (the desktop menu). */
  applySettings(settings: Settings): void;
  openOverlay(overlay: Overlay): void;
  closeOverlay(): void;
  /** Show an error from any action; never throws. */
  reportError(err: unknown): void;
  notify(notice: Notice): void;
  dismissNotice(): void;
  /** Set the name approvals and revisions are recorded under. */
  setReviewer(name: string): Promise<boolean>;
  /** Approve the open article, asking first for the reviewer's name (none set) or to confirm a missing headline. */
  requestApprove(openNext: boolean): void;
  /** Answer the approval's questions: the name when asked for; then approve. */
  confirmApprove(name?: string): Promise<void>;
}

export const createSessionActions =
  (api: DeskApi): DeskSlice<SessionActions> =>
  (set, get) => {
    let subscribed = false;
    return {
      async boot() {
        set({ booted: 'pending', bootError: null });
        try {
          const [appInfo, settings] = await Promise.all([api.call('app.info', {}), api.call('settings.get', {})]);
          set({ appInfo, settings });
          if (!subscribed) {
            subscribed = true;
            api.on('import.progress', (p) => get().onImportProgress(p));
            api.on('export.progress', (p) => get().onExportProgress(p));
            api.on('article.changed', (p) => get().onArticleChanged(p));
            api.on('article.suspicions', (p) => void get().onSuspicionsRead(p));
          }
          // The sections are known from the start: the section field suggests them before any dialog was opened.
          await Promise.all([get().loadBatches(), get().loadTags()]);
          set({ booted: 'ready' });
        } catch (err) {
          set({ booted: 'failed', bootError: errorText(errorLike(err)) });
        }
      },
      async setLanguage(language) {
        const previous = get().settings;
        set({ settings: { ...previous, language } });
        try {
          set({ settings: await api.call('settings.set', { language }) });
        } catch (err) {
          set({ settings: previous });
          get().reportError(err);
        }
      },
      applySettings: (settings) => set({ settings }),
      openOverlay: (overlay) => set({ overlay }),
      closeOverlay: () => set({ overlay: null, approveCheck: null }),
      reportError: (err) => set({ notice: { kind: 'error', key: 'common.error', params: { message: errorText(errorLike(err)) } } }),
      notify: (notice) => set({ notice }),
      dismissNotice: () => set({ notice: null }),
      async setReviewer(name) {
        try {
          set({ settings: await api.call('settings.set', { reviewer: name.trim() }) });
          return true;
        } catch (err) {
          get().reportError(err);
          return false;
        }
      },
      requestApprove(openNext) {
        const { article, settings } = get();
        if (!article) return;
        const check = { openNext, needsName: settings.reviewer.trim() === '' };
        if (!check.needsName) return void get().approve(openNext);
        set({ approveCheck: check, overlay: 'approve-check' });
      },
      async confirmApprove(name) {
        const check = get().approveCheck;
        if (!check) return;
        if (check.needsName && !(await get().setReviewer(name ?? ''))) return;
        set({ approveCheck: null, overlay: null });
        await get().approve(check.openNext);
      },
    };
  };
