import { LANGUAGES, type Language, type Settings } from '../../shared/api/contract';
import type { Store } from '../store/repositories';

export const DEFAULT_SETTINGS: Settings = { reviewer: '', language: 'zh-CN' };

/** Who a revision or approval is recorded under when no reviewer name is set. */
export const ANONYMOUS = 'anonymous';

export function getSettings(store: Store): Settings {
  const language = store.settings.get('language');
  return {
    reviewer: store.settings.get('reviewer') ?? DEFAULT_SETTINGS.reviewer,
    language: (LANGUAGES as readonly string[]).includes(language ?? '') ? (language as Language) : DEFAULT_SETTINGS.language,
  };
}

export function setSettings(store: Store, patch: Partial<Settings>): Settings {
  store.transaction(() => {
    if (patch.reviewer !== undefined) store.settings.set('reviewer', patch.reviewer);
    if (patch.language !== undefined) store.settings.set('language', patch.language);
  });
  return getSettings(store);
}

export function reviewerName(store: Store): string {
  return getSettings(store).reviewer || ANONYMOUS;
}
