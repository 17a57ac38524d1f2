import type { Edit } from '../model/types';

/**
 * Applies edits given in `text`'s coordinates. They must be non-overlapping and each `before` must match the
 * text, so a stale or mis-mapped edit list fails loudly instead of corrupting the text.
 */
export function applyEdits(text: string, edits: readonly Pick<Edit, 'start' | 'end' | 'before' | 'after'>[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const pieces: string[] = [];
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos || e.end < e.start || e.end > text.length) {
      throw new RangeError(`edit [${e.start}, ${e.end}) overlaps another or leaves the text`);
    }
    if (text.slice(e.start, e.end) !== e.before) {
      throw new RangeError(`edit [${e.start}, ${e.end}) does not match the text`);
    }
    pieces.push(text.slice(pos, e.start), e.after);
    pos = e.end;
  }
  pieces.push(text.slice(pos));
  return pieces.join('');
}
