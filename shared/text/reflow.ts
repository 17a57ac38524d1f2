// Printed lines and paragraphs. Tesseract and FineReader's plain text write one printed line per text line
// (12–24 cells): a paragraph is a run of lines, and only an indent, a short line or a blank line shows where it
// ends. Whether a page (or a region of it) is set that way is read from its line lengths: the lines of a column
// share one width.
import * as marks from './punctuation';

// Bound once at load: under the tsx loader (CLI, benchmarks) every call through an import costs two getter calls.
const { endsWithContinuationMark, endsWithFinalPunct, startsWithClosingMark } = marks;

/** Printed width of a line in cells: a Han character or full-width mark is one, ASCII half, spaces nothing. */
export function cells(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c <= 0x20 || c === 0x3000 || c === 0xa0) continue;
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    n += c < 0x7f ? 0.5 : 1;
  }
  return n;
}

/** The widest column set line by line: wider lines are paragraphs or headings of a paragraph-per-line page. */
export const MAX_COLUMN = 34;
/** The narrowest column that is still read as one. */
const MIN_COLUMN = 8;
/** Lines of a column are within this many cells of its width (half-width digits, 避头尾 pushes and hangs). */
const WIDTH_SLACK = 1;
/** How many lines on either side a line's column width is read from. */
const WINDOW = 8;
/** A width needs this many lines to count as a column. */
const MIN_SUPPORT = 4;

/**
 * The column width around each line (0 where the lines around it are not set as printed lines): the length that
 * most lines near it share, within WIDTH_SLACK, the larger one on a tie. O(lines × window²).
 */
export function columnWidths(lengths: readonly number[]): number[] {
  const n = lengths.length;
  const widths = new Array<number>(n).fill(0);
  const rounded = lengths.map((l) => Math.round(l));
  for (let i = 0; i < n; i++) {
    const from = Math.max(0, i - WINDOW);
    const to = Math.min(n, i + WINDOW + 1);
    let best = 0;
    let support = 0;
    for (let k = from; k < to; k++) {
      const v = rounded[k];
      if (v < MIN_COLUMN || v > MAX_COLUMN) continue;
      let s = 0;
      for (let m = from; m < to; m++) if (Math.abs(lengths[m] - v) <= WIDTH_SLACK) s++;
      if (s > support || (s === support && v > best)) {
        best = v;
        support = s;
      }
    }
    // Lines longer than the width by more than the slack must be few, or these are paragraphs of varied length.
    let longer = 0;
    for (let k = from; k < to; k++) if (lengths[k] > best + WIDTH_SLACK + 1) longer++;
    widths[i] = support >= MIN_SUPPORT && longer * 3 <= to - from ? best : 0;
  }
  return widths;
}

/** True when a line fills its column: the paragraph did not end there (or ended flush, which nothing shows). */
export function isFullLine(length: number, width: number): boolean {
  return width > 0 && length >= width - WIDTH_SLACK - 0.5;
}

/** Why one printed line runs on into the next. */
export type ReflowReason = 'full' | 'mark' | 'closing';

/** One printed line as the reflow decision sees it. */
export interface PrintedLine {
  text: string;
  cells: number;
  /** Starts with an indent (an ideographic space or two spaces). */
  indented: boolean;
  /** The column width around it (0: not a printed line). */
  width: number;
  /** Blank lines before it. */
  gapBefore: number;
  /** Lines in its run between blank lines, up to it. */
  run: number;
  /** Shaped like a heading (short, no 。, nothing left open). */
  titleLike: boolean;
  /** A heading of phrases set apart by spaces (`传承儒家文化 践行…`), which body lines are not. */
  phrased: boolean;
}

/**
 * Whether `lower` continues the paragraph of `upper` (both printed lines of one column), or null. `indents` says
 * whether the region marks paragraph starts by an indent: then an unindented line after a full one is surely the
 * same paragraph, and an indented one surely a new one. A line never continues into a structural line (heading,
 * byline, credit): the caller says which lines are.
 */
export function reflowReason(upper: PrintedLine, lower: PrintedLine, indents: boolean): ReflowReason | null {
  // 避头尾: a line never starts with a closing mark, so one that does was pushed down from the line above.
  if (startsWithClosingMark(lower.text)) return 'closing';
  if (indents && lower.indented) return null;
  if (endsWithContinuationMark(upper.text)) return 'mark';
  // Across a blank line (an OCR zone's end: a paragraph's or a column's) a full line goes on, but not after a
  // finished sentence (a paragraph end usually finishes one), nor from a zone of one heading-shaped line.
  if (lower.gapBefore > 0 && (endsWithFinalPunct(upper.text) || (upper.run < 2 && upper.titleLike) || lower.phrased)) return null;
  if (isFullLine(upper.cells, upper.width || lower.width)) return 'full';
  return null;
}
