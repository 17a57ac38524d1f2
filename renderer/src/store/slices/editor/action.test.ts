import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../../shared/api/errors';
import { createDeskStore } from '../../index';
import { type Calls, detail, scriptedApi } from '../../scripted-api';
import { AUTOSAVE_DELAY_MS } from './action';

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once after typing pauses, with the revision it was based on', async () => {
    const calls: Calls = [];
    let stored = 3;
    const api = scriptedApi(
      {
        'articles.get': () => detail(3, '原文'),
        'articles.save': () => ({ id: 7, revision: ++stored, status: 'editing', savedAt: '', warnings: [], suspicions: [], series: [] }),
      },
      calls,
    );
    const store = createDeskStore(api);
    await store.getState().openArticle(7);
    store.getState().editText('原文一');
    store.getState().editText('原文一二');
    expect(store.getState().saveState).toBe('dirty');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1);
    expect(calls.filter((c) => c.method === 'articles.save')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(() => expect(store.getState().saveState).toBe('saved'));
    const saves = calls.filter((c) => c.method === 'articles.save');
    expect(saves).toHaveLength(1);
    expect(saves[0].req).toMatchObject({ id: 7, baseRevision: 3, text: '原文一二' });
    expect(store.getState().baseRevision).toBe(4);
  });

  it('keeps the text after a conflict and does not retry by itself', async () => {
    const calls: Calls = [];
    const api = scriptedApi(
      {
        'articles.get': () => detail(3, '原文'),
        'articles.save': () => {
          throw new ApiError('conflict', 'stale base revision');
        },
      },
      calls,
    );
    const store = createDeskStore(api);
    await store.getState().openArticle(7);
    store.getState().editText('我的修改');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    await vi.waitFor(() => expect(store.getState().saveState).toBe('failed'));
    expect(store.getState().saveError?.code).toBe('conflict');
    expect(store.getState().draft).toBe('我的修改');
    store.getState().editText('我的修改又改');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(calls.filter((c) => c.method === 'articles.save')).toHaveLength(1);
    expect(store.getState().draft).toBe('我的修改又改');
  });
});

/** An answer the test releases when it chooses (a slow backend). */
function deferred<T>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('switching and following changes made elsewhere', () => {
  it('stays on an article whose save conflicted, keeping the text and saying why', async () => {
    const calls: Calls = [];
    const api = scriptedApi(
      {
        'articles.get': (req) => detail(3, req.id === 7 ? '原文' : '另一篇', { id: req.id }),
        'articles.save': () => {
          throw new ApiError('conflict', 'stale base revision');
        },
      },
      calls,
    );
    const store = createDeskStore(api);
    await store.getState().openArticle(7);
    store.getState().editText('我的修改');
    expect(await store.getState().openArticle(8)).toBe(false);
    expect(store.getState().article?.id).toBe(7);
    expect(store.getState().draft).toBe('我的修改');
    expect(store.getState().articleLoading).toBe(false);
    expect(store.getState().notice).toMatchObject({ kind: 'error', key: 'review.stayUnsaved' });
    expect(calls.filter((c) => c.method === 'articles.get')).toHaveLength(1);
  });

  it('is read-only from the moment an open begins until the article arrives', async () => {
    const slow = deferred<ReturnType<typeof detail>>();
    const api = scriptedApi({ 'articles.get': (req) => (req.id === 7 ? detail(3, '原文') : (slow.promise as unknown as ReturnType<typeof detail>)) }, []);
    const store = createDeskStore(api);
    await store.getState().openArticle(7);
    const opening = store.getState().openArticle(8);
    expect(store.getState().articleLoading).toBe(true);
    slow.resolve(detail(1, '第八篇', { id: 8 }));
    expect(await opening).toBe(true);
    expect(store.getState().articleLoading).toBe(false);
    expect(store.getState().draft).toBe('第八篇');
  });

  it('keeps text typed while a change from elsewhere was being fetched, and says conflict', async () => {
    let next: Promise<ReturnType<typeof detail>> | null = null;
    const api = scriptedApi({ 'articles.get': () => (next ?? detail(3, '原文')) as ReturnType<typeof detail> }, []);
    const store = createDeskStore(api);
    await store.getState().openArticle(7);
    const nonce = store.getState().docNonce;
    const slow = deferred<ReturnType<typeof detail>>();
    next = slow.promise;
    store.getState().onCurrentArticleChanged(7, 4);
    store.getState().editText('原文我正在打');
    slow.resolve(detail(4, '别处改过的原文'));
    await vi.waitFor(() => expect(store.getState().saveState).toBe('failed'));
    expect(store.getState().saveError?.code).toBe('conflict');
    expect(store.getState().draft).toBe('原文我正在打');
    expect(store.getState().docNonce).toBe(nonce);
  });

  it('takes a change from elsewhere when nothing was typed meanwhile', async () => {
    let stored = detail(3, '原文');
    const api = scriptedApi({ 'articles.get': () => stored }, []);
    const store = createDeskStore(api);
    await store.getState().openArticle(7);
    stored = detail(4, '别处改过的原文');
    store.getState().onCurrentArticleChanged(7, 4);
    await vi.waitFor(() => expect(store.getState().draft).toBe('别处改过的原文'));
    expect(store.getState().saveState).toBe('saved');
    expect(store.getState().baseRevision).toBe(4);
  });
});
