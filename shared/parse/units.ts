// Paragraph units: on a page set one printed line per text line, the runs of lines that make one paragraph (or
// one heading, byline, credit); elsewhere each line is a unit of its own. The parser reads roles and article
// boundaries on units, so a printed line page reads like a paragraph-per-line one.
import type { NoiseBlock } from '../model/types';
import * as credits from '../text/byline';
import * as furniture from '../text/furniture';
import * as titles from '../text/heading';
import * as marks from '../text/punctuation';
import * as reflow from '../text/reflow';
import type { PrintedLine, ReflowReason } from '../text/reflow';
import type { PageLine } from './lines';

// Bound once at load: under the tsx loader (CLI, benchmarks) every call through an import costs two getter calls.
const { extractPhotoCredit, isBylineOnly, isEditorNoteHeading, isEditorSign, isEndNote, ownLineByline } = credits;
const { hasPhraseSpace, isTitleLike } = titles;
const { isJumpLine } = furniture;
const { endsWithFinalPunct, isAsciiAlnum } = marks;
const { cells, columnWidths, isFullLine, reflowReason, startsShortByIndent } = reflow;

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
  /** Without indents, paragraphs still start short by the indent the OCR dropped. */
  startsShort: boolean;
}

/** A page is of OCR zones when at least one line in this many follows a blank line. */
const ZONED_SHARE = 5;
/** A page is read as printed lines where at least this share of its lines are. */
const PRINTED_PAGE = 0.5;

/** A paragraph's indent takes two cells of the printed line. */
const INDENT_CELLS = 2;

/** The printed width of a page line, its indent included. */
function lineCells(line: PageLine): number {
  return cells(line.text) + (line.indented ? INDENT_CELLS : 0);
}

export function pageShape(lines: readonly PageLine[]): PageShape {
  const lengths = lines.map(lineCells);
  const widths = columnWidths(lengths);
  let printed = 0;
  let indented = 0;
  for (let i = 0; i < lines.length; i++) {
    if (widths[i] === 0) continue;
    printed++;
    if (lines[i].indented) indented++;
  }
  // Indents mark paragraphs when a fair share of printed lines have one (a paragraph runs 2–8 lines).
  const indents = indented * 12 >= printed && indented > 0;
  const startsShort = !indents && startsShortByIndent(lengths, widths, (i) => endsWithFinalPunct(lines[i].text));
  return { widths, printed: lines.length ? printed / lines.length : 0, indents, startsShort };
}

/**
 * True when page line i of a printed page carries on the sentence of the line above: that line fills its column
 * and finishes no sentence, and nothing (a blank line, an indent where indents mark paragraphs) starts a new block.
 */
export function runsOnPrinted(lines: readonly PageLine[], shape: PageShape, i: number): boolean {
  if (i === 0 || !isPrintedPage(shape) || shape.widths[i] === 0 || lines[i].gapBefore > 0) return false;
  if (shape.indents && lines[i].indented) return false;
  const upper = lines[i - 1];
  return isFullLine(lineCells(upper), shape.widths[i - 1] || shape.widths[i]) && !endsWithFinalPunct(upper.text);
}

/** True when the page is read as printed lines. */
export function isPrintedPage(shape: PageShape): boolean {
  return shape.printed >= PRINTED_PAGE;
}

/**
 * Lines that stand alone whatever their length: bylines, credits, signatures, end notes, jump lines, a column
 * name in brackets (`【展现青春风貌，关注青年成长②】`) and an editor's note's heading (`编者按`).
 */
function standsAlone(text: string): boolean {
  return (
    isBylineOnly(text) || ownLineByline(text) !== null || extractPhotoCredit(text) !== null || isEditorSign(text) || isEndNote(text) || isJumpLine(text) || BRACKETED_NAME.test(text) || isEditorNoteHeading(text)
  );
}
const BRACKETED_NAME = /^[【〔［「『][^】〕］」』]{1,20}[】〕］」』]$/;

