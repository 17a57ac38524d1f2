import { describe, expect, it } from 'vitest';
import { MESSAGE_KEYS, getLanguage, setLanguage, t, translate } from './i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n', () => {
  it('is Chinese by default and switches to English', () => {
    expect(getLanguage()).toBe('zh-CN');
    expect(t('review.approve')).toBe('通过');
    setLanguage('en');
    expect(t('review.approve')).toBe('Approve');
    setLanguage('zh-CN');
  });

  it('fills placeholders and leaves missing ones visible', () => {
    expect(translate('zh-CN', 'list.count', { count: 3 })).toBe('共 3 篇');
    expect(translate('en', 'list.count')).toBe('{count} articles');
  });

  it('gives both languages the same placeholders for every message', () => {
    for (const key of MESSAGE_KEYS) expect(placeholders(translate('en', key)), key).toEqual(placeholders(translate('zh-CN', key)));
  });
});

describe('plurals', () => {
  it('takes the singular form for a count of one where the catalogue has it', () => {
    expect(translate('en', 'list.warnings', { count: 1 })).toBe('1 warning');
    expect(translate('en', 'list.warnings', { count: 2 })).toBe('2 warnings');
    expect(translate('zh-CN', 'list.warnings', { count: 1 })).toBe('1 条提示');
    expect(translate('en', 'list.count', { count: 1 })).toBe('1 article');
  });
});
