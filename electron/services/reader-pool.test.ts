import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { saveArticle } from './articles';
import { startReaders, type Readers } from './reader-pool';
import { batchStats } from './stats';
import { articleIds, seedPages, testContext, type TestContext } from './testing';

let ctx: TestContext;
let readers: Readers | null = null;
afterEach(async () => {
  await readers?.close();
  readers = null;
  ctx?.dispose();
});

async function seed(): Promise<number> {
  ctx = testContext();
  const pages: Record<string, string> = {};
  for (let n = 1; n <= 20; n++) pages[`${n}.txt`] = `标题${n}\n记者张浩呈报道 今天,第${n}版。\n\n另一篇${n}\n没有名字,只有正文。`;
  return seedPages(ctx, pages);
}

describe('the reader worker', () => {
  it('answers stats.batch as this thread would, from its own connection', async () => {
    const batchId = await seed();
    readers = startReaders(ctx, ctx.store.path);
    expect(readers.inWorker).toBe(true);
    const before = batchStats(ctx, batchId);
    expect(await readers.run('stats.batch', { batchId })).toEqual(before);
    // It reads what the host's connection committed since.
    const id = articleIds(ctx.store, batchId)[0]!;
    saveArticle(ctx, { id, baseRevision: 1, text: '张浩呈改写了。' });
    const after = await readers.run('stats.batch', { batchId });
    expect(after).toEqual(batchStats(ctx, batchId));
    expect(after).not.toEqual(before);
  });

  it('leaves this thread free while it works, and passes API errors back with their code', async () => {
    const batchId = await seed();
    readers = startReaders(ctx, ctx.store.path);
    const order: string[] = [];
    const counted = readers.run('stats.batch', { batchId }).then(() => order.push('stats'));
    setTimeout(() => order.push('timer'), 0);
    await counted;
    expect(order).toEqual(['timer', 'stats']);
    expect(await readers.run('stats.batch', { batchId: 999 }).catch((err: ApiError) => err.code)).toBe('not-found');
  });
});
