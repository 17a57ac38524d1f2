import type { TagSummary } from '../../../../../shared/api/contract';
import type { DeskState } from '../../types';

export const selectTags = (s: DeskState) => s.tags;

/** Vocabulary entries not yet on the article, for the section autocomplete. */
export function suggestableTags(tags: readonly TagSummary[], assigned: readonly string[]): string[] {
  const taken = new Set(assigned);
  return tags.map((t) => t.name).filter((name) => !taken.has(name));
}
