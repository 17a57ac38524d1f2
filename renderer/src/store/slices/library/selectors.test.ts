import { describe, expect, it } from 'vitest';
import type { ArticleSummary, BatchSummary } from '../../../../../shared/api/contract';
import type { ArticleStatus } from '../../../../../shared/model/types';
import { neighbourId, nextUnapprovedId, selectBatchProgress, selectIsEmptyStore, sectionOptions } from './selectors';

function article(id: number, status: ArticleStatus, sections: string[] = []): ArticleSummary {
  return { id, pageId: 1, batchId: 1, ord: id, kind: 'news', kicker: null, headline: `h${id}`, status, warningCount: 0, sections, pageFile: 'p.txt', date: null, revision: 1, updatedAt: '' };
}

const batch = (id: number, approved: number, total: number): BatchSummary => ({
  id,
  name: `b${id}`,
  createdAt: '',
  pageCount: 1,
  articleCount: total,
  byStatus: { new: total - approved, editing: 0, flagged: 0, approved },
});

describe('nextUnapprovedId', () => {
  const list = [article(1, 'approved'), article(2, 'new'), article(3, 'approved'), article(4, 'flagged')];

  it('skips approved articles and the current one', () => {
    expect(nextUnapprovedId(list, 2)).toBe(4);
  });

  it('wraps around to the start of the list', () => {
    expect(nextUnapprovedId(list, 4)).toBe(2);
  });

  it('starts from the top when the current article is not in the list', () => {
    expect(nextUnapprovedId(list, 99)).toBe(2);
  });

  it('answers null when everything else is approved', () => {
    expect(nextUnapprovedId([article(1, 'approved'), article(2, 'new')], 2)).toBeNull();
    expect(nextUnapprovedId([], null)).toBeNull();
  });
});

describe('neighbourId', () => {
  const list = [article(5, 'new'), article(6, 'new'), article(7, 'new')];
  it('moves one step in list order and stops at the ends', () => {
    expect(neighbourId(list, 6, 1)).toBe(7);
    expect(neighbourId(list, 6, -1)).toBe(5);
    expect(neighbourId(list, 7, 1)).toBeNull();
    expect(neighbourId(list, 5, -1)).toBeNull();
  });
  it('enters the list at the matching end when nothing is open', () => {
    expect(neighbourId(list, null, 1)).toBe(5);
    expect(neighbourId(list, null, -1)).toBe(7);
  });
});

describe('batch selectors', () => {
  it('reports approved / total of the current batch', () => {
    expect(selectBatchProgress({ batches: [batch(1, 2, 9), batch(2, 5, 5)], batchId: 1 })).toEqual({ approved: 2, total: 9 });
    expect(selectBatchProgress({ batches: [batch(1, 2, 9)], batchId: 3 })).toEqual({ approved: 0, total: 0 });
  });

  it('calls the store empty only once batches were loaded', () => {
    expect(selectIsEmptyStore({ batchesLoaded: false, batches: [] })).toBe(false);
    expect(selectIsEmptyStore({ batchesLoaded: true, batches: [] })).toBe(true);
    expect(selectIsEmptyStore({ batchesLoaded: true, batches: [batch(1, 0, 1)] })).toBe(false);
  });

  it('offers every section of the vocabulary and the list once, sorted', () => {
    const options = sectionOptions({
      tags: [{ id: 1, name: '要闻', count: 3 }],
      articles: [article(1, 'new', ['产改进行时', '要闻']), article(2, 'new', ['产改进行时'])],
    });
    expect(options).toHaveLength(2);
    expect(new Set(options)).toEqual(new Set(['产改进行时', '要闻']));
  });
});
