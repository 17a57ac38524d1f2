import type { Db } from '../database';
import type { SegmentHistoryRepo, SegmentOp, SegmentSnapshot, SegmentStepRecord } from '../repositories';
import { fromJson, toJson } from './json';

interface StepRow {
  id: number;
  page_id: number;
  op: SegmentOp;
  author: string;
  created_at: string;
  before_json: string;
  created_json: string;
  after_json: string;
  undone_at: string | null;
}

const toStep = (r: StepRow): SegmentStepRecord => ({
  id: r.id,
  pageId: r.page_id,
  op: r.op,
  author: r.author,
  createdAt: r.created_at,
  before: fromJson<SegmentSnapshot[]>(r.before_json)!,
  created: fromJson<number[]>(r.created_json)!,
  after: fromJson<Record<number, number>>(r.after_json)!,
  undoneAt: r.undone_at,
});

export function segmentHistoryRepo(db: Db): SegmentHistoryRepo {
  const insert = db.prepare<[number, string, string, string, string, string, string]>(
    'INSERT INTO segment_steps (page_id, op, author, created_at, before_json, created_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const list = db.prepare<[number], StepRow>('SELECT * FROM segment_steps WHERE page_id = ? ORDER BY id DESC');
  const markUndone = db.prepare<[string, number]>('UPDATE segment_steps SET undone_at = ? WHERE id = ?');
  const setAfter = db.prepare<[string, number]>('UPDATE segment_steps SET after_json = ? WHERE id = ?');
  const merges = db.prepare<[number], StepRow>(
    "SELECT * FROM segment_steps WHERE op = 'merge' AND undone_at IS NULL AND page_id = (SELECT page_id FROM articles WHERE id = ?) ORDER BY id DESC",
  );
  return {
    insert: (s) => Number(insert.run(s.pageId, s.op, s.author, s.createdAt, toJson(s.before), toJson(s.created), toJson(s.after)).lastInsertRowid),
    list: (pageId) => list.all(pageId).map(toStep),
    markUndone: (id, at) => void markUndone.run(at, id),
    setAfter: (id, after) => void setAfter.run(toJson(after), id),
    mergesInto: (articleId) => merges.all(articleId).map(toStep).filter((s) => s.before[0]?.record.id === articleId),
  };
}
