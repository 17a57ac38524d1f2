// Printed lines and paragraphs. Tesseract and FineReader's plain text write one printed line per text line
// (12–24 cells): a paragraph is a run of lines, and only an indent, a short line or a blank line shows where it
// ends. Whether a page (or a region of it) is set that way is read from its line lengths: the lines of a column
// share one width.
import * as marks from './punctuation';

// Bound once at load: under the tsx loader (CLI, benchmarks) every call through an import costs two getter calls.
const { endsWithContinuationMark, endsWithFinalPunct, startsWithClosingMark } = marks;

/**
 * Cells of each ASCII character: digits and Latin are set half-width, but brackets, quotes and sentence marks in
 * Chinese text are full-width marks the OCR wrote as ASCII (`(市)`, `: `, `"`), a cell each.
 */
const ASCII_CELLS = new Float64Array(0x7f).fill(0.5);
for (const c of '(),;:!?"') ASCII_CELLS[c.charCodeAt(0)] = 1;

/** Printed width of a line in cells: a Han character or full-width mark is one, Latin and digits half, spaces nothing. */
export function cells(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c <= 0x20 || c === 0x3000 || c === 0xa0) continue;
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    n += c < 0x7f ? ASCII_CELLS[c] : 1;
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
 * most lines near it share, within WIDTH_SLACK, the larger one on a tie. O(lines × widths).
 */
export function columnWidths(lengths: readonly number[]): number[] {
  const n = lengths.length;
  const widths = new Array<number>(n).fill(0);
  // A histogram of the lengths in half cells over the window, slid along the lines: support(v) counts the lines
  // within the slack of v, and the lines longer than the width are counted from the same histogram.
  const top = 2 * (MAX_COLUMN + WIDTH_SLACK + 2);
  const halves = lengths.map((l) => Math.min(Math.round(l * 2), top));
  const hist = new Int32Array(top + 1);
  let from = 0;
  let to = 0;
  for (let i = 0; i < n; i++) {
    const wantFrom = Math.max(0, i - WINDOW);
    const wantTo = Math.min(n, i + WINDOW + 1);
    while (to < wantTo) hist[halves[to++]]++;
    while (from < wantFrom) hist[halves[from++]]--;
    let best = 0;
    let support = 0;
    for (let v = MIN_COLUMN; v <= MAX_COLUMN; v++) {
      if (hist[2 * v] === 0 && hist[2 * v - 1] === 0) continue;
      let s = 0;
      for (let h = 2 * (v - WIDTH_SLACK); h <= 2 * (v + WIDTH_SLACK); h++) s += hist[h];
      if (s >= support) {
        best = v;
        support = s;
      }
    }
    // Lines longer than the width by more than the slack must be few, or these are paragraphs of varied length.
    let longer = 0;
    for (let h = 2 * (best + WIDTH_SLACK + 1) + 1; h <= top; h++) longer += hist[h];
    widths[i] = support >= MIN_SUPPORT && longer * 3 <= to - from ? fullLength(hist, best) : 0;
  }
  return widths;
}

/**
 * The width full lines reach, near the width `best` whose slack gathers most lines: the length most of them share
 * (a half cell short counts, half-width digits and Latin), the larger on a tie. The slack also gathers paragraph
 * starts whose indent OCR dropped (two cells short) and lines a mark hangs past, which would pull it off by one.
 */
function fullLength(hist: Int32Array, best: number): number {
  let width = best;
  let most = -1;
  for (let v = best - WIDTH_SLACK; v <= best + WIDTH_SLACK; v++) {
    const n = hist[2 * v] + hist[2 * v - 1];
    if (n >= most) {
      width = v;
      most = n;
    }
  }
  return width;
}

/** True when a line fills its column: the paragraph did not end there (or ended flush, which nothing shows). */
export function isFullLine(length: number, width: number): boolean {
  return width > 0 && length >= width - WIDTH_SLACK - 0.5;
}

/** How far past its column's width a line must run to be set outside the column. */
const OUTSIDE_COLUMN = 3;

/** True when a line runs clearly past the column's width (a heading across columns, a zone of another width). */
export function isWiderThanColumn(length: number, width: number): boolean {
  return width > 0 && length > width + WIDTH_SLACK + OUTSIDE_COLUMN;
}

/**
 * Whether paragraphs start short by an indent the OCR dropped (`startsShort`): of the lines after a paragraph's
 * end (a sentence finished well short of the column), more stand short by just the indent than fill the column.
 * Papers indent their paragraphs; a page re-wrapped flush (FineReader's) starts them full.
 */
export function startsShortByIndent(lengths: readonly number[], widths: readonly number[], endsParagraph: (i: number) => boolean): boolean {
  let short = 0;
  let full = 0;
  for (let i = 1; i < lengths.length; i++) {
    const w = widths[i];
    if (w === 0 || widths[i - 1] === 0 || lengths[i - 1] >= w - SHORT_BY || !endsParagraph(i - 1)) continue;
    if (Math.abs(lengths[i] - (w - LOST_INDENT)) <= 0.5) short++;
    else if (isFullLine(lengths[i], w)) full++;
  }
  return short > full;
}

