import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EventBus } from '../../shared/api/bus';
import type { Store } from '../store/repositories';
import { openTempStore } from '../store/testing';
import { drainSearchIndex, startSearchIndexer } from './search-indexer';

const cleanups: (() => void)[] = [];
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanups.splice(0).forEach((f) => f());
  vi.useRealTimers();
});

function storeWith(articles: number): Store {
  const t = openTempStore();
  cleanups.push(t.dispose);
  const { store } = t;
  const now = '2024-01-01T00:00:00.000Z';
  const batch = store.batches.create('b', now);
  const pageId = store.pages.insert({ batchId: batch.id, file: 'p.txt', hash: 'h', encoding: 'utf-8', version: 1, text: '', meta: null, date: null, dateSource: null, noise: [], importedAt: now });
  for (let i = 0; i < articles; i++) {
    const text = `第${i}篇文章的正文。`;
    store.articles.insert({
      pageId, ord: i + 1, kind: 'news', kicker: null, headline: `标题${i}`, subtitle: null, byline: null, subheads: [],
      ocrRaw: text, ocrText: text, autoText: text, edits: [], text, warnings: [], createdAt: now, updatedAt: now,
    });
  }
  return store;
}

describe('the search indexer', () => {
  it('catches up on what is queued once idle, a step at a time, and then rests', () => {
    const store = storeWith(25);
    const indexer = startSearchIndexer(store, new EventBus(), { idleMs: 100, step: 10 });
    cleanups.unshift(() => indexer.dispose());
    vi.advanceTimersByTime(99);
    expect(store.searchIndex.pending()).toBe(25);
    vi.advanceTimersByTime(1);
    expect(store.searchIndex.pending()).toBe(15);
    // The next step as soon as the event loop has had its turn (Node runs setTimeout 0 after 1 ms).
    vi.advanceTimersByTime(1);
    expect(store.searchIndex.pending()).toBe(5);
    vi.advanceTimersByTime(1);
    expect(store.searchIndex.pending()).toBe(0);
    // Then the change statistics of the articles not counted yet, 20 a step, and then it rests.
    expect(store.stats.missing(null, 100)).toHaveLength(5);
    vi.advanceTimersByTime(1);
    expect(store.stats.missing(null, 100)).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(vi.getTimerCount()).toBe(0);
    expect(store.articles.summaries({ q: '第7篇' }).map((a) => a.headline)).toEqual(['标题7']);
  });

  it('waits while imports and saves keep the backend busy', () => {
    const store = storeWith(5);
    const bus = new EventBus();
    const indexer = startSearchIndexer(store, bus, { idleMs: 100 });
    cleanups.unshift(() => indexer.dispose());
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(60);
      bus.emit(i % 2 ? 'article.changed' : 'import.progress', i % 2 ? { id: 1, revision: 2, status: 'editing', warningCount: 0 } : { file: 'a.txt', index: 1, total: 2, status: 'imported' });
    }
    expect(store.searchIndex.pending()).toBe(5);
    vi.advanceTimersByTime(100);
    expect(store.searchIndex.pending()).toBe(0);
  });

  it('stops when disposed, and reports a failure instead of throwing from a timer', () => {
    const store = storeWith(3);
    const bus = new EventBus();
    const stopped = startSearchIndexer(store, bus, { idleMs: 10 });
    stopped.dispose();
    vi.advanceTimersByTime(50);
    bus.emit('import.progress', { file: 'a.txt', index: 1, total: 1, status: 'imported' });
    vi.advanceTimersByTime(50);
    expect(store.searchIndex.pending()).toBe(3);

    const errors: unknown[] = [];
    const failing = startSearchIndexer({ ...store, searchIndex: { pending: () => 3, indexNext: () => { throw new Error('disk full'); } } }, bus, { idleMs: 10, onError: (e) => errors.push(e) });
    cleanups.unshift(() => failing.dispose());
    vi.advanceTimersByTime(10);
    expect(errors.map(String)).toEqual(['Error: disk full']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('drains the whole queue on demand, telling what remains', () => {
    const store = storeWith(12);
    const remaining: number[] = [];
    drainSearchIndex(store, (n) => remaining.push(n), 5);
    expect(remaining).toEqual([7, 2, 0]);
    expect(store.searchIndex.pending()).toBe(0);
  });
});
