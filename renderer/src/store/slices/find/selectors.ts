import type { FindMatch } from '../../../../../shared/api/contract';
import type { DeskState } from '../../types';

/** A match's identity: the same match found again keeps its checkbox. */
export const matchKey = (m: Pick<FindMatch, 'articleId' | 'start' | 'end'>) => `${m.articleId}:${m.start}:${m.end}`;

export function chosenMatches(s: Pick<DeskState, 'findMatches' | 'findChosen'>): FindMatch[] {
  return (s.findMatches ?? []).filter((m) => s.findChosen[matchKey(m)]);
}

export function chosenCount(s: Pick<DeskState, 'findMatches' | 'findChosen'>): number {
  return chosenMatches(s).length;
}

/** Matches grouped by article, in the order the backend found them. */
export function matchesByArticle(matches: readonly FindMatch[]): { articleId: number; headline: string; pageFile: string; matches: FindMatch[] }[] {
  const groups = new Map<number, { articleId: number; headline: string; pageFile: string; matches: FindMatch[] }>();
  for (const m of matches) {
    let group = groups.get(m.articleId);
    if (!group) groups.set(m.articleId, (group = { articleId: m.articleId, headline: m.headline, pageFile: m.pageFile, matches: [] }));
    group.matches.push(m);
  }
  return [...groups.values()];
}
