// The cleaning pipeline: rules run in order, each on the previous one's output; their edits come back in the
// input's coordinates, sorted and non-overlapping, so applyEdits(input, edits) is the output.
import type { Edit } from '../model/types';
import { composeRule, type ComposedEdit } from './compose';
import type { CleanRule } from './rule';
import { bylineDoubled } from './rules/byline-doubled';
import { fullwidthAlnum } from './rules/fullwidth-alnum';
import { listBullet } from './rules/list-bullet';
import { punctFullwidth } from './rules/punct-fullwidth';
import { spacePunct } from './rules/space-punct';
import { strayAnd } from './rules/stray-and';

export { applyEdits } from './apply';
export type { CleanRule, RuleEdit } from './rule';

/**
 * The rules in the order they run. Order matters for idempotence: no rule creates work for one before it
 * (stray-and makes 和 before punctuation looks for Chinese context; space-punct runs after the marks it
 * looks at are full-width; byline-doubled runs last on settled text).
 */
export const CLEAN_RULES: readonly CleanRule[] = [
  fullwidthAlnum,
  listBullet,
  strayAnd,
  punctFullwidth,
  spacePunct,
  bylineDoubled,
];

export interface CleanOptions {
  /** Ids of rules to skip. */
  disabled?: readonly string[];
}

export interface CleanResult {
  text: string;
  /** In the input's coordinates, sorted and non-overlapping. */
  edits: Edit[];
}

/**
 * Cleans OCR text (one paragraph per line). Every changed character is inside an edit; a later rule's change to
 * text an earlier rule wrote is merged into one edit carrying the later rule's id and both reasons.
 */
export function cleanText(text: string, options: CleanOptions = {}): CleanResult {
  const disabled = new Set(options.disabled ?? []);
  let current = text;
  let composed: ComposedEdit[] = [];
  for (const rule of CLEAN_RULES) {
    if (disabled.has(rule.id)) continue;
    ({ text: current, composed } = composeRule(text, current, composed, rule, rule.apply(current)));
  }
  return {
    text: current,
    edits: composed.map(({ rule, start, end, before, after, reason }) => ({ rule, start, end, before, after, reason })),
  };
}

/** Cleans a one-line field (kicker, headline, subtitle, byline): the same rules, no edit list. */
export function cleanField(field: string, options: CleanOptions = {}): string {
  return cleanText(field, options).text;
}
