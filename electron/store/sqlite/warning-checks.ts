import type { WarningCheck } from '../../../shared/api/contract';
import type { Db } from '../database';
import type { WarningCheckRepo } from '../repositories';

export function warningCheckRepo(db: Db): WarningCheckRepo {
  const list = db.prepare<[number], { key: string; checked_by: string; checked_at: string }>(
    'SELECT key, checked_by, checked_at FROM warning_checks WHERE article_id = ? ORDER BY checked_at, key',
  );
  const set = db.prepare<[number, string, string, string]>(
    'INSERT INTO warning_checks (article_id, key, checked_by, checked_at) VALUES (?, ?, ?, ?) ON CONFLICT (article_id, key) DO NOTHING',
  );
  const clear = db.prepare<[number, string]>('DELETE FROM warning_checks WHERE article_id = ? AND key = ?');
  return {
    list: (articleId): WarningCheck[] => list.all(articleId).map((r) => ({ key: r.key, by: r.checked_by, at: r.checked_at })),
    set: (articleId, key, by, at) => void set.run(articleId, key, by, at),
    clear: (articleId, key) => void clear.run(articleId, key),
  };
}