/** OCR specks past the column's edge: one or two marks after a wide gap (`…李艳秋摄      ，`). */
const TRAILING_SPECK = /[\s\u3000]{3,}\S{1,2}$/;
const SPACE = /^\s$/;
/**
 * A caption's closing credit set after its last sentence (`…的夜晚。 记者X`, `…生活。 X摄`, `来源:…网记者 X`): the
 * credit ends the caption block, so the next printed line starts another one.
 */
const CREDIT_TAIL = /(?:^|[。！？!?”」:：\s])[\s\u3000]*(?:[\u4e00-\u9fff]{0,6}记者[\s\u3000]*[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,4}[\s\u3000]*摄(?:影)?)$/;

/** True when the printed line ends with a caption's credit or byline (specks past the column ignored). */
export function endsWithCredit(text: string): boolean {
  // The three patterns are unanchored at their start, so each is tried at every position: each is tried only on
  // a line ending as it must (a space two or three from the end; 摄, 影 or a 记者; a closing bracket).
  const n = text.length;
  const t = SPACE.test(text.charAt(n - 2)) || SPACE.test(text.charAt(n - 3)) ? text.replace(TRAILING_SPECK, '').trimEnd() : text.trimEnd();
  const last = t.charAt(t.length - 1);
  if ((last === '摄' || last === '影' || t.includes('记者')) && CREDIT_TAIL.test(t)) return true;
  // A story's closing byline in brackets after its last sentence: `…陪同慰问。（本报记者 丁素敏 赖建原）`.
  const note = last === '）' || last === ')' ? NOTE_TAIL.exec(t) : null;
  return note !== null && NOTE_WORD.test(note[1]) && isEndNote(note[1]);
}
/** What such a note says (a bare word in brackets after a sentence may be anything: `（下同）`). */
const NOTE_WORD = /记者|通讯员|作者|^[（(]完[）)]$/;
const NOTE_TAIL = /[。！？!?”」][\s\u3000]*([（(][^（）()]{1,40}[）)])$/;

/**
 * A short line that reads as a heading after a finished sentence: it starts a block of its own even without a
 * blank line or an indent before it (`…的“审美与惯例”。` / `AI生成的数学证明面临验证难题`).
 */
function headingAfterSentence(upper: PageLine, lower: PageLine, lowerCells: number, width: number): boolean {
  return endsWithFinalPunct(upper.text) && !isFullLine(lowerCells, width) && isTitleLike(lower.text);
}

/**
 * A byline or credit too long for the column wraps onto a shorter next line, the two a byline or credit again
 * (`本报记者 田国又 本报通讯员任` / `士岗 梁晓彤摄`): one line of credits, broken by the column's edge.
 */
function bylineWraps(cur: Unit | null, upper: PrintedLine, lower: PrintedLine): boolean {
  if (cur === null || cur.lines.length !== 1 || upper.width === 0 || !isFullLine(upper.cells, upper.width) || lower.cells >= upper.cells) return false;
  if (ownLineByline(upper.text) === null && !isBylineOnly(upper.text)) return false;
  const joined = upper.text + joinerOf(upper.text, lower.text) + lower.text;
  return extractPhotoCredit(joined) === joined || ownLineByline(joined) !== null;
}

/** Latin words or numbers on both sides of a join keep a space between them. */
export function joinerOf(upper: string, lower: string): string {
  return isAsciiAlnum(upper[upper.length - 1]) && isAsciiAlnum(lower[0]) ? ' ' : '';
}

/** A unit of one line so far. Fields named, not spread: V8 builds a literal slowly when properties follow a spread. */
function unitOf(line: PageLine, index: number, lineIndex: number): Unit {
  const { text, start, end, gapBefore, indented } = line;
  return { index, text, start, end, gapBefore, indented, lines: [lineIndex], joins: [] };
}

/**
 * A printed line whose heading shape (isTitleLike, the costliest of its fields) is worked out only when a join
 * asks for it: most joins of a column's lines never do.
 */
class LazyPrintedLine implements PrintedLine {
  readonly text: string;
  readonly indented: boolean;
  readonly gapBefore: number;
  first = false;
  private title: boolean | undefined;

