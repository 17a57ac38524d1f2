// A correction made once, found wherever it recurs: the same OCR string with matching context becomes a
// suggestion (a Suspicion) in any text of the paper.
import type { Range, Suspicion } from '../model/types';

/** A recorded correction, as matched against other texts. */
export interface CorrectionPattern {
  ocr: string;
  fix: string;
  before: string;
  after: string;
}

/** A correction with how often the paper's proofreaders made it. */
export interface RecordedCorrection extends CorrectionPattern {
  count: number;
}

/**
 * Whether `text` holds the pattern's OCR string at `at` with matching context: the recorded context agrees on
 * at least one side. Without any context (a whole paragraph) only strings of two or more characters match, so
 * one character alone never makes a series.
 */
export function matchesAt(text: string, at: number, p: CorrectionPattern): boolean {
  if (!text.startsWith(p.ocr, at)) return false;
  if (p.before === '' && p.after === '') return p.ocr.length >= 2 && lineBounded(text, at, at + p.ocr.length);
  const left = p.before !== '' && at >= p.before.length && text.startsWith(p.before, at - p.before.length);
  const right = p.after !== '' && text.startsWith(p.after, at + p.ocr.length);
  return left || right;
}

function lineBounded(text: string, start: number, end: number): boolean {
  return (start === 0 || text[start - 1] === '\n') && (end === text.length || text[end] === '\n');
}

/** Every place in `text` where the pattern recurs, in order, never overlapping. */
export function occurrences(text: string, p: CorrectionPattern): Range[] {
  const out: Range[] = [];
  if (p.ocr === '') return out;
  for (let i = text.indexOf(p.ocr); i !== -1; i = text.indexOf(p.ocr, i + 1)) {
    if (!matchesAt(text, i, p)) continue;
    out.push({ start: i, end: i + p.ocr.length });
    i += p.ocr.length - 1;
  }
  return out;
}

/** Whether some proper prefix of `s` is also its suffix: then two occurrences of `s` can overlap. */
export function canOverlap(s: string): boolean {
  for (let k = 1; k < s.length; k++) if (s.endsWith(s.slice(0, k))) return true;
  return false;
}

/**
 * How to count `occurrences(text, p)` by counting plain substrings, so a caller can count over many texts
 * without reading them (SQL's replace() counts non-overlapping substrings): the count is the sum of `add`'s
 * counts minus `subtract`'s. Null when that would differ: a pattern without context (its line bounds matter) or
 * strings that can overlap themselves (then positional and non-overlapping counts part).
 */
export function occurrenceCounts(p: CorrectionPattern): { add: string[]; subtract: string[] } | null {
  if (p.ocr === '' || (p.before === '' && p.after === '')) return null;
  // A match is the OCR string with its left context, or with its right one: both sides counted once.
  const left = p.before === '' ? [] : [p.before + p.ocr];
  const right = p.after === '' ? [] : [p.ocr + p.after];
  const both = left.length > 0 && right.length > 0 ? [p.before + p.ocr + p.after] : [];
  if ([p.ocr, ...left, ...right, ...both].some(canOverlap)) return null;
  return { add: [...left, ...right], subtract: both };
}

/** How sure a suggestion from a correction made `count` times is: 0.75 after one, nearing 1 with more. */
export function seriesConfidence(count: number): number {
  return 1 - 0.5 ** (Math.max(1, count) + 1);
}

export function seriesReason(c: RecordedCorrection): string {
  return `同一错误此前已改正 ${c.count} 次：‘${c.before}${c.ocr}${c.after}’→‘${c.before}${c.fix}${c.after}’`;
}

/**
 * The suggestions the recorded corrections make in `text`. Where two overlap, the one made more often wins (then
 * the longer OCR string).
 */
export function seriesSuspicions(text: string, corrections: readonly RecordedCorrection[]): Suspicion[] {
  const found: (Suspicion & { count: number })[] = [];
  for (const c of corrections) {
    for (const r of occurrences(text, c)) {
      found.push({ ...r, text: c.ocr, proposal: c.fix, reason: seriesReason(c), confidence: seriesConfidence(c.count), count: c.count });
    }
  }
  found.sort((a, b) => b.count - a.count || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Suspicion[] = [];
  for (const { count: _count, ...s } of found) if (!kept.some((k) => k.start < s.end && s.start < k.end)) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}

/** `first`, then those of `rest` that overlap none of them, in text order. */
export function mergeSuspicions(first: readonly Suspicion[], rest: readonly Suspicion[]): Suspicion[] {
  const out = [...first];
  for (const s of rest) if (!first.some((k) => k.start < s.end && s.start < k.end)) out.push(s);
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** What identifies a suspicion across edits elsewhere in the text: its string, its proposal and its context. */
export function suspicionKey(text: string, s: Pick<Suspicion, 'start' | 'end' | 'text' | 'proposal'>, chars = 2): string {
  const before = text.slice(Math.max(0, s.start - chars), s.start);
  const after = text.slice(s.end, s.end + chars);
  return `${s.text}\u0000${s.proposal}\u0000${before}\u0000${after}`;
}
