import type { WarningCheck } from '../../../../../shared/api/contract';
import { warningKey } from '../../../../../shared/lint/warning';
import type { Warning } from '../../../../../shared/model/types';
import type { DeskState } from '../../types';

export const selectArticle = (s: DeskState) => s.article;
export const selectSaveState = (s: DeskState) => s.saveState;

/** The paragraph (0-based line) that holds `offset` in `text`. */
export function paragraphAt(text: string, offset: number): number {
  let paragraph = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) paragraph++;
  return paragraph;
}

/** Warnings with a place in the text first, in text order; the rest after, as the backend gave them. */
/** The warnings nobody has marked checked yet. */
export function openWarnings(warnings: readonly Warning[], checks: readonly WarningCheck[]): Warning[] {
  const checked = new Set(checks.map((c) => c.key));
  return warnings.filter((w) => !checked.has(warningKey(w)));
}

export function sortedWarnings(warnings: readonly Warning[]): Warning[] {
  const placed = warnings.filter((w) => w.range !== null).sort((a, b) => a.range!.start - b.range!.start);
  return [...placed, ...warnings.filter((w) => w.range === null)];
}

/** Whether the article has work that is not yet stored. */
export function hasUnsavedWork(s: Pick<DeskState, 'saveState'>): boolean {
  return s.saveState === 'dirty' || s.saveState === 'saving' || s.saveState === 'failed';
}

/** The save indicator: what to show and whether the failure was a conflict. */
export function saveIndicator(s: Pick<DeskState, 'saveState' | 'saveError'>): { state: DeskState['saveState']; conflict: boolean; message: string | null } {
  return { state: s.saveState, conflict: s.saveState === 'failed' && s.saveError?.code === 'conflict', message: s.saveError?.message ?? null };
}
