import type { PageSummary } from '../../../shared/api/contract';
import type { ArticleStatus, Masthead, NoiseBlock, Warning } from '../../../shared/model/types';
import type { Db } from '../database';
import type { PageRecord, PageRepo } from '../repositories';
import { countsByKey, emptyCounts, total } from './counts';
import { fromJson, toJson } from './json';

interface PageRow {
  id: number;
  batch_id: number;
  file: string;
  hash: string;
  encoding: string;
  version: number;
  current: number;
  text: string;
  meta_json: string | null;
  date: string | null;
  noise_json: string;
  imported_at: string;
}

const toRecord = (r: PageRow): PageRecord => ({
  id: r.id,
  batchId: r.batch_id,
  file: r.file,
  hash: r.hash,
  encoding: r.encoding,
  version: r.version,
  current: r.current === 1,
  text: r.text,
  meta: fromJson<Masthead>(r.meta_json),
  date: r.date,
  noise: fromJson<NoiseBlock[]>(r.noise_json) ?? [],
  importedAt: r.imported_at,
});

export function pageRepo(db: Db): PageRepo {
  const get = db.prepare<[number], PageRow>('SELECT * FROM pages WHERE id = ?');
  const byHash = db.prepare<[string], PageRow>('SELECT * FROM pages WHERE hash = ?');
  const current = db.prepare<[number, string], PageRow>('SELECT * FROM pages WHERE batch_id = ? AND file = ? AND current = 1');
  const insert = db.prepare(
    `INSERT INTO pages (batch_id, file, hash, encoding, version, current, text, meta_json, date, noise_json, imported_at)
     VALUES (@batchId, @file, @hash, @encoding, @version, 1, @text, @meta, @date, @noise, @importedAt)`,
  );
  const supersede = db.prepare('UPDATE pages SET current = 0 WHERE id = ?');
  const setNoise = db.prepare('UPDATE pages SET noise_json = ? WHERE id = ?');
  const inBatch = db.prepare<[number], Omit<PageRow, 'text' | 'noise_json'>>(
    `SELECT id, batch_id, file, hash, encoding, version, current, meta_json, date, imported_at FROM pages
     WHERE batch_id = ? ORDER BY file, version DESC`,
  );
  const currentInBatch = db.prepare<[number], Pick<PageRow, 'id' | 'file' | 'meta_json' | 'noise_json'>>(
    'SELECT id, file, meta_json, noise_json FROM pages WHERE batch_id = ? AND current = 1 ORDER BY file',
  );
  const statusCounts = db.prepare<[number], { key: number; status: ArticleStatus; n: number }>(
    `SELECT a.page_id AS key, a.status, COUNT(*) AS n FROM articles a JOIN pages p ON p.id = a.page_id
     WHERE p.batch_id = ? AND a.removed IS NULL GROUP BY a.page_id, a.status`,
  );
  const pageWarnings = db.prepare<[number], { page_id: number; warning_json: string }>(
    'SELECT page_id, warning_json FROM batch_warnings WHERE batch_id = ? AND article_id IS NULL ORDER BY ord',
  );

  return {
    get: (id) => {
      const r = get.get(id);
      return r ? toRecord(r) : null;
    },
    findByHash: (hash) => {
      const r = byHash.get(hash);
      return r ? toRecord(r) : null;
    },
    findCurrent: (batchId, file) => {
      const r = current.get(batchId, file);
      return r ? toRecord(r) : null;
    },
    insert: (p) =>
      Number(
        insert.run({
          batchId: p.batchId,
          file: p.file,
          hash: p.hash,
          encoding: p.encoding,
          version: p.version,
          text: p.text,
          meta: p.meta ? toJson(p.meta) : null,
          date: p.date,
          noise: toJson(p.noise),
          importedAt: p.importedAt,
        }).lastInsertRowid,
      ),
    supersede: (id) => void supersede.run(id),
    setNoise: (id, noise) => void setNoise.run(toJson(noise), id),
    list: (batchId): PageSummary[] => {
      const counts = countsByKey(statusCounts.all(batchId));
      const warnings = new Map<number, Warning[]>();
      for (const w of pageWarnings.all(batchId)) warnings.set(w.page_id, [...(warnings.get(w.page_id) ?? []), fromJson<Warning>(w.warning_json)!]);
      return inBatch.all(batchId).map((r) => {
        const byStatus = counts.get(r.id) ?? emptyCounts();
        return {
          id: r.id,
          batchId: r.batch_id,
          file: r.file,
          hash: r.hash,
          encoding: r.encoding,
          version: r.version,
          meta: fromJson<Masthead>(r.meta_json),
          date: r.date,
          articleCount: total(byStatus),
          byStatus,
          importedAt: r.imported_at,
          warnings: warnings.get(r.id) ?? [],
        };
      });
    },
    current: (batchId) =>
      currentInBatch
        .all(batchId)
        .map((r) => ({ id: r.id, file: r.file, meta: fromJson<Masthead>(r.meta_json), noise: fromJson<NoiseBlock[]>(r.noise_json) ?? [] })),
  };
}
