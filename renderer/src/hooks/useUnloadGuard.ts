import { useEffect } from 'react';
import type { DeskStore } from '../store';

const pending = (store: DeskStore) => {
  const { saveState } = store.getState();
  return saveState === 'dirty' || saveState === 'saving';
};

/**
 * Typing is never lost to a reload, a closed tab or a closed window: the draft is saved at once when the page is
 * hidden or left (the HTTP client sends small calls with keepalive, so the save outlives the page), and while a save
 * is pending leaving asks first. In Electron that ask cancels the close silently; main closes again once the save
 * is done (electron/shell/closeGuard.ts).
 */
export function useUnloadGuard(store: DeskStore): void {
  useEffect(() => {
    const flush = () => {
      if (pending(store)) void store.getState().flushSave();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!pending(store)) return;
      flush();
      e.preventDefault();
      // Older engines show the prompt only for a returnValue.
      e.returnValue = '';
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [store]);
}
