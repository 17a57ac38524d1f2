import { describe, expect, it } from 'vitest';
import type { Warning } from '../../../../../shared/model/types';
import { hasUnsavedWork, paragraphAt, saveIndicator, sortedWarnings } from './selectors';

const warning = (rule: string, start: number | null): Warning => ({
  rule,
  message: { zh: rule, en: rule },
  excerpt: '',
  range: start === null ? null : { start, end: start + 1 },
  severity: 'warning',
});

describe('paragraphAt', () => {
  it('counts the line breaks before the offset', () => {
    const text = '第一段\n第二段\n第三段';
    expect(paragraphAt(text, 0)).toBe(0);
    expect(paragraphAt(text, 3)).toBe(0);
    expect(paragraphAt(text, 4)).toBe(1);
    expect(paragraphAt(text, text.length)).toBe(2);
    expect(paragraphAt(text, 999)).toBe(2);
  });
});

describe('sortedWarnings', () => {
  it('puts placed warnings first in text order, unplaced ones after', () => {
    const sorted = sortedWarnings([warning('a', null), warning('b', 9), warning('c', 2)]);
    expect(sorted.map((w) => w.rule)).toEqual(['c', 'b', 'a']);
  });
});

describe('save indicator', () => {
  it('tells a conflict apart from other failures', () => {
    expect(saveIndicator({ saveState: 'failed', saveError: { code: 'conflict', message: 'stale' } })).toEqual({ state: 'failed', conflict: true, error: { code: 'conflict', message: 'stale' } });
    expect(saveIndicator({ saveState: 'failed', saveError: { code: 'internal', message: 'disk' } }).conflict).toBe(false);
    expect(saveIndicator({ saveState: 'saved', saveError: null })).toEqual({ state: 'saved', conflict: false, error: null });
  });

  it('counts dirty, saving and failed as unsaved work', () => {
    expect(hasUnsavedWork({ saveState: 'saved' })).toBe(false);
    for (const state of ['dirty', 'saving', 'failed'] as const) expect(hasUnsavedWork({ saveState: state })).toBe(true);
  });
});
