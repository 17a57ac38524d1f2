import type { Db } from '../database';
import type { SearchIndexRepo } from '../repositories';

export function searchIndexRepo(db: Db): SearchIndexRepo {
  const pending = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM search_pending');
  const next = db.prepare<[number], { article_id: number }>('SELECT article_id FROM search_pending ORDER BY article_id LIMIT ?');
  // A queued article may have been indexed before (a migration queues everything again): out first, then in.
  const unindex = [db.prepare('DELETE FROM article_search WHERE rowid = ?'), db.prepare('DELETE FROM article_bigrams WHERE rowid = ?')];
  const index = db.prepare(
    `INSERT INTO article_search (rowid, headline, text, ocr_text)
     SELECT a.id, a.headline, t.text, t.ocr_text FROM articles a JOIN article_texts t ON t.article_id = a.id WHERE a.id = ?`,
  );
  const indexBigrams = db.prepare(
    `INSERT INTO article_bigrams (rowid, headline, text, ocr_text)
     SELECT a.id, bigrams(a.headline), bigrams(t.text), bigrams(t.ocr_text) FROM articles a JOIN article_texts t ON t.article_id = a.id WHERE a.id = ?`,
  );
  const done = db.prepare('DELETE FROM search_pending WHERE article_id = ?');
  return {
    pending: () => pending.get()!.n,
    indexNext: (max) =>
      db.transaction(() => {
        const ids = next.all(max).map((r) => r.article_id);
        for (const id of ids) {
          for (const u of unindex) u.run(id);
          index.run(id);
          indexBigrams.run(id);
          done.run(id);
        }
        return ids.length;
      }).immediate(),
  };
}
