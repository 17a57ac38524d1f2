import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiRequest } from '../../../../../shared/api/contract';
import { createDeskStore } from '../../index';
import { type Calls, detail as baseDetail, scriptedApi } from '../../scripted-api';
import { AUTOSAVE_DELAY_MS } from '../editor/action';

const suspicion = { start: 3, end: 4, text: '人', proposal: '入', reason: '形近字', confidence: 0.8 };
const detail = (revision: number, text: string) => baseDetail(revision, text, { suspicions: [suspicion] });

describe('suspicions at the desk', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reports accepted suggestions with the next save only, and offers the series the save found', async () => {
    const calls: Calls = [];
    const offer = { ocr: '人', fix: '入', before: '申请', after: '会。', count: 3 };
    let revision = 1;
    const api = scriptedApi(
      {
        'articles.get': () => detail(1, '他申请人会。'),
        'articles.save': (req) => ({ id: 7, revision: ++revision, status: 'editing', savedAt: '', warnings: [], suspicions: [], series: req.suggested ? [] : [offer] }),
      },
      calls,
    );
    const store = createDeskStore(api);
    await store.getState().openArticle(7);
    expect(store.getState().savedSuspicions).toMatchObject({ text: '他申请人会。', list: [suspicion] });

    store.getState().suspicionAccepted(suspicion);
    store.getState().editText('他申请入会。');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    await vi.waitFor(() => expect(store.getState().saveState).toBe('saved'));
    store.getState().editText('他申请入会了。');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    await vi.waitFor(() => expect(store.getState().saveState).toBe('saved'));

    const saves = calls.filter((c) => c.method === 'articles.save').map((c) => c.req as ApiRequest<'articles.save'>);
    expect(saves.map((r) => r.suggested)).toEqual([[{ text: '人', proposal: '入' }], undefined]);
    expect(store.getState().suggested).toEqual([]);
    expect(store.getState().seriesOffers).toEqual([{ ...offer, batchId: 1 }]);
    expect(store.getState().savedSuspicions).toMatchObject({ text: '他申请入会了。', list: [] });
  });
});
