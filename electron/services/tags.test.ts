import { afterEach, describe, expect, it } from 'vitest';
import { getArticle } from './articles';
import { assignTag, createTag, deleteTag, listTags, mergeTags, renameTag, unassignTag } from './tags';
import { articleIds, errorCode as code, seedPages, testContext, type TestContext } from './testing';

let ctx: TestContext;
afterEach(() => ctx?.dispose());

const PAGE = '[产改进行时]\n甲\n正文。\n\n[产改 进行时]\n乙\n正文。\n\n丙\n正文。';

describe('tags', () => {
  it('are seeded from the sections the analysis found', async () => {
    ctx = testContext();
    await seedPages(ctx, { 'p.txt': PAGE });
    expect(listTags(ctx).map((t) => [t.name, t.count])).toEqual([
      ['产改 进行时', 1],
      ['产改进行时', 1],
    ]);
  });

  it('rename updates every article; a taken name is a conflict', async () => {
    ctx = testContext();
    const [a] = articleIds(ctx.store, await seedPages(ctx, { 'p.txt': PAGE }));
    const tag = listTags(ctx).find((t) => t.name === '产改进行时')!;
    expect(renameTag(ctx, tag.id, '产业工人改革')).toMatchObject({ name: '产业工人改革', count: 1 });
    expect(getArticle(ctx, a!).sections).toEqual(['产业工人改革']);
    expect(code(() => renameTag(ctx, tag.id, '产改 进行时'))).toBe('conflict');
    expect(ctx.events.filter((e) => e.name === 'article.changed').map((e) => (e.payload as { id: number }).id)).toEqual([a]);
  });

  it('merge moves every article to the target and deletes the source', async () => {
    ctx = testContext();
    const [a, b] = articleIds(ctx.store, await seedPages(ctx, { 'p.txt': PAGE }));
    const [spaced, plain] = listTags(ctx);
    assignTag(ctx, a!, spaced!.name); // a already has the target too: no duplicate
    expect(mergeTags(ctx, spaced!.id, plain!.id)).toMatchObject({ name: '产改进行时', count: 2 });
    expect(listTags(ctx).map((t) => t.name)).toEqual(['产改进行时']);
    expect(getArticle(ctx, a!).sections).toEqual(['产改进行时']);
    expect(getArticle(ctx, b!).sections).toEqual(['产改进行时']);
    expect(code(() => mergeTags(ctx, plain!.id, plain!.id))).toBe('invalid-request');
    expect(code(() => mergeTags(ctx, 999, plain!.id))).toBe('not-found');
  });

  it('delete removes the name, never an article, and only for the article count confirmed', async () => {
    ctx = testContext();
    const batchId = await seedPages(ctx, { 'p.txt': PAGE });
    const before = articleIds(ctx.store, batchId);
    const [, plain] = listTags(ctx);
    expect(code(() => deleteTag(ctx, plain!.id, plain!.count + 1))).toBe('conflict');
    expect(deleteTag(ctx, plain!.id, plain!.count)).toEqual({ articles: plain!.count });
    expect(listTags(ctx).map((t) => t.name)).not.toContain(plain!.name);
    expect(articleIds(ctx.store, batchId)).toEqual(before);
    for (const id of before) expect(getArticle(ctx, id).sections).not.toContain(plain!.name);
    expect(code(() => deleteTag(ctx, plain!.id, 0))).toBe('not-found');
  });

  it('assign adds to the vocabulary; unassign removes from the article only', async () => {
    ctx = testContext();
    const [, , c] = articleIds(ctx.store, await seedPages(ctx, { 'p.txt': PAGE }));
    expect(assignTag(ctx, c!, '要闻')).toEqual({ sections: ['要闻'] });
    expect(assignTag(ctx, c!, '产改进行时')).toEqual({ sections: ['要闻', '产改进行时'] });
    expect(unassignTag(ctx, c!, '要闻')).toEqual({ sections: ['产改进行时'] });
    expect(listTags(ctx).find((t) => t.name === '要闻')).toMatchObject({ count: 0 });
    expect(createTag(ctx, '新栏目')).toMatchObject({ name: '新栏目', count: 0 });
    expect(code(() => createTag(ctx, '新栏目'))).toBe('conflict');
    expect(code(() => assignTag(ctx, 999, '要闻'))).toBe('not-found');
  });
});
