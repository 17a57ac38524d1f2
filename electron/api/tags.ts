import type { ApiHandlers } from '../../shared/api/contract';
import type { ServiceContext } from '../services/context';
import { assignTag, createTag, deleteTag, listTags, mergeTags, renameTag, unassignTag } from '../services/tags';

export function tagHandlers(ctx: ServiceContext): Pick<ApiHandlers, 'tags.list' | 'tags.create' | 'tags.rename' | 'tags.merge' | 'tags.delete' | 'tags.assign' | 'tags.unassign'> {
  return {
    'tags.list': () => listTags(ctx),
    'tags.create': (req) => createTag(ctx, req.name),
    'tags.rename': (req) => renameTag(ctx, req.id, req.name),
    'tags.merge': (req) => mergeTags(ctx, req.sourceId, req.targetId),
    'tags.delete': (req) => deleteTag(ctx, req.id, req.count),
    'tags.assign': (req) => assignTag(ctx, req.articleId, req.name),
    'tags.unassign': (req) => unassignTag(ctx, req.articleId, req.name),
  };
}
