import type { FindMatch } from '../../../../../shared/api/contract';
import type { DeskState } from '../../types';

/** A match's identity: the same match found again keeps its checkbox. */
export const matchKey = (m: Pick<FindMatch, 'articleId' | 'field' | 'start' | 'end'>) => `${m.articleId}:${m.field}:${m.start}:${m.end}`;

export function chosenMatches(s: Pick<DeskState, 'findMatches' | 'findChosen'>): FindMatch[] {
  return (s.findMatches ?? []).filter((m) => s.findChosen[matchKey(m)]);
}

export function chosenCount(s: Pick<DeskState, 'findMatches' | 'findChosen'>): number {
  return chosenMatches(s).length;
}

/**
 * Whether the preview no longer shows what replacing would write: a regex replacement with `$` patterns was edited
 * since the search, and each match's expansion is the one the backend made with the searched replacement. (Text
 * without `$` is written as typed, so its preview stays true.)
 */
export function previewStale(s: Pick<DeskState, 'findRegex' | 'findReplacement' | 'findSearchedReplacement'>): boolean {
  return s.findRegex && s.findReplacement !== s.findSearchedReplacement && s.findReplacement.includes('$');
}

export interface MatchGroup {
  articleId: number;
  headline: string;
  pageFile: string;
  /** Replacing in an approved article reopens it; the preview says so. */
  approved: boolean;
  matches: FindMatch[];
}

/** Matches grouped by article, in the order the backend found them. */
export function matchesByArticle(matches: readonly FindMatch[]): MatchGroup[] {
  const groups = new Map<number, MatchGroup>();
  for (const m of matches) {
    let group = groups.get(m.articleId);
    if (!group) groups.set(m.articleId, (group = { articleId: m.articleId, headline: m.headline, pageFile: m.pageFile, approved: m.status === 'approved', matches: [] }));
    group.matches.push(m);
  }
  return [...groups.values()];
}
