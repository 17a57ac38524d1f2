import { afterEach, describe, expect, it, vi } from 'vitest';
import { getArticle, saveArticle } from './articles';
import { drainSearchIndex } from './search-indexer';
import type { LibraryEvidence, SuspectFn } from './engine';
import { runSuspicions, startSuspicionRunner } from './suspicion-runner';
import { acceptSeries, dismissSuspicion, seriesPlaces } from './suspicions';
import { articleIds, errorCode, seedPages, testContext, type TestContext } from './testing';

let ctx: TestContext;
afterEach(() => ctx?.dispose());

// Two pages of one paper share a misreading: 人会 for 入会.
const PAGES = {
  'a.txt': 'DATE 2024-05-01\n\n工会动态\n他申请人会已三年。\n新人会员五名。',
  'b.txt': 'DATE 2024-05-01\n\n职工之家\n小王申请人会。老张申请人会了。\n人会仪式在周五。',
};

async function seed(): Promise<{ batchId: number; a: number; b: number }> {
  ctx = testContext();
  const batchId = await seedPages(ctx, PAGES);
  const [a, b] = articleIds(ctx.store, batchId);
  return { batchId, a: a!, b: b! };
}

/** Replace the first `from` at or after `at` in the article's text, as a proofreader typing would. */
function fixAt(id: number, from: string, to: string, at = 0) {
  const d = getArticle(ctx, id);
  const i = d.text.indexOf(from, at);
  if (i === -1) throw new Error(`${from} is not in article ${id}`);
  return saveArticle(ctx, { id, baseRevision: d.revision, text: d.text.slice(0, i) + to + d.text.slice(i + from.length) });
}

describe('corrections and their series', () => {
  it('records a hand substitution and offers it where it recurs in the batch', async () => {
    const { a, b } = await seed();
    const saved = fixAt(a, '请人会', '请入会');
    expect(saved.series).toEqual([{ ocr: '人', fix: '入', before: '申请', after: '会已', count: 2 }]);
    expect(ctx.store.corrections.ofArticle(a)).toMatchObject([{ ocr: '人', fix: '入', before: '申请', after: '会已', paper: '测试报', bySuggestion: false }]);

    // On the other page it is a suggestion at once, with its reason; 人会仪式 lacks the context and is left alone.
    const other = getArticle(ctx, b);
    expect(other.suspicions.map((s) => [other.text.slice(s.start - 2, s.end), s.proposal])).toEqual([
      ['申请人', '入'],
      ['申请人', '入'],
    ]);
    expect(other.suspicions[0]!.reason).toContain('‘申请人会已’→‘申请入会已’');
    // The corrected place itself is no longer suspicious; the other misreading on page a (新人会员) does not match.
    expect(getArticle(ctx, a).suspicions).toEqual([]);
  });

  it('finds the series and the texts to read again through the search index once the batch is indexed', async () => {
    const { batchId, a, b } = await seed();
    drainSearchIndex(ctx.store);
    await runSuspicions(ctx.store, ctx.bus, () => [], 10);
    // Both pages indexed: the saved one is queued for the index again, the other is found through it.
    expect(fixAt(a, '请人会', '请入会').series).toEqual([{ ocr: '人', fix: '入', before: '申请', after: '会已', count: 2 }]);
    expect(seriesPlaces(ctx, { batchId, correction: { ocr: '人', fix: '入', before: '申请', after: '会已' } }).map((p) => p.articleId)).toEqual([b, b]);
    // A context no text holds finds nothing, indexed or not.
    expect(seriesPlaces(ctx, { batchId, correction: { ocr: '人', fix: '入', before: '无此', after: '之句' } })).toEqual([]);
    // The requeue the new confusion asked for is done when the queue is read: page b holds 人.
    expect(ctx.store.suspicions.pending(10).map((p) => p.id)).toEqual([a, b]);
  });

  it('applies a series at the chosen places only, recorded as made by suggestion', async () => {
    const { batchId, a, b } = await seed();
    const [offer] = fixAt(a, '请人会', '请入会').series;
    const places = seriesPlaces(ctx, { batchId, correction: offer! });
    expect(places.map((p) => [p.articleId, p.before.slice(-2), p.after.slice(0, 1)])).toEqual([
      [b, '申请', '会'],
      [b, '申请', '会'],
    ]);
    const before = getArticle(ctx, b).text;
    const result = acceptSeries(ctx, { batchId, correction: offer!, places: [places[1]!] });
    expect(result).toEqual({ replaced: 1, articles: [b] });
    const after = getArticle(ctx, b);
    expect(after.text).toBe(before.slice(0, places[1]!.start) + '入' + before.slice(places[1]!.end));
    expect(after.text).toContain('小王申请人会');
    expect(ctx.store.corrections.ofArticle(b)).toMatchObject([{ ocr: '人', fix: '入', bySuggestion: true }]);
    // The same place again is stale now: nothing is applied.
    expect(errorCode(() => acceptSeries(ctx, { batchId, correction: offer!, places: [places[1]!, places[0]!] }))).toBe('conflict');
    expect(getArticle(ctx, b).text).toBe(after.text);
  });

  it('keeps an article\u2019s corrections in step with its text: an undone fix is no longer a correction', async () => {
    const { a } = await seed();
    fixAt(a, '请人会', '请入会');
    ctx.advance(10_000);
    const undone = fixAt(a, '请入会', '请人会');
    expect(undone.series).toEqual([]);
    expect(ctx.store.corrections.ofArticle(a)).toEqual([]);
  });

  it('records corrections accepted in the desk as made by suggestion', async () => {
    const { a } = await seed();
    const d = getArticle(ctx, a);
    saveArticle(ctx, { id: a, baseRevision: d.revision, text: d.text.replace('新人会员', '新入会员'), suggested: [{ text: '人会', proposal: '入会' }] });
    expect(ctx.store.corrections.ofArticle(a)).toMatchObject([{ ocr: '人', fix: '入', bySuggestion: true }]);
  });
});

