// Character-level diff inside aligned paragraphs: jsdiff's diffChars, given small pieces. Myers' diff costs about
// (n + m) · d steps, and a cleaned paragraph differs from its OCR line at every comma, so the pair is first
// handled without a diff where that is exact (one-for-one substitutions), trimmed of shared ends, and cut at
// anchors — unique words, else unique character trigrams (see anchors.ts); only what is left goes to jsdiff.
import { diffChars } from 'diff';
import { uniqueAnchors, uniqueGramAnchors } from './anchors';
import { pushChange } from './hunks';
import type { Hunk } from './types';

/** Character-level hunks turning `ocr` into `clean` (both may hold "\n"), offsets from 0. */
export function diffParagraphText(ocr: string, clean: string): Hunk[] {
  const out: Hunk[] = [];
  diffPiece(out, ocr, clean, 0, 0);
  return out;
}

/** Budget of Myers steps for one piece (see diffCharsInto). */
const MAX_STEPS = 4_000_000;

/** Pieces this short (after trimming what they share at both ends) go to jsdiff without looking for anchors. */
const SHORT_PIECE = 24;

/** Appends the hunks turning `ocr` into `clean`, which start at ocrAt / cleanAt in the texts being diffed. */
function diffPiece(out: Hunk[], ocr: string, clean: string, ocrAt: number, cleanAt: number): void {
  if (ocr === clean) return;
  if (!ocr || !clean || !shareAny(ocr, clean)) {
    pushChange(out, ocr, clean, ocrAt, cleanAt);
    return;
  }
  if (ocr.length === clean.length && substitutionsInPlace(out, ocr, clean, ocrAt, cleanAt)) return;
  const [head, tail] = sharedEnds(ocr, clean);
  if (head > 0 || tail > 0) {
    diffPiece(out, ocr.slice(head, ocr.length - tail), clean.slice(head, clean.length - tail), ocrAt + head, cleanAt + head);
    return;
  }
  const short = ocr.length + clean.length <= 2 * SHORT_PIECE;
  let anchors = short ? [] : uniqueAnchors(ocr, clean);
  if (!short && anchors.length === 0) anchors = uniqueGramAnchors(ocr, clean);
  if (anchors.length === 0) {
    diffCharsInto(out, ocr, clean, ocrAt, cleanAt);
    return;
  }
  let x = 0;
  let y = 0;
  for (const anchor of anchors) {
    diffPiece(out, ocr.slice(x, anchor.xStart), clean.slice(y, anchor.yStart), ocrAt + x, cleanAt + y);
    x = anchor.xStart + anchor.length;
    y = anchor.yStart + anchor.length;
  }
  diffPiece(out, ocr.slice(x), clean.slice(y), ocrAt + x, cleanAt + y);
}

/**
 * The common case of cleaning — characters replaced one for one (half-width punctuation made full-width) —
 * without a diff: when texts of equal length differ only at isolated positions, few of them, each is a
 * one-character replacement (no alignment can do with fewer edits there). Returns false, appending nothing,
 * when the texts are not like that.
 */
function substitutionsInPlace(out: Hunk[], ocr: string, clean: string, ocrAt: number, cleanAt: number): boolean {
  const at: number[] = [];
  const limit = Math.max(1, ocr.length >> 3);
  for (let i = 0; i < ocr.length; i++) {
    const a = ocr.charCodeAt(i);
    const b = clean.charCodeAt(i);
    if (a === b) continue;
    const surrogate = (a >= 0xd800 && a <= 0xdfff) || (b >= 0xd800 && b <= 0xdfff);
    if (surrogate || at.length === limit || at.at(-1) === i - 1) return false;
    at.push(i);
  }
  for (const i of at) pushChange(out, ocr[i], clean[i], ocrAt + i, cleanAt + i);
  return true;
}

/**
 * Lengths of the common prefix and suffix, not cutting a surrogate pair (jsdiff compares code points, and a
 * trimmed piece must not start or end inside one).
 */
function sharedEnds(a: string, b: string): [number, number] {
  const limit = Math.min(a.length, b.length);
  let head = 0;
  while (head < limit && a.charCodeAt(head) === b.charCodeAt(head)) head++;
  if (head > 0 && (isLowSurrogate(a.charCodeAt(head)) || isLowSurrogate(b.charCodeAt(head)))) head--;
  let tail = 0;
  while (tail < limit - head && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++;
  if (tail > 0 && isLowSurrogate(a.charCodeAt(a.length - tail))) tail--;
  return [head, tail];
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Whether two short texts share a character; long ones are assumed to (checking would cost more than it saves). */
function shareAny(a: string, b: string): boolean {
  if (a.length > 8 || b.length > 8) return true;
  for (let i = 0; i < a.length; i++) if (b.includes(a[i])) return true;
  return false;
}

function diffCharsInto(out: Hunk[], ocr: string, clean: string, ocrAt: number, cleanAt: number): void {
  let o = ocrAt;
  let c = cleanAt;
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed || added) pushChange(out, removed, added, o, c);
    o += removed.length;
    c += added.length;
    removed = '';
    added = '';
  };
  // Myers' diff takes about (n + m) · d steps; past a budget of them (long pieces that differ throughout) the
  // piece is shown as one replacement. The budget depends only on the lengths, so results stay deterministic.
  const changes = diffChars(ocr, clean, { maxEditLength: Math.max(64, Math.floor(MAX_STEPS / (ocr.length + clean.length))) });
  if (!changes) {
    pushChange(out, ocr, clean, ocrAt, cleanAt);
    return;
  }
  for (const change of changes) {
    if (change.removed) removed += change.value;
    else if (change.added) added += change.value;
    else {
      flush();
      o += change.value.length;
      c += change.value.length;
    }
  }
  flush();
}
