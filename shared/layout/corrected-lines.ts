// The corrected text placed back on the printed lines it came from. An article's OCR text has one line per
// printed line; its cleaned text joins and edits them. A character diff between the two (not the desk's paragraph
// diff, which may show a joined line as deleted and inserted again, moving its text to another line) maps every
// OCR offset to a clean one, so each printed line gets the stretch of cleaned text between its ends (paragraph joins fall on line ends,
// where the diff deletes the break). Heading fields (kicker, headline, subtitle, byline) are placed the same way on
// the printed lines of the article's slice that its body does not hold (headingRuns). Lines outside every article
// (furniture) and heading lines no field matches keep the OCR text.
import { diffParagraphText } from '../diff/paragraph';
import type { Hunk } from '../diff/types';
import { pageLinesOf } from './article-lines';

/** The clean offset for OCR offset `at`: shifted past the hunks before it, clamped inside a hunk it falls in. */
function cleanOffset(hunks: readonly Hunk[], at: number): number {
  let delta = 0;
  for (const h of hunks) {
    if (at <= h.ocrStart) break;
    if (at < h.ocrEnd) return h.cleanStart + Math.min(at - h.ocrStart, h.cleanEnd - h.cleanStart);
    delta = h.cleanEnd - h.ocrEnd;
  }
  return at + delta;
}

export interface CorrectedArticle {
  ocrText: string;
  ocrRaw: string;
  /** The current cleaned text. */
  text: string;
  /** The current heading fields in print order (kicker, headline, subtitle, byline); null where absent. */
  headings?: readonly (string | null)[];
}

/**
 * Writes `clean` over the printed lines `lines` (page line indices) whose OCR texts joined by `separator` are
 * `ocr`: each line gets the corrected stretch between its ends; text after the last line's end goes to it.
 */
function place(out: string[], lines: readonly (number | null)[], ocrLines: readonly string[], separator: string, clean: string): void {
  const hunks = diffParagraphText(ocrLines.join(separator), clean);
  let start = 0;
  ocrLines.forEach((line, k) => {
    const end = start + line.length;
    const cleanEnd = k === ocrLines.length - 1 ? clean.length : cleanOffset(hunks, end);
    const page = lines[k];
    if (page !== null && page !== undefined) out[page] = clean.slice(cleanOffset(hunks, start), cleanEnd).replace(/\n/g, '');
    start = end + separator.length;
  });
}

/** The page lines of the article's raw slice, or null when the slice is not found in the page text. */
function sliceLines(pageText: string, ocrRaw: string): { first: number; last: number } | null {
  const rawStart = pageText.indexOf(ocrRaw);
  if (rawStart < 0 || ocrRaw === '') return null;
  const first = pageText.slice(0, rawStart).split('\n').length - 1;
  return { first, last: first + ocrRaw.split('\n').length - 1 };
}

const MAX_HEADING_LINES = 4;
const visible = (s: string) => s.replace(/\s+/g, '').length;

/** Characters the two texts share (outside whitespace), from their diff. */
function shared(ocr: string, clean: string): number {
  let changed = 0;
  for (const h of diffParagraphText(ocr, clean)) changed += visible(ocr.slice(h.ocrStart, h.ocrEnd));
  return visible(ocr) - changed;
}

/**
 * For each heading field, the run of consecutive free lines (at most four, a wrapped headline) that is closest to
 * it: the run with the fewest characters changed, among those sharing at least half of both texts. A field with
 * no such run (a byline printed inside the lead, a heading the proofreader rewrote) is not placed.
 */
export function headingRuns(pageLines: readonly string[], free: readonly number[], fields: readonly string[]): { field: string; lines: number[] }[] {
  const taken = new Set<number>();
  const out: { field: string; lines: number[] }[] = [];
  for (const field of fields) {
    let best: { lines: number[]; cost: number } | null = null;
    for (let i = 0; i < free.length; i++) {
      for (let n = 1; n <= MAX_HEADING_LINES && i + n <= free.length; n++) {
        const lines = free.slice(i, i + n);
        if (lines.some((l) => taken.has(l))) break;
        const ocr = lines.map((l) => pageLines[l]!).join('');
        const common = shared(ocr, field);
        if (common * 2 < visible(field) || common * 2 < visible(ocr)) continue;
        const cost = visible(ocr) + visible(field) - 2 * common;
        if (!best || cost < best.cost) best = { lines, cost };
      }
    }
    if (!best) continue;
    best.lines.forEach((l) => taken.add(l));
    out.push({ field, lines: best.lines });
  }
  return out;
}

/** Per line of the page text, its corrected text (the OCR line itself where no article covers it). */
export function correctedLines(pageText: string, articles: readonly CorrectedArticle[]): string[] {
  const pageLines = pageText.split('\n');
  const out = [...pageLines];
  const body = new Set<number>();
  for (const a of articles) {
    const at = pageLinesOf(a.ocrText, pageText, a.ocrRaw);
    at.forEach((i) => i !== null && body.add(i));
    place(out, at, a.ocrText.split('\n'), '\n', a.text);
  }
  for (const a of articles) {
    const slice = sliceLines(pageText, a.ocrRaw);
    const fields = (a.headings ?? []).filter((f): f is string => !!f && f.trim() !== '');
    if (!slice || fields.length === 0) continue;
    const free: number[] = [];
    for (let i = slice.first; i <= slice.last; i++) if (!body.has(i) && pageLines[i]!.trim() !== '') free.push(i);
    for (const run of headingRuns(pageLines, free, fields)) {
      run.lines.forEach((l) => body.add(l));
      place(out, run.lines, run.lines.map((l) => pageLines[l]!), '', run.field);
    }
  }
  return out;
}
