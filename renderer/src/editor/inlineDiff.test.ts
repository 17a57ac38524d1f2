import { describe, expect, it } from 'vitest';
import { inlineDiff } from './inlineDiff';

describe('inlineDiff', () => {
  it('reads as the new text with the old text shown as deletions', () => {
    const runs = inlineDiff('工会组织活动,效果好。', '工会组织了活动，效果很好。');
    expect(runs.filter((r) => r.kind !== 'delete').map((r) => r.text).join('')).toBe('工会组织了活动，效果很好。');
    expect(runs.filter((r) => r.kind !== 'insert').map((r) => r.text).join('')).toBe('工会组织活动,效果好。');
    expect(runs.some((r) => r.kind === 'insert')).toBe(true);
    expect(runs.some((r) => r.kind === 'delete')).toBe(true);
  });

  it('is one unchanged run for equal texts', () => {
    expect(inlineDiff('相同', '相同')).toEqual([{ kind: 'same', text: '相同' }]);
  });
});
