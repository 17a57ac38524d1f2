import type { RecordedCorrection } from '../../../shared/corrections/series';
import type { Suspicion } from '../../../shared/model/types';
import type { Db } from '../database';
import type { Confusion, CorrectionRepo, DismissalRepo, NewCorrection, PendingSuspicion, StoredCorrection, SuspicionRepo } from '../repositories';
import { fromJson, toJson } from './json';

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
    `SELECT a.id, t.text, COALESCE(json_extract(p.meta_json, '$.paper'), b.paper) AS paper, a.revision
     FROM suspicion_pending q JOIN articles a ON a.id = q.article_id JOIN article_texts t ON t.article_id = a.id
     JOIN pages p ON p.id = a.page_id JOIN batches b ON b.id = p.batch_id
     ORDER BY q.article_id LIMIT ?`,
  );
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM suspicion_pending');
  const store = db.prepare<[string, number, string]>('UPDATE article_texts SET suspicions_json = ? WHERE article_id = ? AND text = ?');
  const done = db.prepare<[number]>('DELETE FROM suspicion_pending WHERE article_id = ?');
  const latest = db.prepare<[number], { suspicions_json: string | null }>('SELECT suspicions_json FROM article_texts WHERE article_id = ?');
  const requeue = db.prepare<[number, string]>(
    `INSERT OR IGNORE INTO suspicion_pending (article_id)
     SELECT a.id FROM articles a JOIN pages p ON p.id = a.page_id JOIN article_texts t ON t.article_id = a.id
     WHERE p.batch_id = ? AND p.current = 1 AND a.removed IS NULL AND a.status != 'approved' AND instr(t.text, ?) > 0`,
  );
  return {
    pending: (max) => pending.all(max),
    requeue: (batchId, containing) => requeue.run(batchId, containing).changes,
    pendingCount: () => count.get()!.n,
    save: db.transaction((articleId: number, text: string, found: Suspicion[]) => {
      if (store.run(toJson(found), articleId, text).changes === 0) return false;
      done.run(articleId);
      return true;
    }),
    latest: (articleId) => fromJson<Suspicion[]>(latest.get(articleId)?.suspicions_json ?? null),
  };
}
