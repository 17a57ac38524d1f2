import { describe, expect, it } from 'vitest';
import { noiseByPage } from './selectors';

describe('noiseByPage', () => {
  it('groups by page file in first-seen order', () => {
    const item = (pageFile: string, text: string) => ({ articleId: null, pageId: 1, pageFile, text, reason: 'other' });
    const groups = noiseByPage([item('b.txt', '1'), item('a.txt', '2'), item('b.txt', '3')]);
    expect(groups.map((g) => [g.pageFile, g.items.map((i) => i.text)])).toEqual([
      ['b.txt', ['1', '3']],
      ['a.txt', ['2']],
    ]);
  });
});
