import type { Bilingual } from '../model/types';

/** One change a rule proposes, in coordinates of the text the rule was given. */
export interface RuleEdit {
  start: number;
  end: number;
  after: string;
  /** Overrides the rule's default reason for this one change. */
  reason?: Bilingual;
}

/**
 * A cleaning rule: a pure function from text to edits. The pipeline runs rules in order, each on the previous
 * rule's output, and maps every edit back to the input's coordinates. Edits of one rule must not overlap.
 * Text is one paragraph per line ("\n"); rules never see blank lines.
 */
export interface CleanRule {
  id: string;
  /** Short name for the rule list in the UI. */
  label: Bilingual;
  /** The default one-line explanation shown for each of its edits. */
  reason: Bilingual;
  apply(text: string): RuleEdit[];
}
