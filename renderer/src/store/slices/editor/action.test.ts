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
