// Lint: things a proofreader should look at. It never changes text.
import type { Edit, Warning } from '../model/types';
import { lintEnding } from './ending';
import { joinPoints, lintLostText } from './lost-text';
import { lintPairs } from './pairs';
import { lintStrayLatin } from './stray-latin';

export { BATCH_LINT_RULES, lintBatch, type BatchLintArticle, type BatchLintPage, type BatchWarning } from './batch';

export interface LintContext {
  /**
   * The cleaning edits that made the text from its OCR body (in the body's coordinates, as cleanText returns
   * them). They tell lint where line breaks were joined; without them the join checks are skipped.
   */
  edits?: readonly Edit[];
}

/** Rule ids lintText can produce, in the order of the checks. */
export const LINT_RULES = ['unbalanced-quote', 'unbalanced-bracket', 'truncated-ending', 'lost-text', 'stray-latin'] as const;

/** Warnings on one article's text (one paragraph per line), sorted by position. */
export function lintText(text: string, ctx: LintContext = {}): Warning[] {
  const warnings = [
    ...lintPairs(text),
    ...lintEnding(text),
    ...(ctx.edits ? lintLostText(text, joinPoints(ctx.edits)) : []),
    ...lintStrayLatin(text),
  ];
  return warnings.sort((a, b) => (a.range?.start ?? 0) - (b.range?.start ?? 0));
}
