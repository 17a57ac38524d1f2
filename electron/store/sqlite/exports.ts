import type { ExportFormat, ExportRecord, Selection } from '../../../shared/api/contract';
import type { Db } from '../database';
import type { ExportRepo } from '../repositories';

interface ExportRow {
  id: number;
  created_at: string;
  format: ExportFormat;
  count: number;
  path: string;
  selection_json: string;
}

const toRecord = (r: ExportRow): ExportRecord => ({
  id: r.id,
  createdAt: r.created_at,
  format: r.format,
  count: r.count,
  path: r.path,
  selection: JSON.parse(r.selection_json) as Selection,
});

export function exportRepo(db: Db): ExportRepo {
  const insert = db.prepare<[string, string, number, string, string], ExportRow>(
    'INSERT INTO exports (created_at, format, count, path, selection_json) VALUES (?, ?, ?, ?, ?) RETURNING *',
  );
  const list = db.prepare<[], ExportRow>('SELECT * FROM exports ORDER BY created_at DESC, id DESC');
  return {
    insert: (r) => toRecord(insert.get(r.createdAt, r.format, r.count, r.path, JSON.stringify(r.selection))!),
    list: () => list.all().map(toRecord),
  };
}
