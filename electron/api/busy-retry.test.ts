import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { EventBus } from '../../shared/api/bus';
import { dispatch } from '../../shared/api/dispatch';
import { saveArticle } from '../services/articles';
import { seedPages, testContext, type TestContext } from '../services/testing';
import { openStore } from '../store/store';
import { createHandlers } from './handlers';

let ctx: TestContext;
afterEach(() => ctx?.dispose());

describe('a library another process is writing', () => {
  it('saves once the other writer lets go instead of failing with "database is locked"', async () => {
    ctx = testContext();
    const batchId = await seedPages(ctx, { 'p.txt': '甲\n正文。' });
    const [article] = ctx.store.articles.summaries({ batchId });
    // The desk's connection waits only briefly for a lock, as a host that must keep answering would.
    const store = openStore(ctx.store.path, { busyTimeoutMs: 20 });
    const handlers = createHandlers({ store, bus: new EventBus(), info: { version: 't', host: 'http', nativeDialogs: false, dbPath: store.path } });
    const other = new Database(ctx.store.path);
    try {
      other.exec('BEGIN IMMEDIATE');
      // Without the retry the same save fails at once.
      expect(() => saveArticle({ ...ctx, store }, { id: article!.id, baseRevision: 1, text: '改过了。' })).toThrow(/locked|busy/i);
      const saving = dispatch(handlers, 'articles.save', { id: article!.id, baseRevision: 1, text: '改过了。' }, { transport: 'test' });
      let settled = false;
      void saving.then(() => (settled = true));
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(settled).toBe(false);
      other.exec('COMMIT');
      const envelope = await saving;
      expect(envelope).toMatchObject({ ok: true, value: { revision: 2 } });
      expect(store.articles.get(article!.id)!.text).toBe('改过了。');
      // And the read side was answered all along.
      other.exec('BEGIN IMMEDIATE');
      expect(await dispatch(handlers, 'articles.get', { id: article!.id }, { transport: 'test' })).toMatchObject({ ok: true });
      other.exec('COMMIT');
    } finally {
      other.close();
      store.close();
    }
  });
});
