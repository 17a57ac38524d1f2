import type { ApiEvents, ImportReport } from '../../../../../shared/api/contract';

export interface ImportState {
  importing: boolean;
  /** The last progress event: which file is being handled. */
  importProgress: ApiEvents['import.progress'] | null;
  /** Files finished so far; events may come in any order (refusals can be reported first). */
  importDone: number;
  importReport: ImportReport | null;
  /** Files of the last drop or pick that were not page files and were not sent. */
  importSkipped: string[];
}

export const importInitialState: ImportState = {
  importing: false,
  importProgress: null,
  importDone: 0,
  importReport: null,
  importSkipped: [],
};
