// Paragraph-by-paragraph scroll sync: which line of the other pane stands beside a given line of this one.
import type { ParagraphGroup } from '../../../shared/diff/types';

export type Side = 'ocr' | 'clean';

const other = (side: Side): Side => (side === 'ocr' ? 'clean' : 'ocr');
const linesOf = (g: ParagraphGroup, side: Side) => (side === 'ocr' ? g.ocrLines : g.cleanLines);

/**
 * The group holding `line` (0-based) on `side`. Groups are in order and cover every line contiguously, so the
 * first group whose line range ends after `line` holds it; groups with no line on this side never do.
 */
export function groupOfLine(groups: readonly ParagraphGroup[], side: Side, line: number): ParagraphGroup | null {
  let lo = 0;
  let hi = groups.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (linesOf(groups[mid], side).end <= line) lo = mid + 1;
    else hi = mid;
  }
  const group = groups[lo];
  return group && linesOf(group, side).start <= line ? group : null;
}

/**
 * Where the other pane should be: the line (0-based, possibly fractional) beside `line` + `fraction` on `side`.
 * Within a group the position is spread proportionally over the other side's lines, so a joined paragraph
 * stays beside the OCR lines it came from.
 */
export function alignedLine(groups: readonly ParagraphGroup[], side: Side, line: number, fraction: number): number {
  const group = groupOfLine(groups, side, line);
  if (!group) return line + fraction;
  const here = linesOf(group, side);
  const there = linesOf(group, other(side));
  const span = here.end - here.start;
  const progress = span > 0 ? (line - here.start + fraction) / span : 0;
  return there.start + progress * (there.end - there.start);
}
