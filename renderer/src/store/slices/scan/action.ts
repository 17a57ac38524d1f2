import type { DeskApi } from '../../../api';
import { clampScanWidth, saveScanPrefs } from '../../../lib/scanPrefs';
import type { DeskSlice } from '../../types';

export interface ScanActions {
  /** Loads the scan of a page (the open article's); a page without image or boxes clears it. */
  loadScan(pageId: number): Promise<void>;
  toggleScan(): void;
  setScanWidth(width: number): void;
}

export const createScanActions =
  (api: DeskApi): DeskSlice<ScanActions> =>
  (set, get) => ({
    async loadScan(pageId) {
      if (get().scan?.pageId === pageId) return;
      try {
        const scan = await api.call('pages.scan', { pageId });
        // Another article may have opened meanwhile.
        if (get().article?.pageId === pageId) set({ scan });
      } catch (err) {
        set({ scan: null });
        get().reportError(err);
      }
    },
    toggleScan() {
      const scanOpen = !get().scanOpen;
      set({ scanOpen });
      saveScanPrefs({ open: scanOpen, width: get().scanWidth });
    },
    setScanWidth(width) {
      const scanWidth = clampScanWidth(width);
      set({ scanWidth });
      saveScanPrefs({ open: get().scanOpen, width: scanWidth });
    },
  });
