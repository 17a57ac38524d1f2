import { describe, expect, it } from 'vitest';
import { CLEAN_RULES } from '../../../shared/clean';
import { ruleLabel } from './rules';

describe('ruleLabel', () => {
  it('names each cleaning rule in the UI language', () => {
    const rule = CLEAN_RULES[0];
    expect(ruleLabel(rule.id, 'zh-CN')).toBe(rule.label.zh);
    expect(ruleLabel(rule.id, 'en')).toBe(rule.label.en);
  });

  it('shows an unknown id as it is', () => {
    expect(ruleLabel('retired-rule', 'zh-CN')).toBe('retired-rule');
  });
});
