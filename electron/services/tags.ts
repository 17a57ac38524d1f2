// The section (栏目) vocabulary: seeded by import from the sections the parser finds, edited by people.
import type { TagSummary } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { ServiceContext } from './context';
import { learnFromSection } from './profiles';
import { emitChanged, requireArticle } from './revise';

function requireTag(ctx: ServiceContext, id: number): TagSummary {
  const tag = ctx.store.tags.get(id);
  if (!tag) throw new ApiError('not-found', `栏目 ${id} 不存在 / Section ${id} not found`);
  return tag;
}

function refuseTaken(ctx: ServiceContext, name: string, exceptId?: number): void {
  const other = ctx.store.tags.idByName(name);
  if (other !== null && other !== exceptId) {
    throw new ApiError('conflict', `栏目“${name}”已存在,可改用合并 / Section "${name}" already exists; merge instead`, { id: other });
  }
}

export function listTags(ctx: ServiceContext): TagSummary[] {
  return ctx.store.tags.list();
}

export function createTag(ctx: ServiceContext, name: string): TagSummary {
  return ctx.store.transaction(() => {
    refuseTaken(ctx, name);
    return ctx.store.tags.create(name);
  });
}

/** Renaming changes the one vocabulary row, so every article carrying it shows the new name. */
export function renameTag(ctx: ServiceContext, id: number, name: string): TagSummary {
  const tag = ctx.store.transaction(() => {
    requireTag(ctx, id);
    refuseTaken(ctx, name, id);
    ctx.store.tags.rename(id, name);
    return requireTag(ctx, id);
  });
  emitChanged(ctx, ctx.store.tags.articleIds(id));
  return tag;
}

export function mergeTags(ctx: ServiceContext, sourceId: number, targetId: number): TagSummary {
  if (sourceId === targetId) throw new ApiError('invalid-request', '不能把栏目合并到自身 / Cannot merge a section into itself');
  const { tag, affected } = ctx.store.transaction(() => {
    requireTag(ctx, sourceId);
    requireTag(ctx, targetId);
    const affected = ctx.store.tags.articleIds(sourceId);
    ctx.store.tags.merge(sourceId, targetId);
    return { tag: requireTag(ctx, targetId), affected };
  });
  emitChanged(ctx, affected);
  return tag;
}

/** Assigning a name not yet in the vocabulary adds it. */
export function assignTag(ctx: ServiceContext, articleId: number, name: string): { sections: string[] } {
  const sections = ctx.store.transaction(() => {
    const article = requireArticle(ctx, articleId);
    ctx.store.tags.assign(articleId, ctx.store.tags.idByName(name) ?? ctx.store.tags.create(name).id);
    learnFromSection(ctx, article, name);
    return ctx.store.tags.sectionsOf(articleId);
  });
  emitChanged(ctx, [articleId]);
  return { sections };
}

export function unassignTag(ctx: ServiceContext, articleId: number, name: string): { sections: string[] } {
  const sections = ctx.store.transaction(() => {
    requireArticle(ctx, articleId);
    const tagId = ctx.store.tags.idByName(name);
    if (tagId !== null) ctx.store.tags.unassign(articleId, tagId);
    return ctx.store.tags.sectionsOf(articleId);
  });
  emitChanged(ctx, [articleId]);
  return { sections };
}
