import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../../../shared/api/contract';
import { ApiError } from '../../../../../shared/api/errors';
import type { DeskApi } from '../../../api';
import { createDeskStore } from '../../index';

/** No backend: these actions work from the events alone. */
const offline: DeskApi = {
  transport: 'http',
  call: (method) => Promise.reject(new ApiError('unsupported', method)),
  on: () => () => {},
  exportFileUrl: () => null,
  onDeskMessage: () => () => {},
};

const summary = (id: number, warningCount: number): ArticleSummary => ({
  id, pageId: 1, batchId: 1, ord: id, kind: 'news', kicker: null, headline: `标题${id}`, status: 'new', warningCount, sections: [],
  pageFile: 'p.txt', date: null, revision: 1, updatedAt: '',
});

describe('article.changed in the list', () => {
  it('updates the warning count of an article whose text did not change', () => {
    const store = createDeskStore(offline);
    store.setState({ articles: [summary(1, 1), summary(2, 3)] });
    store.getState().onArticleChanged({ id: 1, revision: 1, status: 'new', warningCount: 0 });
    expect(store.getState().articles.map((a) => [a.id, a.warningCount])).toEqual([
      [1, 0],
      [2, 3],
    ]);
  });

  it('leaves the list as it is when nothing it shows changed', () => {
    const store = createDeskStore(offline);
    const articles = [summary(1, 1), summary(2, 3)];
    store.setState({ articles });
    store.getState().onArticleChanged({ id: 2, revision: 1, status: 'new', warningCount: 3 });
    store.getState().onArticleChanged({ id: 9, revision: 4, status: 'approved', warningCount: 0 });
    expect(store.getState().articles).toBe(articles);
  });
});

describe('the article list of a large batch', () => {
  it('is fetched a page at a time, no call asking for more than a page, and shows the first page at once', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => summary(i + 1, 0));
    const asked: { limit?: number; offset?: number }[] = [];
    let shown: number[] = [];
    const api: DeskApi = {
      ...offline,
      call: ((method: string, req: { limit?: number; offset?: number }) => {
        if (method !== 'articles.list') return Promise.reject(new ApiError('unsupported', method));
        asked.push({ limit: req.limit, offset: req.offset });
        const from = req.offset ?? 0;
        return Promise.resolve(rows.slice(from, from + (req.limit ?? rows.length)));
      }) as DeskApi['call'],
    };
    const store = createDeskStore(api);
    store.subscribe((s) => (shown = [...shown, s.articles.length]));
    store.setState({ batchId: 1 });
    await store.getState().refreshArticles();
    expect(asked.every((a) => a.limit !== undefined && a.limit <= 1000)).toBe(true);
    expect(asked.map((a) => a.offset ?? 0)).toEqual([0, 1000, 2000]);
    expect(store.getState().articles.map((a) => a.id)).toEqual(rows.map((r) => r.id));
    expect(shown).toContain(1000);
    expect(store.getState().listLoading).toBe(false);
  });
});