describe('dismissing', () => {
  it('keeps a suspicion dismissed in that article when the text changes elsewhere', async () => {
    const { a, b } = await seed();
    fixAt(a, '请人会', '请入会');
    const d = getArticle(ctx, b);
    const [first, second] = d.suspicions;
    const left = dismissSuspicion(ctx, { id: b, ...first! });
    expect(left).toEqual([second]);
    // The two places differ in the characters after them (人会。/ 人会了), so only the first is dismissed; it stays
    // dismissed after a paragraph is added before it.
    const edited = saveArticle(ctx, { id: b, baseRevision: d.revision, text: `前言\n${d.text}` });
    expect(edited.suspicions.map((s) => s.start)).toEqual([second!.start + 3]);
    expect(errorCode(() => dismissSuspicion(ctx, { id: b, ...second!, text: '错' }))).toBe('conflict');
  });
});

describe('the engine', () => {
  const engine: SuspectFn = (text) => {
    const at = text.indexOf('人会');
    return at === -1 ? [] : [{ start: at, end: at + 2, text: '人会', proposal: '入会', reason: '形近字：人→入', confidence: 0.6 }];
  };

  it('reads queued texts in the background, with the paper, its batch and its confusion counts, and says so', async () => {
    const { batchId, a, b } = await seed();
    const seen: LibraryEvidence[] = [];
    const spy: SuspectFn = (text, evidence) => {
      seen.push(evidence);
      return engine(text, evidence);
    };
    // Nothing is read during the import or the request: both articles wait for the engine.
    expect(ctx.store.suspicions.pendingCount()).toBe(2);
    expect(getArticle(ctx, a).suspicions).toEqual([]);
    fixAt(a, '请人会', '请入会');
    expect(await runSuspicions(ctx.store, ctx.bus, spy, 10)).toBe(2);
    expect(ctx.store.suspicions.pendingCount()).toBe(0);
    expect(seen.at(-1)).toEqual({ paper: '测试报', batchId, confusions: [{ ocr: '人', fix: '入', count: 1 }] });
    expect(ctx.events.filter((e) => e.name === 'article.suspicions').map((e) => e.payload)).toEqual([
      { id: a, revision: 2 },
      { id: b, revision: 1 },
    ]);
    expect(getArticle(ctx, a).suspicions.map((s) => [s.text, s.reason])).toEqual([['人会', '形近字：人→入']]);
    // On b the series covers the engine's first place, so the engine's overlapping suspicion there gives way.
    expect(getArticle(ctx, b).suspicions.map((s) => s.reason.slice(0, 4))).toEqual(['同一错误', '同一错误']);
  });

  it('keeps its findings that are still in place after an edit until it reads the text again', async () => {
    const { a } = await seed();
    await runSuspicions(ctx.store, ctx.bus, engine, 10);
    const d = getArticle(ctx, a);
    const [s] = d.suspicions;
    const saved = saveArticle(ctx, { id: a, baseRevision: d.revision, text: d.text.replace('三年', '五年') });
    expect(saved.suspicions).toEqual([s]);
    expect(ctx.store.suspicions.pendingCount()).toBe(1);
    // Accepting it changes its characters: it is gone at once, before the engine runs again.
    const after = getArticle(ctx, a);
    const accepted = saveArticle(ctx, { id: a, baseRevision: after.revision, text: after.text.slice(0, s!.start) + '入会' + after.text.slice(s!.end), suggested: [s!] });
    expect(accepted.suspicions.filter((x) => x.start === s!.start)).toEqual([]);
  });

  it('works the queue off by itself once the backend is idle, and stops on an engine failure', async () => {
    const { a } = await seed();
    const errors: unknown[] = [];
    const runner = startSuspicionRunner(ctx.store, ctx.bus, engine, { idleMs: 5 });
    await vi.waitFor(() => expect(ctx.store.suspicions.pendingCount()).toBe(0));
    runner.dispose();
    expect(getArticle(ctx, a).suspicions).toHaveLength(1);
    const d = getArticle(ctx, a);
    saveArticle(ctx, { id: a, baseRevision: d.revision, text: `${d.text}。` });
    const failing = startSuspicionRunner(ctx.store, ctx.bus, () => { throw new Error('data missing'); }, { idleMs: 5, onError: (e) => errors.push(e) });
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    failing.dispose();
    expect(ctx.store.suspicions.pendingCount()).toBe(1);
  });

  it('reads the batch\u2019s other texts again when a correction changes the paper\u2019s confusion counts enough', async () => {
    const { a, b } = await seed();
    await runSuspicions(ctx.store, ctx.bus, engine, 10);
    fixAt(a, '请人会', '请入会');
    // A confusion new to the paper: page b holds 人, so it is read again with the new counts.
    expect(ctx.store.suspicions.pending(10).map((p) => p.id)).toEqual([a, b]);
    await runSuspicions(ctx.store, ctx.bus, engine, 10);
    ctx.advance(10_000);
    fixAt(a, '新人会', '新入会');
    expect(ctx.store.suspicions.pending(10).map((p) => p.id)).toEqual([a, b]);
    await runSuspicions(ctx.store, ctx.bus, engine, 10);
    ctx.advance(10_000);
    fixAt(b, '王申请人会', '王申请入会');
    // Three of the same: not a doubling, so only the edited text waits.
    expect(ctx.store.suspicions.pending(10).map((p) => p.id)).toEqual([b]);
  });

  it('leaves a text changed while it was read queued', async () => {
    const { a } = await seed();
    const [pending] = ctx.store.suspicions.pending(1);
    const d = getArticle(ctx, a);
    saveArticle(ctx, { id: a, baseRevision: d.revision, text: `${d.text}。` });
    expect(ctx.store.suspicions.save(pending!.id, pending!.text, [])).toBe(false);
    expect(ctx.store.suspicions.pending(10).map((p) => p.id)).toContain(a);
  });
});
