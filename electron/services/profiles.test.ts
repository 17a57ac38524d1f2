import { afterEach, describe, expect, it } from 'vitest';
import { analyzePage } from '../../shared/analyze';
import { importSources } from '../import/import';
import { getArticle, saveArticle } from './articles';
import { applyProfile, getProfile, markHeadingNoise, previewProfile, profileOffer, removeProfileRule } from './profiles';
import { undoStep } from './segment-history';
import { markNoise, restoreNoise } from './segments';
import { assignTag } from './tags';
import { errorCode, seedPages, testContext, textSource, type TestContext } from './testing';

let ctx: TestContext;
afterEach(() => ctx?.dispose());

const HEAD = '晨光城事 周末版';
const HEADLINES = ['老街换新颜', '夜校课堂座无虚席', '社区食堂开张', '河道清淤完工'];
const page = (n: number) =>
  [`${HEAD} ${n}`, '', HEADLINES[n - 1], '', `本报讯 记者王明报道 第${n}版的消息正文，写得足够长，说明${HEADLINES[n - 1]}的来龙去脉。`, '', '改造还在继续。'].join('\n');

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
    expect(rules[0]).toMatchObject({ role: 'furniture', place: 'top', example: `${HEAD} 1`, origin: { pageFile: 'p1.txt', batchId } });
    const p1Before = onPage(batchId, 'p1.txt').map((a) => [a.id, a.headline]);

    const preview = previewProfile(ctx, batchId);
    expect(preview.pages.map((p) => [p.pageFile, p.edited])).toEqual([['p2.txt', false], ['p3.txt', true]]);
    expect(preview.pages[0]!.changes).toEqual([{ kind: 'noise', text: `${HEAD} 2`, ruleId: rules[0]!.id }]);
    // A preview changes nothing.
    expect(onPage(batchId, 'p2.txt').some((a) => mentions(a.id))).toBe(true);

    const result = applyProfile(ctx, batchId);
    expect(result.applied).toHaveLength(1);
    expect(result.skipped).toHaveLength(1);
    expect(onPage(batchId, 'p2.txt').some((a) => mentions(a.id))).toBe(false);
    expect(onPage(batchId, 'p2.txt').map((a) => a.headline)).toContain(HEADLINES[1]);
    expect(ctx.store.pages.current(batchId).find((p) => p.file === 'p2.txt')!.noise.map((n) => n.text)).toContain(`${HEAD} 2`);
    expect(onPage(batchId, 'p3.txt').some((a) => mentions(a.id))).toBe(true);
    expect(onPage(batchId, 'p1.txt').map((a) => [a.id, a.headline])).toEqual(p1Before);
    // Nothing left to re-read on unedited pages.
    expect(previewProfile(ctx, batchId).pages.filter((p) => !p.edited)).toEqual([]);
  });

  it('is kept per paper: the next batch of the same paper is offered a re-read, and a removed rule is gone', async () => {
    ctx = testContext();
    const first = await seed('第一批');
    // Taught before any page named the paper: kept under the batch, then carried over to the paper's profile.
    markRunningHead(first, 'p1.txt');
    expect(getProfile(ctx, first).key).toBe(`batch:${first}`);
    ctx.store.batches.fillMasthead(first, null, '晨光日报');
    expect(getProfile(ctx, first)).toMatchObject({ key: 'paper:晨光日报', rules: [{ example: `${HEAD} 1` }] });

    const sources = [4].map((n) => textSource(`q${n}.txt`, page(n).replace(`${HEAD} ${n}`, `${HEAD} 7`)));
    const second = (await importSources(ctx, sources, { batch: '第二批', analyze: analyzePage })).batchId!;
    ctx.store.batches.fillMasthead(second, null, '晨光日报');
    expect(profileOffer(ctx, second)).toMatchObject({ key: 'paper:晨光日报', rules: 1, pages: 1 });

    const ruleId = getProfile(ctx, second).rules[0]!.id;
    expect(removeProfileRule(ctx, second, ruleId).rules).toEqual([]);
    expect(profileOffer(ctx, second)).toBeNull();
    expect(errorCode(() => removeProfileRule(ctx, second, ruleId))).toBe('not-found');
  });

  it('after an import into a batch, counts the pages that import brought unless the profile learned a rule just then', async () => {
    ctx = testContext();
    const batchId = await seed();
    markRunningHead(batchId, 'p1.txt');
    // The running head of p2 and p3 would go: the whole batch counts.
    expect(profileOffer(ctx, batchId)).toMatchObject({ rules: 1, pages: 2 });
    const sections = ctx.store.tags.list().map((t) => t.name);
    const report = await importSources(ctx, [textSource('p4.txt', page(4))], { batch: '晨光', analyze: analyzePage });
    const fresh = new Set(report.files.map((f) => f.pageId!));
    expect(profileOffer(ctx, batchId, { pageIds: fresh, sections })).toMatchObject({ rules: 1, pages: 1 });
    // A page the rules touch on no line, read with the import's section names, is not re-read and not counted.
    const plain = await importSources(ctx, [textSource('p5.txt', page(4).replace(`${HEAD} 4`, '另一行刊头文字'))], { batch: '晨光', analyze: analyzePage });
    expect(profileOffer(ctx, batchId, { pageIds: new Set(plain.files.map((f) => f.pageId!)), sections })).toBeNull();
    // Without the import's pages, every unedited page of the batch counts, as before.
    expect(profileOffer(ctx, batchId)).toMatchObject({ pages: 3 });
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

  it('learns from a furniture-sized block marked as noise, not from a story, and forgets when the block comes back', async () => {
    ctx = testContext();
    // A controlled reading (blank-line blocks are articles): the running head came out as an article of its own.
    const text = (n: number) => ['晨光城事', `第${n}期`, '', '老街换新颜', `本报讯 记者王明报道 第${n}版的消息正文，写得足够长，说明老街换新颜的来龙去脉。`].join('\n');
    const batchId = await seedPages(ctx, { 'a.txt': text(1), 'b.txt': text(2) });
    const [head, story] = onPage(batchId, 'a.txt');
    expect(getArticle(ctx, head!.id).ocrRaw).toContain('晨光城事');
    markNoise(ctx, story!.id);
    expect(getProfile(ctx, batchId).rules).toEqual([]);
    markNoise(ctx, head!.id);
    expect(getProfile(ctx, batchId).rules.map((r) => r.example)).toEqual(['晨光城事', '第1期']);
    restoreNoise(ctx, head!.id);
    expect(getProfile(ctx, batchId).rules).toEqual([]);
    // Undoing the mark from the page's segmentation history forgets as well.
    markNoise(ctx, head!.id);
    expect(getProfile(ctx, batchId).rules).toHaveLength(2);
    undoStep(ctx, head!.pageId);
    expect(getProfile(ctx, batchId).rules).toEqual([]);
  });

  it('keeps the masthead layout of a paper’s front pages, and reads the next batch’s garbled front page by it', async () => {
    ctx = testContext();
    const front = (date: string, serial: string, headline: string, lead: string) =>
      ['晨光日报', 'CHENGUANG DAILY', date, serial, '社址：晨光市滨江路1号 邮编：530000', '', headline, '', `本报讯 记者王明报道 ${lead}`].join('\n');
    const first = (await importSources(ctx, [textSource('a.txt', front('2025年3月7日', '第30412号', '城东新桥今日通车', '连接城东城西的新桥今天通车，市民过江的时间缩短了一半。'))], { batch: '三月七日', analyze: analyzePage })).batchId!;
    expect(profileOffer(ctx, first)).toBeNull();
    expect(getProfile(ctx, first).rules.map((r) => [r.role, r.example, r.origin.action])).toContainEqual(['masthead', 'CHENGUANG DAILY', 'front-page']);

    // The next day's front page: date and serial garbled, so its own fields make no masthead.
    const garbled = front('2O25年3月8日', '笫3O413号', '早春田野农机忙', '早春的田野里，农机手们正忙着翻耕土地，为春播做好准备。');
    const second = (await importSources(ctx, [textSource('b.txt', garbled)], { batch: '三月八日', analyze: analyzePage })).batchId!;
    expect(ctx.store.pages.current(second)[0]!.meta).toBeNull();
    // Its pages never named the paper: the batch is told which paper it is (as a proofreader would say).
    ctx.store.batches.fillMasthead(second, null, '晨光日报');
    expect(profileOffer(ctx, second)).toMatchObject({ key: 'paper:晨光日报', pages: 1 });
    expect(previewProfile(ctx, second).pages[0]!.changes.map((c) => c.kind)).toContain('masthead');
    applyProfile(ctx, second);
    const page = ctx.store.pages.current(second)[0]!;
    expect(page.meta?.paper).toBe('晨光日报');
    expect(onPage(second, 'b.txt').map((a) => a.headline)).toEqual(['早春田野农机忙']);
  });

  it('refuses to set apart a heading line the article does not have', async () => {
    ctx = testContext();
    const batchId = await seed();
    const a = onPage(batchId, 'p1.txt')[0]!;
    expect(errorCode(() => markHeadingNoise(ctx, a.id, 'kicker'))).toBe('invalid-request');
  });
});
