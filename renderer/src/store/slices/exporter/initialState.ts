import type { ApiEvents, ExportFormat, ExportRecord, Selection } from '../../../../../shared/api/contract';

export interface ExportState {
  exportSelection: Selection;
  exportFormat: ExportFormat;
  exportCount: number | null;
  exportRunning: boolean;
  exportProgress: ApiEvents['export.progress'] | null;
  exportHistory: ExportRecord[];
  lastExport: ExportRecord | null;
}

export const exportInitialState: ExportState = {
  exportSelection: { status: 'approved' },
  exportFormat: 'jsonl',
  exportCount: null,
  exportRunning: false,
  exportProgress: null,
  exportHistory: [],
  lastExport: null,
};
