import { useEffect } from 'react';
import { setLanguage } from '../i18n';
import { useDesk } from '../store/provider';

/** Keep the i18n module (used outside React, e.g. in editor tooltips) and <html lang> on the UI language. */
export function useLanguageSync(): void {
  const language = useDesk((s) => s.settings.language);
  useEffect(() => {
    setLanguage(language);
    document.documentElement.lang = language;
    document.title = language === 'en' ? 'Galley' : '校样台 Galley';
  }, [language]);
}
