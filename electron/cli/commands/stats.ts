import { Command } from 'commander';
import type { StatusCounts } from '../../../shared/api/contract';
import { ARTICLE_STATUSES } from '../../../shared/model/types';
import type { ArticleStatus } from '../../../shared/model/types';
import { withBackend } from '../backend';

export interface StoreStats {
  /** Current pages (the newest version of each file). */
  pages: number;
  articles: number;
  byStatus: StatusCounts;
  /** Articles per section (栏目). */
  sections: Record<string, number>;
}

const STATUS_LABELS: Record<ArticleStatus, string> = {
  new: '待校对 new',
  editing: '校对中 editing',
  flagged: '存疑 flagged',
  approved: '已通过 approved',
};

export function statsCommand(): Command {
  return new Command('stats')
    .description('count pages, articles by status and articles by section')
    .requiredOption('--db <file>', 'the database file')
    .option('--json', 'print the counts as JSON')
    .action(async (opts: { db: string; json?: boolean }) => {
      const stats = await withBackend(opts.db, { create: false }, async (backend): Promise<StoreStats> => {
        const batches = await backend.call('batches.list', {});
        const tags = await backend.call('tags.list', {});
        const byStatus = Object.fromEntries(ARTICLE_STATUSES.map((s) => [s, batches.reduce((n, b) => n + b.byStatus[s], 0)])) as StatusCounts;
        return {
          pages: batches.reduce((n, b) => n + b.pageCount, 0),
          articles: batches.reduce((n, b) => n + b.articleCount, 0),
          byStatus,
          sections: Object.fromEntries(tags.map((t) => [t.name, t.count])),
        };
      });
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
        return;
      }
      const lines = [`版面 pages: ${stats.pages}`, `文章 articles: ${stats.articles}`];
      for (const s of ARTICLE_STATUSES) lines.push(`  ${STATUS_LABELS[s]}: ${stats.byStatus[s]}`);
      lines.push('栏目 sections:');
      const sections = Object.entries(stats.sections);
      if (sections.length === 0) lines.push('  (none)');
      for (const [name, count] of sections) lines.push(`  ${name}: ${count}`);
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
