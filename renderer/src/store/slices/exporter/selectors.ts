import type { Selection } from '../../../../../shared/api/contract';
import type { DeskState } from '../../types';

/** The selection without empty fields, as the API expects it (an empty list would select nothing). */
export function cleanSelection(selection: Selection): Selection {
  const out: Selection = {};
  if (selection.batchId !== undefined) out.batchId = selection.batchId;
  if (selection.pageIds && selection.pageIds.length > 0) out.pageIds = selection.pageIds;
  if (selection.dateFrom) out.dateFrom = selection.dateFrom;
  if (selection.dateTo) out.dateTo = selection.dateTo;
  if (selection.sections && selection.sections.length > 0) out.sections = selection.sections;
  out.status = selection.status ?? 'approved';
  return out;
}

export function exportFraction(s: Pick<DeskState, 'exportProgress'>): number | null {
  const p = s.exportProgress;
  if (!p || p.total <= 0) return null;
  return Math.min(1, Math.max(0, p.done / p.total));
}
