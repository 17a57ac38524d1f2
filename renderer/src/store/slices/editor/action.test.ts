import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiMethod, ApiRequest, ApiResponses, ArticleDetail } from '../../../../../shared/api/contract';
import { ApiError } from '../../../../../shared/api/errors';
import type { DeskApi } from '../../../api';
import { createDeskStore } from '../../index';
import { AUTOSAVE_DELAY_MS } from './action';

type Calls = { method: ApiMethod; req: unknown }[];

function detail(revision: number, text: string): ArticleDetail {
  return {
    id: 7, pageId: 1, batchId: 1, ord: 0, kind: 'news', kicker: null, headline: '标题', status: 'new', warningCount: 0, sections: [], pageFile: 'p.txt',
    date: null, revision, updatedAt: '', subtitle: null, byline: null, subheads: [], ocrRaw: text, ocrText: text, autoText: text, text, edits: [],
    warnings: [], suspicions: [], flagNote: null, approvedAt: null, approvedBy: null, pageMeta: null,
  };
}

/** A client answering from a table of handlers, recording every call: what the store sends is what is tested. */
function scriptedApi(answers: Partial<{ [M in ApiMethod]: (req: ApiRequest<M>) => ApiResponses[M] }>, calls: Calls): DeskApi {
  return {
    transport: 'http',
    async call<M extends ApiMethod>(method: M, req: ApiRequest<M>) {
      calls.push({ method, req });
      const answer = answers[method] as ((r: ApiRequest<M>) => ApiResponses[M]) | undefined;
      if (!answer) throw new ApiError('unsupported', method);
      return answer(req);
    },
    on: () => () => {},
    exportFileUrl: () => null,
    onDeskMessage: () => () => {},
  };
}

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
