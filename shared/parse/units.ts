// Paragraph units: on a page set one printed line per text line, the runs of lines that make one paragraph (or
// one heading, byline, credit); elsewhere each line is a unit of its own. The parser reads roles and article
// boundaries on units, so a printed line page reads like a paragraph-per-line one.
import type { NoiseBlock } from '../model/types';
import * as credits from '../text/byline';
import * as titles from '../text/heading';
import * as marks from '../text/punctuation';
import * as reflow from '../text/reflow';
import type { PrintedLine, ReflowReason } from '../text/reflow';
import type { PageLine } from './lines';

// Bound once at load: under the tsx loader (CLI, benchmarks) every call through an import costs two getter calls.
const { extractPhotoCredit, isBylineOnly, isEditorSign } = credits;
const { hasPhraseSpace, isTitleLike } = titles;
const { endsWithFinalPunct, isAsciiAlnum } = marks;
const { cells, columnWidths, isFullLine, reflowReason } = reflow;

/** One paragraph unit. Its `index` is its place among the page's units; `lines` are page line indices. */
export interface Unit extends PageLine {
  lines: number[];
  /** Why each line after the first continues the one before it (`joins[k]` is the break before lines[k + 1]). */
  joins: ReflowReason[];
}

/** What the page's line shape is: how many lines are printed lines of a column, and whether indents mark paragraphs. */
export interface PageShape {
  /** Column width around each page line (0: not a printed line). */
  widths: number[];
  /** Share of lines that are printed lines of a column. */
  printed: number;
  /** The printed lines mark paragraph starts by indents. */
  indents: boolean;
}

/** A page is read as printed lines where at least this share of its lines are. */
const PRINTED_PAGE = 0.5;

export function pageShape(lines: readonly PageLine[]): PageShape {
  const lengths = lines.map((l) => cells(l.text));
  const widths = columnWidths(lengths);
  let printed = 0;
  let indented = 0;
  for (let i = 0; i < lines.length; i++) {
    if (widths[i] === 0) continue;
    printed++;
    if (lines[i].indented) indented++;
  }
  // Indents mark paragraphs when a fair share of printed lines have one (a paragraph runs 2–8 lines).
  return { widths, printed: lines.length ? printed / lines.length : 0, indents: indented * 12 >= printed && indented > 0 };
}

/** True when the page is read as printed lines. */
export function isPrintedPage(shape: PageShape): boolean {
  return shape.printed >= PRINTED_PAGE;
}

/** Lines that stand alone whatever their length: bylines, credits, signatures. */
function standsAlone(text: string): boolean {
  return isBylineOnly(text) || extractPhotoCredit(text) !== null || isEditorSign(text);
}

/**
 * A short line that reads as a heading after a finished sentence: it starts a block of its own even without a
 * blank line or an indent before it (`…的“审美与惯例”。` / `AI生成的数学证明面临验证难题`).
 */
function headingAfterSentence(upper: PageLine, lower: PageLine, lowerCells: number, width: number): boolean {
  return endsWithFinalPunct(upper.text) && !isFullLine(lowerCells, width) && isTitleLike(lower.text);
}

/** Latin words or numbers on both sides of a join keep a space between them. */
export function joinerOf(upper: string, lower: string): string {
  return isAsciiAlnum(upper[upper.length - 1]) && isAsciiAlnum(lower[0]) ? ' ' : '';
}

/** Group the page's lines into units. Noise lines are units of their own; so is every line of a paragraph page. */
export function pageUnits(
  lines: readonly PageLine[],
  shape: PageShape,
  noise: ReadonlyMap<number, NoiseBlock['reason']>,
): Unit[] {
  const units: Unit[] = [];
  const printed = isPrintedPage(shape);
  let run = 0;
  const printedLine = (i: number): PrintedLine => {
    run = lines[i].gapBefore > 0 ? 1 : run + 1;
    return {
      text: lines[i].text,
      cells: cells(lines[i].text),
      indented: lines[i].indented,
      width: shape.widths[i],
      gapBefore: lines[i].gapBefore,
      run,
      titleLike: isTitleLike(lines[i].text),
      phrased: hasPhraseSpace(lines[i].text) && isTitleLike(lines[i].text),
    };
  };
  let cur: Unit | null = null;
  let upper: PrintedLine | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const lower = printedLine(i);
    let why: ReflowReason | null = null;
    if (printed && cur !== null && upper !== null && !noise.has(i) && !noise.has(i - 1)) {
      why = reflowReason(upper, lower, shape.indents);
      if (why !== null && why !== 'closing') {
        if (standsAlone(upper.text) || standsAlone(line.text)) why = null;
        else if (headingAfterSentence(lines[i - 1], line, lower.cells, lower.width || upper.width)) why = null;
      }
    }
    if (why !== null && cur !== null) {
      cur.text += joinerOf(cur.text, line.text) + line.text;
      cur.end = line.end;
      cur.lines.push(i);
      cur.joins.push(why);
    } else {
      cur = { ...line, index: units.length, lines: [i], joins: [] };
      units.push(cur);
    }
    upper = lower;
  }
  return units;
}
