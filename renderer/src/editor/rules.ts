import type { Language } from '../../../shared/api/contract';
import { CLEAN_RULES } from '../../../shared/clean';

const labels = new Map(CLEAN_RULES.map((rule) => [rule.id, rule.label]));

/** The rule's short name in the UI language; an id no rule has any more is shown as it is. */
export function ruleLabel(rule: string, language: Language): string {
  const label = labels.get(rule);
  if (!label) return rule;
  return language === 'en' ? label.en : label.zh;
}
