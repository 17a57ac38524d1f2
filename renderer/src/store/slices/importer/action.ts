import type { ApiEvents, ImportReport } from '../../../../../shared/api/contract';
import type { DeskApi } from '../../../api';
import type { DeskSlice } from '../../types';

export interface ImportFilePayload {
  name: string;
  base64: string;
}

export interface ImportActions {
  /** `skipped`: files of the drop or pick left out as not page files, reported with the result. */
  importFiles(files: ImportFilePayload[], batch?: string, skipped?: string[]): Promise<void>;
  importPaths(paths: string[], batch?: string): Promise<void>;
  importSample(): Promise<void>;
  /** Ask the desktop host for files or a folder, then import what was chosen. */
  importWithNativeDialog(directories: boolean, batch?: string): Promise<void>;
  onImportProgress(payload: ApiEvents['import.progress']): void;
  clearImportReport(): void;
  /** Another part of the app (the desktop shell) imported files: show its report and the new batch. */
  showImportReport(report: ImportReport): Promise<void>;
}

export const createImportActions =
  (api: DeskApi): DeskSlice<ImportActions> =>
  (set, get) => {
    async function run(request: () => Promise<ImportReport>, skipped: string[] = []): Promise<void> {
      set({ importing: true, importProgress: null, importDone: 0, importReport: null, importSkipped: skipped });
      try {
        const report = await request();
        set({ importReport: report });
        await get().loadBatches();
        // loadBatches may already have opened the new batch; selecting it again would empty the list meanwhile.
        if (report.batchId !== null && get().batchId !== report.batchId) await get().selectBatch(report.batchId);
        else await get().refreshLibrary();
      } catch (err) {
        get().reportError(err);
      } finally {
        set({ importing: false });
      }
    }
    const batchName = (batch?: string) => (batch && batch.trim() ? { batch: batch.trim() } : {});
    return {
      importFiles: (files, batch, skipped) => run(() => api.call('import.files', { files, ...batchName(batch) }), skipped),
      importPaths: (paths, batch) => run(() => api.call('import.paths', { paths, ...batchName(batch) })),
      importSample: () => run(() => api.call('import.sample', {})),
      async importWithNativeDialog(directories, batch) {
        try {
          const { paths } = await api.call('dialog.openPaths', { directories });
          if (paths.length > 0) await get().importPaths(paths, batch);
        } catch (err) {
          get().reportError(err);
        }
      },
      onImportProgress: (payload) => set({ importProgress: payload, importDone: get().importDone + (payload.status === 'reading' ? 0 : 1) }),
      clearImportReport: () => set({ importReport: null, importProgress: null, importDone: 0, importSkipped: [] }),
      async showImportReport(report) {
        set({ importReport: report, overlay: 'import' });
        await get().loadBatches();
        if (report.batchId !== null && get().batchId !== report.batchId) await get().selectBatch(report.batchId);
        else await get().refreshLibrary();
      },
    };
  };
