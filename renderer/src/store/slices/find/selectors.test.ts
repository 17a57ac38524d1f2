import { describe, expect, it } from 'vitest';
import type { FindMatch } from '../../../../../shared/api/contract';
import { chosenCount, chosenMatches, matchKey, matchesByArticle, previewStale } from './selectors';

const match = (articleId: number, start: number): FindMatch => ({
  articleId,
  headline: `h${articleId}`,
  pageFile: 'p.txt',
  field: 'text',
  status: 'new',
  replacement: null,
  paragraph: 0,
  start,
  end: start + 2,
  match: '工会',
  before: '',
  after: '',
});

describe('find selectors', () => {
  it('calls the preview stale only when a regex replacement with $ patterns changed since the search', () => {
    expect(previewStale({ findRegex: true, findReplacement: '$2$1', findSearchedReplacement: '$1$2' })).toBe(true);
    expect(previewStale({ findRegex: true, findReplacement: '$1$2', findSearchedReplacement: '$1$2' })).toBe(false);
    expect(previewStale({ findRegex: true, findReplacement: '王', findSearchedReplacement: '$1' })).toBe(false);
    expect(previewStale({ findRegex: false, findReplacement: '$1', findSearchedReplacement: '' })).toBe(false);
  });

  const matches = [match(1, 0), match(2, 5), match(1, 10)];

  it('returns only the chosen matches, in found order', () => {
    const chosen = { [matchKey(matches[0])]: true, [matchKey(matches[1])]: false, [matchKey(matches[2])]: true };
    expect(chosenMatches({ findMatches: matches, findChosen: chosen })).toEqual([matches[0], matches[2]]);
    expect(chosenCount({ findMatches: matches, findChosen: chosen })).toBe(2);
    expect(chosenCount({ findMatches: null, findChosen: chosen })).toBe(0);
  });

  it('groups matches by article in first-seen order', () => {
    const groups = matchesByArticle(matches);
    expect(groups.map((g) => g.articleId)).toEqual([1, 2]);
    expect(groups[0].matches.map((m) => m.start)).toEqual([0, 10]);
  });
});
