import type { StatusCounts } from '../../../shared/api/contract';
import type { ArticleStatus } from '../../../shared/model/types';

export function emptyCounts(): StatusCounts {
  return { new: 0, editing: 0, flagged: 0, approved: 0 };
}

/** Folds (key, status, n) rows into per-key status counts. */
export function countsByKey(rows: { key: number; status: ArticleStatus; n: number }[]): Map<number, StatusCounts> {
  const out = new Map<number, StatusCounts>();
  for (const r of rows) {
    let c = out.get(r.key);
    if (!c) out.set(r.key, (c = emptyCounts()));
    c[r.status] = r.n;
  }
  return out;
}

export function total(c: StatusCounts): number {
  return c.new + c.editing + c.flagged + c.approved;
}
