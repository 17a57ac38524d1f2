import type { Hunk } from './types';

export type DiffSide = 'ocr' | 'clean';

const startOf = (h: Hunk, side: DiffSide) => (side === 'ocr' ? h.ocrStart : h.cleanStart);
const endOf = (h: Hunk, side: DiffSide) => (side === 'ocr' ? h.ocrEnd : h.cleanEnd);

/** Index of the first hunk starting after `offset` on `side`, or -1 (for "next change"). */
export function nextHunkIndex(hunks: readonly Hunk[], side: DiffSide, offset: number): number {
  let lo = 0;
  let hi = hunks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (startOf(hunks[mid], side) > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo < hunks.length ? lo : -1;
}

/** Index of the last hunk starting before `offset` on `side`, or -1 (for "previous change"). */
export function previousHunkIndex(hunks: readonly Hunk[], side: DiffSide, offset: number): number {
  let lo = 0;
  let hi = hunks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (startOf(hunks[mid], side) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Index of the hunk at `offset` on `side`: one whose range contains it, or an empty range (an insertion seen from
 * the OCR side, a deletion from the clean side) sitting exactly on it; -1 when the text there is unchanged.
 */
export function hunkIndexAt(hunks: readonly Hunk[], side: DiffSide, offset: number): number {
  // Hunks do not overlap on either side, so ends ascend with starts: scan back from the last start <= offset.
  for (let i = previousHunkIndex(hunks, side, offset + 1); i >= 0; i--) {
    const end = endOf(hunks[i], side);
    if (end < offset) break;
    if (offset < end || startOf(hunks[i], side) === offset) return i;
  }
  return -1;
}

/** The text change that reverts one hunk in the cleaned text (CodeMirror's {from, to, insert} shape). */
export function revertChange(ocr: string, hunk: Hunk): { from: number; to: number; insert: string } {
  return { from: hunk.cleanStart, to: hunk.cleanEnd, insert: ocr.slice(hunk.ocrStart, hunk.ocrEnd) };
}
