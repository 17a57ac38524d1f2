// The cleaning pipeline: rules run in order, each on the previous one's output; their edits come back in the
// input's coordinates, sorted and non-overlapping, so applyEdits(input, edits) is the output.
import type { Edit, LineJoin } from '../model/types';
import { composeRule, type ComposedEdit } from './compose';
import type { CleanRule } from './rule';
import { bylineDoubled } from './rules/byline-doubled';
import { fullwidthAlnum } from './rules/fullwidth-alnum';
import { listBullet } from './rules/list-bullet';
import { punctFullwidth } from './rules/punct-fullwidth';
import { reflowRule, REFLOW_RULE_ID } from './rules/reflow';
import { rejoinBreakRule } from './rules/rejoin';
import { spacePunct } from './rules/space-punct';
import { strayAnd } from './rules/stray-and';

export { applyEdits } from './apply';
export type { CleanRule, RuleEdit } from './rule';

/**
 * The rules in the order they run. Order matters for idempotence: no rule creates work for one before it
 * (paragraphs are whole before the per-line rules look at them; stray-and makes 和 before punctuation looks
 * for Chinese context; space-punct runs after the marks it looks at are full-width; byline-doubled runs last
 * on settled text).
 */
export const CLEAN_RULES: readonly CleanRule[] = [
  rejoinBreakRule,
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
  /**
   * Passes over the rule list at most (default 4). A pass that changes nothing ends the cleaning; the rules are
   * ordered so one pass normally settles everything, and the next one only confirms it.
   */
  maxPasses?: number;
  /**
   * The text is set as printed lines and these are the breaks inside its paragraphs (ParsedArticle.lineJoins):
   * reflow-lines joins them first, once, and the column-break join (rejoin-break) stands aside, since the parser
   * has read every break of the text already.
   */
  lineJoins?: readonly LineJoin[];
}

export interface CleanResult {
  text: string;
  /** In the input's coordinates, sorted and non-overlapping. */
  edits: Edit[];
}

const DEFAULT_PASSES = 4;

/**
 * Cleans OCR text (one paragraph per line). Every changed character is inside an edit; a later rule's change to
 * text an earlier rule wrote is merged into one edit carrying the later rule's id and both reasons.
 *
 * Passes repeat until one changes nothing, which makes cleaning idempotent even where a rule's judgement
 * depends on what later rules do (line joining reads punctuation that punct-fullwidth rewrites).
 */
export function cleanText(text: string, options: CleanOptions = {}): CleanResult {
  const printed = options.lineJoins !== undefined;
  const skip = (id: string) => options.disabled?.includes(id) === true || (printed && id === rejoinBreakRule.id);
  const rules = options.disabled?.length || printed ? CLEAN_RULES.filter((r) => !skip(r.id)) : CLEAN_RULES;
  const maxPasses = options.maxPasses ?? DEFAULT_PASSES;
  let current = text;
  let composed: ComposedEdit[] = [];
  // The printed lines' joins are read off the OCR lines, so they are made once, before any other rule.
  if (printed && options.lineJoins!.length > 0 && !skip(REFLOW_RULE_ID)) {
    const rule = reflowRule(options.lineJoins!);
    const step = composeRule(text, current, composed, rule, rule.apply(current));
    if (step.changed) {
      current = step.text;
      composed = step.composed;
    }
  }
  // Rules are pure: one that changed nothing need not look again until some rule has changed the text. `version`
  // counts the changes; quietAt[k] is the version at which rule k last found nothing to change.
  let version = 0;
  const quietAt = new Array<number>(rules.length).fill(-1);
  for (let pass = 0, changed = true; changed && pass < maxPasses; pass++) {
    changed = false;
    for (let k = 0; k < rules.length; k++) {
      if (quietAt[k] === version) continue;
      const rule = rules[k];
      const edits = rule.apply(current);
      const step = edits.length === 0 ? null : composeRule(text, current, composed, rule, edits);
      if (step === null || !step.changed) {
        quietAt[k] = version;
        continue;
      }
      current = step.text;
      composed = step.composed;
      changed = true;
      version++;
    }
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
