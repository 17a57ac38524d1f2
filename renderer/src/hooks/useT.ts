import { useCallback } from 'react';
import { translate } from '../i18n';
import type { MessageKey, MessageParams } from '../i18n';
import { useDesk } from '../store/provider';

/** `t(key)` bound to the UI language; components re-render when it changes. */
export function useT(): (key: MessageKey, params?: MessageParams) => string {
  const language = useDesk((s) => s.settings.language);
  return useCallback((key: MessageKey, params?: MessageParams) => translate(language, key, params), [language]);
}
