import type { ApiEvents, ExportFormat, Selection } from '../../../../../shared/api/contract';
import type { DeskApi } from '../../../api';
import type { DeskSlice } from '../../types';
import { cleanSelection } from './selectors';

export interface ExportActions {
  /** Open the export form on the current batch. */
  prepareExport(): Promise<void>;
  setExportSelection(patch: Partial<Selection>): Promise<void>;
  setExportFormat(format: ExportFormat): void;
  countExport(): Promise<void>;
  runExport(): Promise<void>;
  loadExportHistory(): Promise<void>;
  onExportProgress(payload: ApiEvents['export.progress']): void;
}

export const createExportActions =
  (api: DeskApi): DeskSlice<ExportActions> =>
  (set, get) => {
    let countRequest = 0;
    return {
      async prepareExport() {
        const { batchId } = get();
        set({ exportSelection: { status: 'approved', ...(batchId !== null ? { batchId } : {}) }, exportCount: null, lastExport: null, exportProgress: null });
        await Promise.all([get().countExport(), get().loadExportHistory(), get().loadTags()]);
      },
      async setExportSelection(patch) {
        set({ exportSelection: { ...get().exportSelection, ...patch } });
        await get().countExport();
      },
      setExportFormat: (format) => set({ exportFormat: format }),
      async countExport() {
        const request = ++countRequest;
        try {
          const { count } = await api.call('export.count', { selection: cleanSelection(get().exportSelection) });
          if (request === countRequest) set({ exportCount: count });
        } catch (err) {
          if (request === countRequest) set({ exportCount: null });
          get().reportError(err);
        }
      },
      async runExport() {
        if (!(await get().flushSave())) return;
        set({ exportRunning: true, exportProgress: null, lastExport: null });
        try {
          const record = await api.call('export.run', { selection: cleanSelection(get().exportSelection), format: get().exportFormat });
          set({ lastExport: record });
          await get().loadExportHistory();
        } catch (err) {
          get().reportError(err);
        } finally {
          set({ exportRunning: false });
        }
      },
      async loadExportHistory() {
        try {
          set({ exportHistory: await api.call('export.history', {}) });
        } catch (err) {
          get().reportError(err);
        }
      },
      onExportProgress: (payload) => set({ exportProgress: payload }),
    };
  };
