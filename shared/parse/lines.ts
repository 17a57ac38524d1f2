// Split page text into lines with their offsets, tolerating CRLF, lone CR and a leading BOM.
import * as marks from '../text/punctuation';

// Bound once at load: under the tsx loader (CLI, benchmarks) every call through an import costs two getter calls.
const { trimLine } = marks;

/** One non-blank line of the page. */
export interface PageLine {
  /** Index among the page's non-blank lines. */
  index: number;
  /** The line without surrounding whitespace. */
  text: string;
  /** Offsets of the raw line (without its line break) in the page text. */
  start: number;
  end: number;
  /** Blank lines between this line and the previous non-blank one (or the page start). */
  gapBefore: number;
  /** Starts with an indent: an ideographic space or two ASCII spaces. */
  indented: boolean;
}

/** An indent as OCR writes it: one ideographic space or two spaces (a tab too). */
function isIndented(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return c === 0x3000 || c === 0x09 || (c === 0x20 && raw.charCodeAt(1) === 0x20);
}

/** LF or CR, by code unit. */
function isBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d;
}

/** Where the line starting at `pos` ends: at the next LF or CR, or the end of the text. */
function lineEnd(text: string, pos: number, lfOnly: boolean): number {
  // Without a CR anywhere, the native search for LF is faster than a loop over every character.
  if (lfOnly) {
    const end = text.indexOf('\n', pos);
    return end < 0 ? text.length : end;
  }
  let end = pos;
  while (end < text.length && !isBreak(text.charCodeAt(end))) end++;
  return end;
}

/** The page's non-blank lines, in order. */
export function splitLines(text: string): PageLine[] {
  const lines: PageLine[] = [];
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let blanks = 0;
  const lfOnly = !text.includes('\r');
  while (pos <= text.length) {
    const end = lineEnd(text, pos, lfOnly);
    const raw = text.slice(pos, end);
    const trimmed = trimLine(raw);
    if (trimmed.length === 0) blanks++;
    else {
      lines.push({ index: lines.length, text: trimmed, start: pos, end, gapBefore: blanks, indented: isIndented(raw) });
      blanks = 0;
    }
    if (end >= text.length) break;
    pos = end + (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);
  }
  return lines;
}

/** The usual number of blank lines between paragraphs on this page (the most common gap). */
export function paragraphGapOf(lines: readonly PageLine[]): number {
  const counts = new Map<number, number>();
  for (const l of lines.slice(1)) counts.set(l.gapBefore, (counts.get(l.gapBefore) ?? 0) + 1);
  let mode = 0;
  let best = -1;
  for (const [gap, n] of counts) {
    if (n > best || (n === best && gap < mode)) {
      mode = gap;
      best = n;
    }
  }
  return mode;
}

/** The number of blank lines that marks an image or QR slot: two more than the paragraph gap, at least two. */
export function imageGapOf(paragraphGap: number): number {
  return Math.max(paragraphGap + 2, 2);
}
