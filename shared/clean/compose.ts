// Folding each rule's edits (in the coordinates of the text it was given) into one edit list in the coordinates
// of the pipeline's input.
import type { Bilingual, Edit } from '../model/types';
import type { CleanRule, RuleEdit } from './rule';

/** An edit of the pipeline so far: a range of the input and where its replacement sits in the current text. */
export interface ComposedEdit extends Edit {
  /** Offset of `after` in the current (partly cleaned) text. */
  at: number;
}

/** Sorted, non-overlapping, inside the text, and not a no-op: what the pipeline requires of a rule. */
function checkedEdits(rule: CleanRule, text: string, edits: RuleEdit[]): RuleEdit[] {
  const sorted = edits.every((e, i) => i === 0 || edits[i - 1].start <= e.start)
    ? edits
    : [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let prevEnd = 0;
  const kept: RuleEdit[] = [];
  for (const e of sorted) {
    if (e.start < prevEnd || e.end < e.start || e.end > text.length) {
      throw new Error(`clean rule ${rule.id}: edit [${e.start}, ${e.end}) overlaps or leaves the text`);
    }
    prevEnd = e.end;
    // startsWith compares in place: the same test as slicing, without the copy.
    if (e.end - e.start !== e.after.length || !text.startsWith(e.after, e.start)) kept.push(e);
  }
  return kept;
}

/** The reasons of merged edits in the order the rules ran, each once. */
function mergedReason(reasons: Bilingual[]): Bilingual {
  const distinct = reasons.filter((r, k) => reasons.findIndex((o) => o.zh === r.zh) === k);
  if (distinct.length === 1) return distinct[0];
  return { zh: distinct.map((r) => r.zh).join('；'), en: distinct.map((r) => r.en).join('; ') };
}

/**
 * Whether an earlier edit's replacement (at [p, q) of the current text, `insertion` when its input range is
 * empty) and a new edit [a, b) must become one edit: they overlap, or both insert at the same input point.
 * Merely touching edits stay apart so each keeps its own rule.
 */
function conflicts(c: ComposedEdit, a: number, b: number): boolean {
  const p = c.at;
  const q = c.at + c.after.length;
  const insertion = c.start === c.end;
  if (a === b) return (p < a && a < q) || (insertion && (p === a || q === a));
  return p < b && a < q;
}

/**
 * Carries an earlier edit the rule did not touch into `out`, its replacement moved by `shift`; returns how much
 * it changed the length. Composed edits belong to one cleanText call, so they are moved in place, not copied.
 */
function moved(c: ComposedEdit, shift: number, out: ComposedEdit[]): number {
  c.at += shift;
  out.push(c);
  return c.after.length - (c.end - c.start);
}

/**
 * Applies one rule's edits to `current` and folds them into `composed` (sorted edits in input coordinates, with
 * their replacement offsets in `current`). An edit that touches text an earlier rule wrote merges with it: the
 * merged edit takes the later rule's id, since its result is what the reader sees, and both reasons.
 */
export function composeRule(
  input: string,
  current: string,
  composed: ComposedEdit[],
  rule: CleanRule,
  ruleEdits: RuleEdit[],
): { text: string; composed: ComposedEdit[]; changed: boolean } {
  const edits = checkedEdits(rule, current, ruleEdits);
  if (edits.length === 0) return { text: current, composed, changed: false };

  const out: ComposedEdit[] = [];
  // Built by concatenation: V8 joins the pieces once, when the next rule first reads the text.
  let text = '';
  let i = 0;
  /** current offset − input offset for the stretch after composed[0..i). */
  let delta = 0;
  /** new offset − current offset after the rule edits handled so far. */
  let shift = 0;
  let copied = 0;

  for (const r of edits) {
    const a = r.start;
    const b = r.end;
    while (i < composed.length && !conflicts(composed[i], a, b) && composed[i].at + composed[i].after.length <= a) {
      delta += moved(composed[i++], shift, out);
    }
    let lo = a;
    let hi = b;
    let inStart = a - delta;
    const reasons: Bilingual[] = [];
    const first = i;
    while (i < composed.length && conflicts(composed[i], a, b)) {
      const c = composed[i];
      if (i === first && c.at < a) {
        lo = c.at;
        inStart = c.start;
      }
      hi = Math.max(hi, c.at + c.after.length);
      reasons.push(c.reason);
      delta += c.after.length - (c.end - c.start);
      i++;
    }
    const last = i - 1;
    const inEnd = last >= first && composed[last].at + composed[last].after.length >= b ? composed[last].end : b - delta;
    // Most edits touch nothing an earlier rule wrote: their replacement and reason are the rule's own.
    const merged = last >= first;
    const after = merged ? current.slice(lo, a) + r.after + current.slice(b, hi) : r.after;
    const before = input.slice(inStart, inEnd);
    if (after !== before) {
      const own = r.reason ?? rule.reason;
      const reason = merged ? mergedReason([...reasons, own]) : own;
      out.push({ rule: rule.id, start: inStart, end: inEnd, before, after, reason, at: lo + shift });
    }
    text += current.slice(copied, a) + r.after;
    copied = b;
    shift += r.after.length - (b - a);
  }
  while (i < composed.length) delta += moved(composed[i++], shift, out);
  text += current.slice(copied);
  return { text, composed: out, changed: true };
}
