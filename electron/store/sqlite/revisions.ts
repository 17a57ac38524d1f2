import type { Revision } from '../../../shared/model/types';
import type { Db } from '../database';
import type { NewRevision, RevisionRepo } from '../repositories';

interface RevisionRow {
  id: number;
  article_id: number;
  seq: number;
  author: string;
  created_at: string;
  text: string;
  origin: Revision['origin'];
}

const toRevision = (r: RevisionRow): Revision => ({
  id: r.id,
  articleId: r.article_id,
  seq: r.seq,
  author: r.author,
  createdAt: r.created_at,
  text: r.text,
  origin: r.origin,
});

export function revisionRepo(db: Db): RevisionRepo {
  const insert = db.prepare<[number, number, string, string, string, string]>(
    'INSERT INTO revisions (article_id, seq, author, created_at, text, origin) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const get = db.prepare<[number], RevisionRow>('SELECT * FROM revisions WHERE id = ?');
  const latest = db.prepare<[number], RevisionRow>('SELECT * FROM revisions WHERE article_id = ? ORDER BY seq DESC LIMIT 1');
  const list = db.prepare<[number], RevisionRow>('SELECT * FROM revisions WHERE article_id = ? ORDER BY seq');
  const rewrite = db.prepare('UPDATE revisions SET seq = ?, text = ? WHERE id = ?');
  return {
    insert: (r: NewRevision): Revision => {
      const id = Number(insert.run(r.articleId, r.seq, r.author, r.createdAt, r.text, r.origin).lastInsertRowid);
      return { id, articleId: r.articleId, seq: r.seq, author: r.author, createdAt: r.createdAt, text: r.text, origin: r.origin };
    },
    get: (id) => {
      const r = get.get(id);
      return r ? toRevision(r) : null;
    },
    latest: (articleId) => {
      const r = latest.get(articleId);
      return r ? toRevision(r) : null;
    },
    list: (articleId) => list.all(articleId).map(toRevision),
    rewrite: (id, seq, text) => void rewrite.run(seq, text, id),
  };
}
