import { Command, Option } from 'commander';
import { EXPORT_FORMATS, LAYOUT_EXPORT_FORMATS } from '../../../shared/api/contract';
import type { ExportFormat, LayoutExportFormat, Selection } from '../../../shared/api/contract';
import { ARTICLE_STATUSES } from '../../../shared/model/types';
import { withBackend } from '../backend';
import { CliFailure } from '../failure';
import { printable } from '../printable';

const isLayoutFormat = (format: string): format is LayoutExportFormat => (LAYOUT_EXPORT_FORMATS as readonly string[]).includes(format);

export function exportCommand(): Command {
  return new Command('export')
    .description('export articles of a store to a file')
    .requiredOption('--db <file>', 'the database file')
    .addOption(new Option('--format <format>', 'the file format (alto, page: one XML per page with line boxes, into the folder --out)').choices([...EXPORT_FORMATS, ...LAYOUT_EXPORT_FORMATS]).makeOptionMandatory())
    .addOption(new Option('--status <status>', 'which articles').choices([...ARTICLE_STATUSES, 'all']).default('approved'))
    .option('--section <name>', 'only articles in this section (栏目)')
    .option('--batch <name>', 'only articles of this batch')
    .requiredOption('--out <path>', 'the file to write (the extension is added when missing), or an existing folder; for alto/page the folder')
    .option('--images', 'alto/page: copy each page image beside its XML')
    .option('--mets', 'alto/page: also write OUT/mets.xml, a METS wrapper listing each page’s XML and image')
    .action(async (opts: { db: string; format: ExportFormat | LayoutExportFormat; status: Selection['status']; section?: string; batch?: string; out: string; images?: boolean; mets?: boolean }) => {
      await withBackend(opts.db, { create: false }, async (backend) => {
        const selection: Selection = { status: opts.status };
        if (opts.section !== undefined) selection.sections = [opts.section];
        if (opts.batch !== undefined) {
          const batch = (await backend.call('batches.list', {})).find((b) => b.name === opts.batch);
          if (!batch) throw new CliFailure(`no batch named "${opts.batch}"`);
          selection.batchId = batch.id;
        }
        if (isLayoutFormat(opts.format)) {
          const result = await backend.call('export.layout', { selection, format: opts.format, dir: opts.out, images: opts.images ?? false, mets: opts.mets ?? false });
          process.stdout.write(`${result.files.length} page(s) exported to ${opts.out}\n`);
          if (result.mets) process.stdout.write(`METS wrapper: ${printable(result.mets)}\n`);
          for (const file of result.skipped) process.stderr.write(`galley export: ${file}: no line boxes (a plain-text page), not written as ${opts.format}\n`);
          return;
        }
        const record = await backend.call('export.run', { selection, format: opts.format, path: opts.out });
        process.stdout.write(`${record.count} article(s) exported to ${printable(record.path)}\n`);
      });
    });
}
