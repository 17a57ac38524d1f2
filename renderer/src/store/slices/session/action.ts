import type { Language, Settings } from '../../../../../shared/api/contract';
import type { DeskApi } from '../../../api';
import { asApiError } from '../../../api/envelope';
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
          await get().loadBatches();
          set({ booted: 'ready' });
        } catch (err) {
          set({ booted: 'failed', bootError: asApiError(err).message });
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
      closeOverlay: () => set({ overlay: null }),
      reportError: (err) => set({ notice: { kind: 'error', key: 'common.error', params: { message: asApiError(err).message } } }),
      notify: (notice) => set({ notice }),
      dismissNotice: () => set({ notice: null }),
    };
  };
