import type { BatchSummary } from '../../../shared/api/contract';
import type { ArticleStatus, Warning } from '../../../shared/model/types';
import type { Db } from '../database';
import type { BatchRecord, BatchRepo, StoredBatchWarning } from '../repositories';
import { countsByKey, emptyCounts, total } from './counts';
import { fromJson, toJson } from './json';

interface BatchRow {
  id: number;
  name: string;
  created_at: string;
  date: string | null;
  paper: string | null;
}

const toRecord = (r: BatchRow): BatchRecord => ({ id: r.id, name: r.name, createdAt: r.created_at, date: r.date, paper: r.paper });

export function batchRepo(db: Db): BatchRepo {
  const get = db.prepare<[number], BatchRow>('SELECT * FROM batches WHERE id = ?');
  const byName = db.prepare<[string], BatchRow>('SELECT * FROM batches WHERE name = ?');
  const insert = db.prepare<[string, string], BatchRow>('INSERT INTO batches (name, created_at) VALUES (?, ?) RETURNING *');
  const rename = db.prepare('UPDATE batches SET name = ? WHERE id = ?');
  const fill = db.prepare('UPDATE batches SET date = COALESCE(date, ?), paper = COALESCE(paper, ?) WHERE id = ?');
  const all = db.prepare<[], BatchRow & { page_count: number }>(
    `SELECT b.*, (SELECT COUNT(*) FROM pages p WHERE p.batch_id = b.id AND p.current = 1) AS page_count
     FROM batches b ORDER BY b.created_at DESC, b.id DESC`,
  );
  const statusCounts = db.prepare<[], { key: number; status: ArticleStatus; n: number }>(
    `SELECT p.batch_id AS key, a.status, COUNT(*) AS n FROM articles a JOIN pages p ON p.id = a.page_id
     WHERE p.current = 1 AND a.removed IS NULL GROUP BY p.batch_id, a.status`,
  );

  const countRows = db.prepare<[number], { pages: number; articles: number }>(
    `SELECT COUNT(DISTINCT p.id) AS pages, COUNT(a.id) AS articles FROM pages p LEFT JOIN articles a ON a.page_id = p.id WHERE p.batch_id = ?`,
  );
  const remove = db.prepare('DELETE FROM batches WHERE id = ?');

  const deleteWarnings = db.prepare('DELETE FROM batch_warnings WHERE batch_id = ?');
  // All of a batch's warnings in one statement: a batch of noisy pages has hundreds.
  const insertWarnings = db.prepare(
    `INSERT INTO batch_warnings (batch_id, page_id, article_id, ord, warning_json)
     SELECT ?, w.value ->> '$[0]', w.value ->> '$[1]', w.key + 1, w.value -> '$[2]' FROM json_each(?) w`,
  );
  const warnings = db.prepare<[number], { page_id: number; article_id: number | null; warning_json: string }>(
    'SELECT page_id, article_id, warning_json FROM batch_warnings WHERE batch_id = ? ORDER BY ord',
  );

  const summaries = (): BatchSummary[] => {
    const counts = countsByKey(statusCounts.all());
    return all.all().map((r) => {
      const byStatus = counts.get(r.id) ?? emptyCounts();
      return { id: r.id, name: r.name, createdAt: r.created_at, pageCount: r.page_count, articleCount: total(byStatus), byStatus };
    });
  };

  return {
    get: (id) => {
      const r = get.get(id);
      return r ? toRecord(r) : null;
    },
    findByName: (name) => {
      const r = byName.get(name);
      return r ? toRecord(r) : null;
    },
    create: (name, createdAt) => toRecord(insert.get(name, createdAt)!),
    rename: (id, name) => void rename.run(name, id),
    fillMasthead: (id, date, paper) => void fill.run(date, paper, id),
    // One transaction, so readers never see the batch between the old warnings and the new.
    replaceWarnings: db.transaction((id: number, list: StoredBatchWarning[]) => {
      deleteWarnings.run(id);
      insertWarnings.run(id, toJson(list.map((w) => [w.pageId, w.articleId, w.warning])));
    }),
    warnings: (id) =>
      warnings.all(id).map((r) => ({ pageId: r.page_id, articleId: r.article_id, warning: fromJson<Warning>(r.warning_json)! })),
    list: summaries,
    summary: (id) => summaries().find((b) => b.id === id) ?? null,
    // The cascades reach every table keyed by the batch, its pages or their articles; the articles' delete trigger
    // takes them out of the search indexes. One transaction: a crash leaves the batch whole or gone.
    delete: db.transaction((id: number) => {
      const counts = countRows.get(id)!;
      remove.run(id);
      return counts;
    }),
  };
}
