import { describe, expect, it } from 'vitest';
import { suggestableTags } from './selectors';

describe('suggestableTags', () => {
  it('leaves out sections the article already has', () => {
    const tags = [
      { id: 1, name: '产改进行时', count: 2 },
      { id: 2, name: '要闻', count: 1 },
    ];
    expect(suggestableTags(tags, ['产改进行时'])).toEqual(['要闻']);
  });
});
