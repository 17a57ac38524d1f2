import type { ChangeStats, CharCounts } from '../../../shared/api/contract';
import type { Db } from '../database';
import type { ArticleStatsRow, StatsRepo } from '../repositories';

const LIVE_IN_BATCH = 'FROM articles a JOIN pages p ON p.id = a.page_id WHERE p.batch_id = ? AND p.current = 1 AND a.removed IS NULL';

interface SumRow {
  articles: number;
  approved: number | null;
  inserted: number | null;
  deleted: number | null;
  substituted: number | null;
  hand_inserted: number | null;
  hand_deleted: number | null;
  hand_substituted: number | null;
  errors: number | null;
  reference: number | null;
  errors_w: number | null;
  reference_w: number | null;
}

const counts = (inserted: number | null, deleted: number | null, substituted: number | null): CharCounts => ({
  inserted: inserted ?? 0,
  deleted: deleted ?? 0,
  substituted: substituted ?? 0,
});

export function statsRepo(db: Db): StatsRepo {
  const missing = db.prepare<[number, number], number>(
    `SELECT a.id ${LIVE_IN_BATCH} AND NOT EXISTS (SELECT 1 FROM article_stats s WHERE s.article_id = a.id AND (a.status <> 'approved' OR s.cer_errors IS NOT NULL))
     ORDER BY a.id LIMIT ?`,
  ).pluck();
  const clear = db.prepare('DELETE FROM article_rule_stats WHERE article_id = ?');
  const missingAnywhere = db.prepare<[number], number>(
    `SELECT a.id FROM articles a JOIN pages p ON p.id = a.page_id WHERE p.current = 1 AND a.removed IS NULL
       AND NOT EXISTS (SELECT 1 FROM article_stats s WHERE s.article_id = a.id AND (a.status <> 'approved' OR s.cer_errors IS NOT NULL))
     ORDER BY a.id LIMIT ?`,
  ).pluck();
  const put = db.prepare(
    `INSERT OR REPLACE INTO article_stats (article_id, inserted, deleted, substituted, hand_inserted, hand_deleted, hand_substituted,
                                          cer_errors, cer_length, cerw_errors, cerw_length)
     SELECT @articleId, @inserted, @deleted, @substituted, @handInserted, @handDeleted, @handSubstituted, @cerErrors, @cerLength, @cerwErrors, @cerwLength
     WHERE (SELECT revision FROM articles WHERE id = @articleId) = @revision`,
  );
  const putRule = db.prepare('INSERT INTO article_rule_stats (article_id, rule, inserted, deleted, substituted) VALUES (?, ?, ?, ?, ?)');
  const sums = db.prepare<[number], SumRow>(
    `SELECT COUNT(*) AS articles, SUM(a.status = 'approved') AS approved,
            SUM(s.inserted) AS inserted, SUM(s.deleted) AS deleted, SUM(s.substituted) AS substituted,
            SUM(s.hand_inserted) AS hand_inserted, SUM(s.hand_deleted) AS hand_deleted, SUM(s.hand_substituted) AS hand_substituted,
            SUM(CASE WHEN a.status = 'approved' THEN s.cer_errors END) AS errors, SUM(CASE WHEN a.status = 'approved' THEN s.cer_length END) AS reference,
            SUM(CASE WHEN a.status = 'approved' THEN s.cerw_errors END) AS errors_w, SUM(CASE WHEN a.status = 'approved' THEN s.cerw_length END) AS reference_w
     FROM articles a JOIN pages p ON p.id = a.page_id JOIN article_stats s ON s.article_id = a.id
     WHERE p.batch_id = ? AND p.current = 1 AND a.removed IS NULL`,
  );
  const rules = db.prepare<[number], { rule: string; inserted: number; deleted: number; substituted: number }>(
    `SELECT r.rule, SUM(r.inserted) AS inserted, SUM(r.deleted) AS deleted, SUM(r.substituted) AS substituted
     FROM articles a JOIN pages p ON p.id = a.page_id JOIN article_rule_stats r ON r.article_id = a.id
     WHERE p.batch_id = ? AND p.current = 1 AND a.removed IS NULL GROUP BY r.rule ORDER BY MIN(a.id)`,
  );
  return {
    missing: (batchId, max) => (batchId === null ? missingAnywhere.all(max) : missing.all(batchId, max)),
    put: (row: ArticleStatsRow) => {
      clear.run(row.articleId);
      const written = put.run({
        articleId: row.articleId,
        inserted: row.total.inserted,
        deleted: row.total.deleted,
        substituted: row.total.substituted,
        handInserted: row.byHand.inserted,
        handDeleted: row.byHand.deleted,
        handSubstituted: row.byHand.substituted,
        cerErrors: row.cer?.errors ?? null,
        cerLength: row.cer?.length ?? null,
        cerwErrors: row.cerIgnoringWidth?.errors ?? null,
        cerwLength: row.cerIgnoringWidth?.length ?? null,
        revision: row.revision,
      });
      if (written.changes === 0) return false;
      for (const [rule, c] of Object.entries(row.byRule)) putRule.run(row.articleId, rule, c.inserted, c.deleted, c.substituted);
      return true;
    },
    sum: (batchId) => {
      const r = sums.get(batchId)!;
      const byRule: ChangeStats['byRule'] = {};
      for (const x of rules.all(batchId)) byRule[x.rule] = counts(x.inserted, x.deleted, x.substituted);
      const approved = r.approved ?? 0;
      // Pooled over the approved articles: total errors over total reference characters, not a mean of ratios.
      const rate = (errors: number | null, length: number | null) =>
        approved === 0 ? null : (length ?? 0) === 0 ? ((errors ?? 0) === 0 ? 0 : null) : (errors ?? 0) / length!;
      return {
        ...counts(r.inserted, r.deleted, r.substituted),
        byRule,
        byHand: counts(r.hand_inserted, r.hand_deleted, r.hand_substituted),
        cer: rate(r.errors, r.reference),
        cerIgnoringWidth: rate(r.errors_w, r.reference_w),
        articles: r.articles,
        approved,
      };
    },
  };
}
