import type { Language } from '../../../shared/api/contract';

/**
 * The name shown for a rule id. Rule ids are kebab-case English; the reason text of each edit (shown beside it)
 * carries the explanation in the UI language.
 */
export function ruleLabel(rule: string, _language: Language): string {
  return rule;
}