/** A line this many cells short of its column is well short: more than a hanging mark or half-width digits. */
const SHORT_BY = 3;
/** The cells of an indent OCR dropped (Tesseract keeps none). */
const LOST_INDENT = 2;

/**
 * Why one printed line runs on into the next: it fills its column, ends in a mark that needs more, the next starts
 * with a closing mark, it is a paragraph's first line short only by the indent the OCR dropped, or the next fills the
 * column (no paragraph's first line does) and it is short by no more than an indent.
 */
export type ReflowReason = 'full' | 'mark' | 'closing' | 'indent' | 'fills';

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
  /** The first line of its paragraph (after a blank line, a short line or a heading). */
  first: boolean;
  /** The only line of its zone (blank lines, or the page's edges, on both sides). */
  alone: boolean;
  /** The next line follows it without a blank line and fills the column. */
  fullNext: boolean;
  /** A heading of phrases set apart by spaces (`传承儒家文化 践行…`), which body lines are not. */
  phrased: boolean;
}

/**
 * Whether `lower` continues the paragraph of `upper` (both printed lines of one column), or null. `indents` says
 * whether the region marks paragraph starts by an indent: then an unindented line after a full one is surely the
 * same paragraph, and an indented one surely a new one. `startsShort` says that, without indents, the region's
 * paragraphs still start short by the indent the OCR dropped (the text stays where the indent put it). A line never continues into a structural line (heading,
 * byline, credit): the caller says which lines are.
 */
export function reflowReason(upper: PrintedLine, lower: PrintedLine, indents: boolean, startsShort = false): ReflowReason | null {
  // 避头尾: a line never starts with a closing mark, so one that does was pushed down from the line above.
  // (Not a closing quote: OCR reads “ as ” often enough.)
  if (startsWithClosingMark(lower.text) && !/^[”’"']/.test(lower.text)) return 'closing';
  if (indents && lower.indented) return null;
  // A line set wider than the column is a heading spanning columns (or another zone), never a column line's
  // continuation, however the line above ends.
  // Unless the line above is set as wide: then both are lines of one wider block (a headline across columns
  // broken at its own measure), the upper one filling it.
  const width = upper.width || lower.width;
  if (isWiderThanColumn(lower.cells, width)) {
    return lower.gapBefore === 0 && isWiderThanColumn(upper.cells, width) && !endsWithFinalPunct(upper.text) && isFullLine(upper.cells, lower.cells) ? 'full' : null;
  }
  // (Not a line well short of its column ending an OCR zone after other lines of it: only a paragraph's last line
  // stops short, its 。 misread as ，.)
  if (endsWithContinuationMark(upper.text) && !(lower.gapBefore > 0 && upper.run >= 2 && upper.width > 0 && upper.cells < upper.width - SHORT_BY)) return 'mark';
  // Across a blank line (an OCR zone's end: a paragraph's or a column's) a full line goes on, but not after a
  // finished sentence (a paragraph end usually finishes one), nor from a zone of one heading-shaped line.
  // (A line that carries on a paragraph is no heading, whatever its shape.)
  if (lower.gapBefore > 0 && (endsWithFinalPunct(upper.text) || (upper.run < 2 && upper.titleLike && upper.first) || lower.phrased)) return null;
  // Nor into a zone of one short heading-shaped line: a subhead or heading of its own.
  if (lower.gapBefore > 0 && lower.alone && lower.titleLike && !isFullLine(lower.cells, lower.width || upper.width)) return null;
  // Without indents a full line that finishes a sentence may end its paragraph as well: nothing tells, so the
  // lines stay apart (the proofreader joins them with one click).
  // Unless paragraphs here start short by the indent the OCR dropped: then a full line under a full one is the
  // same paragraph, its sentence ended at the column's edge.
  if (!indents && endsWithFinalPunct(upper.text) && !(startsShort && lower.gapBefore === 0 && isFullLine(lower.cells, width) && isFullLine(upper.cells, width))) return null;
  // Across a blank line, a zone's first line short by just an indent with full lines under it is a paragraph's
  // first line whose indent the OCR dropped: the paragraph above ended (its 。 lost at the column's edge).
  if (startsShort && lower.gapBefore > 0 && lower.fullNext && Math.abs(lower.cells - (width - LOST_INDENT)) <= 0.5) return null;
  if (isFullLine(upper.cells, upper.width || lower.width)) return 'full';
  // A paragraph's first line whose indent the OCR dropped is short by the indent's two cells.
  if (upper.first && !upper.indented && !upper.phrased && isFullLine(upper.cells + LOST_INDENT, upper.width || lower.width)) return 'indent';
  // A paragraph's first line stands short by its indent even where the OCR dropped it, so a line filling the
  // column is no paragraph's start: the line above, short by no more than an indent (a mark or space the OCR lost),
  // runs on into it.
  if (startsShort && lower.gapBefore === 0 && isFullLine(lower.cells, width) && upper.cells >= width - LOST_INDENT - 0.5) return 'fills';
  return null;
}
