// What a proofreader corrected by hand: the substitutions between the cleaning rules' text and the text as it
// stands, each with a few characters of context from the rules' text, so the same misreading can be found
// again elsewhere (PoCoTo's error series).
import { diffTexts } from '../diff';

/** Characters of context kept each side of a substitution, within its paragraph. */
export const CONTEXT_CHARS = 2;
/** Longer replacements are rewrites, not misread characters. */
export const MAX_SUBSTITUTION = 6;

/** One OCR string a person replaced, with where it stands now. */
export interface Substitution {
  /** The string as the rules left it (what the OCR read). */
  ocr: string;
  /** What the proofreader made of it. */
  fix: string;
  /** Context in the rules' text, up to CONTEXT_CHARS each side, never across a paragraph break. */
  before: string;
  after: string;
  /** Range of `fix` in the current text. */
  start: number;
  end: number;
}

/** Something a reader could misread: a letter or digit of any script (punctuation width is the rules' work). */
const READABLE = /[\p{L}\p{N}]/u;

/** The context around text[start, end) within its paragraph. */
export function contextOf(text: string, start: number, end: number, chars = CONTEXT_CHARS): { before: string; after: string } {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEndAt = text.indexOf('\n', end);
  const lineEnd = lineEndAt === -1 ? text.length : lineEndAt;
  return { before: text.slice(Math.max(lineStart, start - chars), start), after: text.slice(end, Math.min(lineEnd, end + chars)) };
}

/**
 * The hand substitutions that turn `base` (the rules' output) into `text`: replaced runs of at most
 * MAX_SUBSTITUTION characters on both sides, within one paragraph, that change a readable character.
 */
export function handSubstitutions(base: string, text: string): Substitution[] {
  if (base === text) return [];
  const out: Substitution[] = [];
  for (const h of diffTexts(base, text).hunks) {
    if (h.op !== 'replace' || h.linebreak) continue;
    const ocr = base.slice(h.ocrStart, h.ocrEnd);
    const fix = text.slice(h.cleanStart, h.cleanEnd);
    if (ocr.length > MAX_SUBSTITUTION || fix.length > MAX_SUBSTITUTION || ocr.includes('\n') || fix.includes('\n')) continue;
    if (!READABLE.test(ocr) && !READABLE.test(fix)) continue;
    out.push({ ocr, fix, ...contextOf(base, h.ocrStart, h.ocrEnd), start: h.cleanStart, end: h.cleanEnd });
  }
  return out;
}
