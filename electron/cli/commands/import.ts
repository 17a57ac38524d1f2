import { Command } from 'commander';
import type { ImportFileStatus } from '../../../shared/api/contract';
import { drainSearchIndex } from '../../services/search-indexer';
import { withBackend } from '../backend';
import { CliFailure } from '../failure';
import { printable } from '../printable';

const STATUS_WORDS: Record<ImportFileStatus, string> = { imported: 'imported', updated: 'updated', duplicate: 'duplicate', refused: 'refused' };

export function importCommand(): Command {
  return new Command('import')
    .description('import page files and folders (recursively: .txt, ALTO/PAGE .xml, hOCR .hocr/.html, PDF with a text layer; with a page image of the same name beside them) into a store')
    .argument('<paths...>', 'page files or folders')
    .requiredOption('--db <file>', 'the database file (created when missing)')
    .option('--batch <name>', 'the batch to import into (default: the folder’s name, else the masthead date, else the import time)')
    .action(async (paths: string[], opts: { db: string; batch?: string }) => {
      await withBackend(opts.db, { create: true }, async (backend) => {
        backend.bus.on('import.progress', (p) => {
          if (p.status !== 'reading') process.stderr.write(`[${p.index}/${p.total}] ${printable(p.file)}: ${STATUS_WORDS[p.status]}\n`);
        });
        const report = await backend.call('import.paths', { paths, batch: opts.batch });
        const counts = Object.fromEntries(Object.keys(STATUS_WORDS).map((s) => [s, report.files.filter((f) => f.status === s).length])) as Record<ImportFileStatus, number>;
        const articles = report.files.reduce((sum, f) => sum + f.articles, 0);
        const batch = report.batchName === null ? '' : ` into batch "${printable(report.batchName)}" (#${report.batchId})`;
        process.stdout.write(
          `${report.files.length} file(s)${batch}: ${counts.imported} imported, ${counts.updated} updated, ${counts.duplicate} duplicate, ${counts.refused} refused; ${articles} article(s)\n`,
        );
        const skipped = report.skipped ?? [];
        if (skipped.length > 0) process.stderr.write(`galley import: skipped ${skipped.length} file(s) that are not page files: ${skipped.map(printable).join(', ')}\n`);
        // Nothing would index them after this process ends; the desk would otherwise do it when next idle.
        const queued = backend.store.searchIndex.pending();
        if (queued > 0) {
          process.stderr.write(`indexing ${queued} article(s) for search…\n`);
          drainSearchIndex(backend.store);
        }
        if (report.batchArticles === 0) {
          process.stderr.write(`galley import: warning: batch "${printable(report.batchName ?? '')}" (#${report.batchId}) holds no articles (no Chinese articles were found on its pages)\n`);
        }
        for (const f of report.files) for (const w of f.warnings ?? []) process.stderr.write(`galley import: ${printable(f.file)}: warning: ${w.zh} (${w.en})\n`);
        for (const f of report.files) {
          if (!f.completed) continue;
          const added = [f.completed.image ? 'page image' : null, f.completed.layout ? 'line boxes' : null].filter(Boolean).join(' and ');
          process.stderr.write(`galley import: ${printable(f.file)}: duplicate of ${printable(f.existing?.file ?? '')}; its ${added} added to the stored page\n`);
        }
        const refused = report.files.filter((f) => f.status === 'refused');
        for (const f of refused) process.stderr.write(`galley import: ${printable(f.file)}: ${f.reason ? `${f.reason.zh} (${f.reason.en})` : 'refused'}\n`);
        if (refused.length > 0) throw new CliFailure(`${refused.length} file(s) were refused`);
      });
    });
}