  constructor(
    line: PageLine,
    readonly cells: number,
    readonly width: number,
    readonly run: number,
    readonly alone: boolean,
    readonly fullNext: boolean,
  ) {
    this.text = line.text;
    this.indented = line.indented;
    this.gapBefore = line.gapBefore;
  }

  get titleLike(): boolean {
    return (this.title ??= isTitleLike(this.text));
  }

  get phrased(): boolean {
    return this.titleLike && hasPhraseSpace(this.text);
  }
}

/** Group the page's lines into units. Noise lines are units of their own; so is every line of a paragraph page. */
export function pageUnits(
  lines: readonly PageLine[],
  shape: PageShape,
  noise: ReadonlyMap<number, NoiseBlock['reason']>,
): Unit[] {
  const units: Unit[] = [];
  const printed = isPrintedPage(shape);
  // A page of OCR zones sets a blank line after each zone (Tesseract): many lines follow a blank one.
  let blankBefore = 0;
  for (const l of lines) if (l.gapBefore > 0) blankBefore++;
  const zoned = blankBefore * ZONED_SHARE >= lines.length;
  let run = 0;
  const printedLine = (i: number): PrintedLine => {
    run = lines[i].gapBefore > 0 ? 1 : run + 1;
    const alone = lines[i].gapBefore > 0 && (i + 1 >= lines.length || lines[i + 1].gapBefore > 0);
    const fullNext = i + 1 < lines.length && lines[i + 1].gapBefore === 0 && isFullLine(lineCells(lines[i + 1]), shape.widths[i + 1]);
    return new LazyPrintedLine(lines[i], lineCells(lines[i]), shape.widths[i], run, alone, fullNext);
  };
  // Each line is asked both as the lower and as the upper line of a join: its answer worked out once.
  const alone: (boolean | undefined)[] = [];
  const standsAloneAt = (i: number) => (alone[i] ??= standsAlone(lines[i].text));
  let cur: Unit | null = null;
  let upper: PrintedLine | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!printed) {
      units.push(unitOf(line, units.length, i));
      continue;
    }
    const lower = printedLine(i);
    let why: ReflowReason | null = null;
    if (upper !== null) upper.first = cur !== null && cur.lines.length === 1;
    if (printed && cur !== null && upper !== null && !noise.has(i) && !noise.has(i - 1)) {
      why = reflowReason(upper, lower, shape.indents, shape.startsShort);
      // OCR zones: a zone of two heading-shaped lines is one heading wrapped (`巴金图书馆 向海内外读` / `者开放`).
      if (why === null && zoned && line.gapBefore === 0 && lines[i - 1].gapBefore > 0 && (i + 1 >= lines.length || lines[i + 1].gapBefore > 0) && upper.titleLike && (lower.titleLike || lower.cells <= 4)) {
        why = 'full';
      }
      // OCR zones set a heading apart by blank lines: a zone's first line with a space in it (`本期《每周关注》 让我们走`)
      // that the zone's full column lines follow is the first line of a paragraph, its indent dropped.
      const width = upper.width || lower.width;
      if (why === null && zoned && upper.run === 1 && line.gapBefore === 0 && upper.phrased && !endsWithFinalPunct(upper.text) && isFullLine(upper.cells + INDENT_CELLS, width) && isFullLine(lower.cells, width)) {
        why = 'full';
      }
      if (why !== null && why !== 'closing') {
        if (standsAloneAt(i - 1) || standsAloneAt(i) || endsWithCredit(upper.text)) why = null;
        else if (headingAfterSentence(lines[i - 1], line, lower.cells, lower.width || upper.width)) why = null;
      }
      if (why === null && bylineWraps(cur, upper, lower)) why = 'full';
    }
    if (why !== null && cur !== null) {
      cur.text += joinerOf(cur.text, line.text) + line.text;
      cur.end = line.end;
      cur.lines.push(i);
      cur.joins.push(why);
    } else {
      cur = unitOf(line, units.length, i);
      units.push(cur);
    }
    upper = lower;
  }
  return units;
}
