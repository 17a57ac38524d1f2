// Which rule made a change: a hunk overlapping one of the rules' edits (both in OCR coordinates) is that rule's;
// anything else the proofreader did by hand.
import { hunkIndexAt, nextHunkIndex, previousHunkIndex } from '../../../shared/diff';
import type { DiffSide, Hunk } from '../../../shared/diff';
import type { Edit } from '../../../shared/model/types';

export interface AttributedChange extends Hunk {
  /** The rule of the first overlapping edit, or null for a change made by hand. */
  rule: string | null;
  /** Every rule edit the change overlaps, for the explanation. */
  edits: Edit[];
}

/** Half-open ranges overlap; an empty range (a pure insertion point) overlaps a range it touches. */
export function rangesMeet(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  if (aStart === aEnd || bStart === bEnd) return Math.max(aStart, bStart) <= Math.min(aEnd, bEnd);
  return Math.max(aStart, bStart) < Math.min(aEnd, bEnd);
}

/** Index of the first edit whose end is at or after `pos` (edits sorted by start, non-overlapping). */
function firstEditEndingFrom(edits: readonly Edit[], pos: number): number {
  let lo = 0;
  let hi = edits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (edits[mid].end < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function attributeChanges(hunks: readonly Hunk[], edits: readonly Edit[]): AttributedChange[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  return hunks.map((hunk) => {
    const overlapping: Edit[] = [];
    for (let i = firstEditEndingFrom(sorted, hunk.ocrStart); i < sorted.length && sorted[i].start <= hunk.ocrEnd; i++) {
      const edit = sorted[i];
      if (rangesMeet(hunk.ocrStart, hunk.ocrEnd, edit.start, edit.end)) overlapping.push(edit);
    }
    return { ...hunk, rule: overlapping[0]?.rule ?? null, edits: overlapping };
  });
}

export interface RuleTally {
  /** A rule id, or null for changes by hand. */
  rule: string | null;
  changes: number;
}

/** Changes per rule, most frequent first, by-hand last. */
export function tallyByRule(changes: readonly AttributedChange[]): RuleTally[] {
  const counts = new Map<string | null, number>();
  for (const c of changes) counts.set(c.rule, (counts.get(c.rule) ?? 0) + 1);
  return [...counts]
    .map(([rule, n]) => ({ rule, changes: n }))
    .sort((a, b) => (a.rule === null ? 1 : 0) - (b.rule === null ? 1 : 0) || b.changes - a.changes || String(a.rule).localeCompare(String(b.rule)));
}

/** The change at `pos` on `side` (containing it, or an empty range sitting on it), or null. */
export function changeAt(changes: readonly AttributedChange[], side: DiffSide, pos: number): AttributedChange | null {
  return changes[hunkIndexAt(changes, side, pos)] ?? null;
}

/** The change the cursor is in or touches on the clean side, for reverting by keyboard. */
export function changeAtCursor(changes: readonly AttributedChange[], pos: number): AttributedChange | null {
  return changeAt(changes, 'clean', pos) ?? (pos > 0 ? changeAt(changes, 'clean', pos - 1) : null);
}

/** The change to go to from a selection: F7 goes forward, Shift+F7 back, wrapping around at either end. */
export function neighbourChange(changes: readonly AttributedChange[], from: number, direction: 1 | -1): AttributedChange | null {
  if (changes.length === 0) return null;
  const index = direction === 1 ? nextHunkIndex(changes, 'clean', from) : previousHunkIndex(changes, 'clean', from);
  if (index === -1) return direction === 1 ? changes[0] : changes[changes.length - 1];
  return changes[index];
}
