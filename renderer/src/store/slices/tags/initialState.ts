import type { TagSummary } from '../../../../../shared/api/contract';

export interface TagsState {
  tags: TagSummary[];
}

export const tagsInitialState: TagsState = { tags: [] };
