import { afterEach, describe, expect, it } from 'vitest';
import { analyzePage } from '../../shared/analyze';
import { importSources } from '../import/import';
import { getArticle, saveArticle } from './articles';
import { applyProfile, getProfile, markHeadingNoise, previewProfile, profileOffer, removeProfileRule } from './profiles';
import { markNoise } from './segments';
import { assignTag } from './tags';
import { errorCode, testContext, textSource, type TestContext } from './testing';

let ctx: TestContext;
afterEach(() => ctx?.dispose());

const HEAD = '城事周刊';
const HEADLINES = ['老街换新颜', '夜校课堂座无虚席', '社区食堂开张', '河道清淤完工'];
const page = (n: number) =>
  [`${n} ${HEAD}`, '', HEADLINES[n - 1], '', `本报讯 记者王明报道 第${n}版的消息正文，写得足够长，说明${HEADLINES[n - 1]}的来龙去脉。`, '', '改造还在继续。'].join('\n');

async function seed(batch = '晨光'): Promise<number> {
  const sources = [1, 2, 3].map((n) => textSource(`p${n}.txt`, page(n)));
  const report = await importSources(ctx, sources, { batch, analyze: analyzePage });
  return report.batchId!;
}

const onPage = (batchId: number, file: string) => ctx.store.articles.summaries({ batchId }).filter((a) => a.pageFile === file);
const mentions = (id: number) => {
  const a = getArticle(ctx, id);
  return [a.kicker, a.headline, a.subtitle, a.text].join('\n').includes(HEAD);
};

/** Sets the running head apart on one page, as a proofreader would: a heading line, or a block of its own. */
function markRunningHead(batchId: number, file: string): void {
  const a = onPage(batchId, file).find((x) => mentions(x.id))!;
  const detail = getArticle(ctx, a.id);
  const field = (['kicker', 'headline', 'subtitle'] as const).find((f) => detail[f]?.includes(HEAD));
  if (field && detail.text.trim() !== '') markHeadingNoise(ctx, a.id, field);
  else markNoise(ctx, a.id);
}

describe('the paper profile', () => {
  it('learns a running head marked on one page and re-reads only the pages nobody edited', async () => {
    ctx = testContext();
    const batchId = await seed();
    for (const f of ['p1.txt', 'p2.txt', 'p3.txt']) expect(onPage(batchId, f).some((a) => mentions(a.id))).toBe(true);

    // p3 is being worked on: it must be left as it is.
    const worked = onPage(batchId, 'p3.txt').at(-1)!;
    saveArticle(ctx, { id: worked.id, baseRevision: worked.revision, text: `${getArticle(ctx, worked.id).text}\n补一段。` });

    markRunningHead(batchId, 'p1.txt');
    const rules = getProfile(ctx, batchId).rules;
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({ role: 'furniture', place: 'top', example: `1 ${HEAD}`, origin: { pageFile: 'p1.txt', batchId } });
    const p1Before = onPage(batchId, 'p1.txt').map((a) => [a.id, a.headline]);

    const preview = previewProfile(ctx, batchId);
    expect(preview.pages.map((p) => [p.pageFile, p.edited])).toEqual([['p2.txt', false], ['p3.txt', true]]);
    expect(preview.pages[0]!.changes).toEqual([{ kind: 'noise', text: `2 ${HEAD}`, ruleId: rules[0]!.id }]);
    // A preview changes nothing.
    expect(onPage(batchId, 'p2.txt').some((a) => mentions(a.id))).toBe(true);

    const result = applyProfile(ctx, batchId);
    expect(result.applied).toHaveLength(1);
    expect(result.skipped).toHaveLength(1);
    expect(onPage(batchId, 'p2.txt').some((a) => mentions(a.id))).toBe(false);
    expect(onPage(batchId, 'p2.txt').map((a) => a.headline)).toContain(HEADLINES[1]);
    expect(ctx.store.pages.current(batchId).find((p) => p.file === 'p2.txt')!.noise.map((n) => n.text)).toContain(`2 ${HEAD}`);
    expect(onPage(batchId, 'p3.txt').some((a) => mentions(a.id))).toBe(true);
    expect(onPage(batchId, 'p1.txt').map((a) => [a.id, a.headline])).toEqual(p1Before);
    // Nothing left to re-read on unedited pages.
    expect(previewProfile(ctx, batchId).pages.filter((p) => !p.edited)).toEqual([]);
  });

  it('is kept per paper: the next batch of the same paper is offered a re-read, and a removed rule is gone', async () => {
    ctx = testContext();
    const first = await seed('第一批');
    ctx.store.batches.fillMasthead(first, null, '晨光日报');
    markRunningHead(first, 'p1.txt');
    expect(getProfile(ctx, first).key).toBe('paper:晨光日报');

    const sources = [4].map((n) => textSource(`q${n}.txt`, page(n).replace(`${n} ${HEAD}`, `7 ${HEAD}`)));
    const second = (await importSources(ctx, sources, { batch: '第二批', analyze: analyzePage })).batchId!;
    ctx.store.batches.fillMasthead(second, null, '晨光日报');
    expect(profileOffer(ctx, second)).toMatchObject({ key: 'paper:晨光日报', rules: 1, pages: 1 });

    const ruleId = getProfile(ctx, second).rules[0]!.id;
    expect(removeProfileRule(ctx, second, ruleId).rules).toEqual([]);
    expect(profileOffer(ctx, second)).toBeNull();
    expect(errorCode(() => removeProfileRule(ctx, second, ruleId))).toBe('not-found');
  });

  it('learns a section label from a section assigned by hand, and gives it to the same label on the other pages', async () => {
    ctx = testContext();
    const LABEL = '湖畔茶座夜话';
    const labelled = (n: number, headline: string) =>
      [`第${n}版头条消息发布`, '', `本报讯 记者王明报道 第${n}版的头条消息正文，写得足够长，说明一件事情的来龙去脉。`, '', LABEL, '', headline, '', '本报讯 记者李红报道 第二篇消息的正文，也写得足够长，说明另一件事情的经过和结果。'].join('\n');
    const report = await importSources(ctx, [textSource('a.txt', labelled(1, '社区食堂开进老街')), textSource('b.txt', labelled(2, '夜校课堂座无虚席'))], { batch: '栏目', analyze: analyzePage });
    const batchId = report.batchId!;
    const carrier = (file: string) => onPage(batchId, file).find((a) => [a.kicker, a.headline].includes(LABEL));
    expect(carrier('a.txt')?.sections).toEqual([]);
    assignTag(ctx, carrier('a.txt')!.id, LABEL);
    expect(getProfile(ctx, batchId).rules).toMatchObject([{ role: 'section', example: LABEL, origin: { action: 'assign-section', pageFile: 'a.txt' } }]);
    expect(previewProfile(ctx, batchId).pages.map((p) => [p.pageFile, p.edited, p.changes])).toEqual([
      ['a.txt', true, [{ kind: 'section', text: LABEL, ruleId: 'r1' }]],
      ['b.txt', false, [{ kind: 'section', text: LABEL, ruleId: 'r1' }]],
    ]);
    applyProfile(ctx, batchId);
    const b = onPage(batchId, 'b.txt').find((a) => a.sections.includes(LABEL));
    expect(b?.headline).toBe('夜校课堂座无虚席');
  });

  it('refuses to set apart a heading line the article does not have', async () => {
    ctx = testContext();
    const batchId = await seed();
    const a = onPage(batchId, 'p1.txt')[0]!;
    expect(errorCode(() => markHeadingNoise(ctx, a.id, 'kicker'))).toBe('invalid-request');
  });
});
