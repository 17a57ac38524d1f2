// Change statistics: what the OCR text became, split into the cleaning rules' share (from the stored edits)
// and the share made by hand (the current text against the automatic one), plus the OCR's character error rate
// against approved text.
import type { ChangeStats, CharCounts } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { cerCounts, countChanges } from '../../shared/diff';
import type { ArticleRow } from '../store/repositories';
import type { ServiceContext } from './context';

const zero = (): CharCounts => ({ inserted: 0, deleted: 0, substituted: 0 });

function add(into: CharCounts, c: CharCounts): void {
  into.inserted += c.inserted;
  into.deleted += c.deleted;
  into.substituted += c.substituted;
}

/**
 * One edit's counts: the differing middle of `before` and `after` (common ends trimmed) as one replaced run, n
 * characters by m counting min(n, m) substituted, the rest deleted or inserted, as the diff counts a hunk. An
 * edit is too small for the paragraph-aligned diff, which would read a one-character line as deleted and
 * inserted.
 */
export function editCounts(before: string, after: string): CharCounts {
  const b = [...before];
  const a = [...after];
  let start = 0;
  while (start < b.length && start < a.length && b[start] === a[start]) start++;
  let end = 0;
  while (end < b.length - start && end < a.length - start && b[b.length - 1 - end] === a[a.length - 1 - end]) end++;
  const removed = b.length - start - end;
  const added = a.length - start - end;
  const both = Math.min(removed, added);
  return { inserted: added - both, deleted: removed - both, substituted: both };
}

export function changeStats(articles: ArticleRow[]): ChangeStats {
  const stats: ChangeStats = { ...zero(), byRule: {}, byHand: zero(), cer: null, cerIgnoringWidth: null, articles: articles.length, approved: 0 };
  const exact = { errors: 0, length: 0 };
  const widthless = { errors: 0, length: 0 };
  const pool = (into: { errors: number; length: number }, c: { errors: number; length: number }) => {
    into.errors += c.errors;
    into.length += c.length;
  };
  for (const a of articles) {
    add(stats, countChanges(a.ocrText, a.text));
    for (const e of a.edits) add((stats.byRule[e.rule] ??= zero()), editCounts(e.before, e.after));
    add(stats.byHand, countChanges(a.autoText, a.text));
    if (a.status === 'approved') {
      stats.approved++;
      pool(exact, cerCounts(a.text, a.ocrText));
      pool(widthless, cerCounts(a.text, a.ocrText, { ignoreWidth: true }));
    }
  }
  // Pooled over the approved articles: total errors over total reference characters, not a mean of ratios.
  const rate = (c: { errors: number; length: number }) => (c.length === 0 ? (c.errors === 0 ? 0 : null) : c.errors / c.length);
  if (stats.approved > 0) {
    stats.cer = rate(exact);
    stats.cerIgnoringWidth = rate(widthless);
  }
  return stats;
}

export function articleStats(ctx: ServiceContext, id: number): ChangeStats {
  const a = ctx.store.articles.get(id);
  if (!a) throw new ApiError('not-found', `文章 ${id} 不存在 / Article ${id} not found`);
  return changeStats([a]);
}

export function batchStats(ctx: ServiceContext, batchId: number): ChangeStats {
  if (!ctx.store.batches.get(batchId)) throw new ApiError('not-found', `批次 ${batchId} 不存在 / Batch ${batchId} not found`);
  return changeStats(ctx.store.articles.rows({ batchId }));
}
