import type { ApiEvents, ImportReport } from '../../../../../shared/api/contract';

export interface ImportState {
  importing: boolean;
  importProgress: ApiEvents['import.progress'] | null;
  importReport: ImportReport | null;
}

export const importInitialState: ImportState = {
  importing: false,
  importProgress: null,
  importReport: null,
};
