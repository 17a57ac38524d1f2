import type { ImportFileStatus } from '../../../../../shared/api/contract';
import type { DeskState } from '../../types';

/** Import progress as a fraction 0…1 of files finished, or null when no import is reporting. */
export function importFraction(s: Pick<DeskState, 'importProgress' | 'importDone'>): number | null {
  const p = s.importProgress;
  if (!p || p.total <= 0) return null;
  return Math.min(1, Math.max(0, s.importDone / p.total));
}

/** How many files of the last report ended in each status. */
export function importTally(s: Pick<DeskState, 'importReport'>): Record<ImportFileStatus, number> {
  const tally: Record<ImportFileStatus, number> = { imported: 0, duplicate: 0, updated: 0, refused: 0 };
  for (const f of s.importReport?.files ?? []) tally[f.status]++;
  return tally;
}
