import type { RecordedCorrection } from '../../../shared/corrections/series';
import type { Suspicion } from '../../../shared/model/types';
import type { Db } from '../database';
import type { Confusion, CorrectionRepo, DismissalRepo, NewCorrection, PendingSuspicion, StoredCorrection, SuspicionRepo } from '../repositories';
import { fromJson, toJson } from './json';
import { candidatesHolding } from './text-lookup';

interface CorrectionRow {
  id: number;
  article_id: number;
  paper: string;
  ocr: string;
  fix: string;
  before: string;
  after: string;
  start: number;
  by_suggestion: number;
  created_at: string;
}

const toCorrection = (r: CorrectionRow): StoredCorrection => ({
  id: r.id,
  articleId: r.article_id,
  paper: r.paper,
  ocr: r.ocr,
  fix: r.fix,
  before: r.before,
  after: r.after,
  start: r.start,
  end: r.start + r.fix.length,
  bySuggestion: r.by_suggestion === 1,
  createdAt: r.created_at,
});

export function correctionRepo(db: Db): CorrectionRepo {
  const ofArticle = db.prepare<[number], CorrectionRow>('SELECT * FROM corrections WHERE article_id = ? ORDER BY start, id');
  const clear = db.prepare<[number]>('DELETE FROM corrections WHERE article_id = ?');
  const insert = db.prepare<[number, string, string, string, string, string, number, number, string]>(
    'INSERT INTO corrections (article_id, paper, ocr, fix, before, after, start, by_suggestion, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const patterns = db.prepare<[string], RecordedCorrection>(
    `SELECT ocr, fix, before, after, COUNT(*) AS count FROM corrections WHERE paper = ?
     GROUP BY ocr, fix, before, after ORDER BY count DESC, MIN(id)`,
  );
  const confusions = db.prepare<[string], Confusion>(
    'SELECT ocr, fix, COUNT(*) AS count FROM corrections WHERE paper = ? GROUP BY ocr, fix ORDER BY count DESC, MIN(id)',
  );
  return {
    ofArticle: (articleId) => ofArticle.all(articleId).map(toCorrection),
    replace: db.transaction((articleId: number, rows: NewCorrection[]) => {
      clear.run(articleId);
      for (const r of rows) insert.run(articleId, r.paper, r.ocr, r.fix, r.before, r.after, r.start, r.bySuggestion ? 1 : 0, r.createdAt);
    }),
    patterns: (paper) => patterns.all(paper),
    confusions: (paper) => confusions.all(paper),
  };
}

export function dismissalRepo(db: Db): DismissalRepo {
  const keys = db.prepare<[number], { key: string }>('SELECT key FROM suspicion_dismissals WHERE article_id = ?');
  const add = db.prepare<[number, string, string]>('INSERT OR IGNORE INTO suspicion_dismissals (article_id, key, created_at) VALUES (?, ?, ?)');
  return {
    keys: (articleId) => new Set(keys.all(articleId).map((r) => r.key)),
    add: (articleId, key, createdAt) => void add.run(articleId, key, createdAt),
  };
}

export function suspicionRepo(db: Db): SuspicionRepo {
  const pending = db.prepare<[number], PendingSuspicion>(
    `SELECT a.id, p.batch_id AS batchId, t.text, COALESCE(json_extract(p.meta_json, '$.paper'), b.paper) AS paper, a.revision
     FROM suspicion_pending q JOIN articles a ON a.id = q.article_id JOIN article_texts t ON t.article_id = a.id
     JOIN pages p ON p.id = a.page_id JOIN batches b ON b.id = p.batch_id
     ORDER BY q.article_id LIMIT ?`,
  );
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM suspicion_pending');
  const store = db.prepare<[string, number, string]>('UPDATE article_texts SET suspicions_json = ? WHERE article_id = ? AND text = ?');
  const done = db.prepare<[number]>('DELETE FROM suspicion_pending WHERE article_id = ?');
  const latest = db.prepare<[number], { suspicions_json: string | null }>('SELECT suspicions_json FROM article_texts WHERE article_id = ?');
  const ask = db.prepare<[number, string]>('INSERT INTO suspicion_requeue (batch_id, containing) VALUES (?, ?)');
  const asked = db.prepare<[], { id: number; batch_id: number; containing: string }>('SELECT id, batch_id, containing FROM suspicion_requeue ORDER BY id');
  const anyAsked = db.prepare<[], { id: number }>('SELECT id FROM suspicion_requeue LIMIT 1');
  const answered = db.prepare<[number]>('DELETE FROM suspicion_requeue WHERE id = ?');
  const queueHolding = (batchId: number, containing: string) => {
    const c = candidatesHolding([containing]);
    return db
      .prepare(
        `INSERT OR IGNORE INTO suspicion_pending (article_id)
         SELECT a.id FROM articles a JOIN pages p ON p.id = a.page_id JOIN article_texts t ON t.article_id = a.id
         WHERE p.batch_id = ? AND p.current = 1 AND a.removed IS NULL AND a.status != 'approved' AND instr(t.text, ?) > 0
         ${c.sql === null ? '' : `AND a.id IN (${c.sql})`}`,
      )
      .run(batchId, containing, ...c.params).changes;
  };
  // What the saves asked for goes into the queue before anyone reads it.
  const fill = () => {
    if (anyAsked.get() === undefined) return;
    db.transaction(() => {
      for (const r of asked.all()) {
        queueHolding(r.batch_id, r.containing);
        answered.run(r.id);
      }
    }).immediate();
  };
  return {
    pending: (max) => {
      fill();
      return pending.all(max);
    },
    requeue: (batchId, containing) => void ask.run(batchId, containing),
    pendingCount: () => {
      fill();
      return count.get()!.n;
    },
    save: db.transaction((articleId: number, text: string, found: Suspicion[]) => {
      if (store.run(toJson(found), articleId, text).changes === 0) return false;
      done.run(articleId);
      return true;
    }),
    latest: (articleId) => fromJson<Suspicion[]>(latest.get(articleId)?.suspicions_json ?? null),
  };
}
