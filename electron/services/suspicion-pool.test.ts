import { afterEach, describe, expect, it } from 'vitest';
import { getArticle, saveArticle, setStatus } from './articles';
import { libraryEngine } from './engine';
import { workerEngine } from './suspicion-pool';
import { articleIds, seedPages, testContext, type TestContext } from './testing';

let ctx: TestContext;
let dispose: (() => Promise<void>) | null = null;
afterEach(async () => {
  await dispose?.();
  ctx?.dispose();
});

describe('the engine in a worker', () => {
  it('finds what it finds in this thread, with the paper\u2019s and the batch\u2019s evidence sent again once they change', async () => {
    ctx = testContext();
    const batchId = await seedPages(ctx, { 'a.txt': 'DATE 2024-05-01\n\n标题\n杭州市总工会命名了九个创新工作室。\n\n另一篇\n职工代表大会在杭州召开。' });
    const [a] = articleIds(ctx.store, batchId);
    const engine = workerEngine(ctx.store);
    dispose = engine.dispose;
    const here = libraryEngine(ctx.store);
    const text = '杭州市总工会命名了九个创新工作室，职工代表大会在杭州召开，权锡和杖锡。';
    const evidence = { paper: '测试报', batchId, confusions: [{ ocr: '权', fix: '杖', count: 3 }] };
    expect(await engine(text, evidence)).toEqual(here(text, evidence));

    // Approving an article changes the paper's evidence: the worker must be given it to agree again.
    const paperOnly = { ...evidence, batchId: null };
    const before = here(text, paperOnly);
    const d = getArticle(ctx, a!);
    saveArticle(ctx, { id: a!, baseRevision: d.revision, text: `${d.text}杖锡杖锡杖锡。` });
    setStatus(ctx, { id: a!, status: 'approved', baseRevision: getArticle(ctx, a!).revision });
    const after = here(text, paperOnly);
    // The paper now prints 杖锡, and its proofreaders changed 权 to 杖 three times: 权锡 becomes suspicious.
    expect(before.map((s) => s.text)).not.toContain('权');
    expect(after.map((s) => [s.text, s.proposal])).toContainEqual(['权', '杖']);
    expect(await engine(text, paperOnly)).toEqual(after);
    // The batch's texts changed with the save too: the worker reads with them again.
    expect(await engine(text, evidence)).toEqual(here(text, evidence));
  }, 30_000);
});
