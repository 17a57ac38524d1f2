import { Command, Option } from 'commander';
import { EXPORT_FORMATS } from '../../../shared/api/contract';
import type { ExportFormat, Selection } from '../../../shared/api/contract';
import { ARTICLE_STATUSES } from '../../../shared/model/types';
import { withBackend } from '../backend';
import { CliFailure } from '../failure';
import { printable } from '../printable';

export function exportCommand(): Command {
  return new Command('export')
    .description('export articles of a store to a file')
    .requiredOption('--db <file>', 'the database file')
    .addOption(new Option('--format <format>', 'the file format').choices(EXPORT_FORMATS).makeOptionMandatory())
    .addOption(new Option('--status <status>', 'which articles').choices([...ARTICLE_STATUSES, 'all']).default('approved'))
    .option('--section <name>', 'only articles in this section (栏目)')
    .option('--batch <name>', 'only articles of this batch')
    .requiredOption('--out <path>', 'the file to write (the extension is added when missing), or an existing folder')
    .action(async (opts: { db: string; format: ExportFormat; status: Selection['status']; section?: string; batch?: string; out: string }) => {
      await withBackend(opts.db, { create: false }, async (backend) => {
        const selection: Selection = { status: opts.status };
        if (opts.section !== undefined) selection.sections = [opts.section];
        if (opts.batch !== undefined) {
          const batch = (await backend.call('batches.list', {})).find((b) => b.name === opts.batch);
          if (!batch) throw new CliFailure(`no batch named "${opts.batch}"`);
          selection.batchId = batch.id;
        }
        const record = await backend.call('export.run', { selection, format: opts.format, path: opts.out });
        process.stdout.write(`${record.count} article(s) exported to ${printable(record.path)}\n`);
      });
    });
}
