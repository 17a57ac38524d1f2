// The `galley` command line: one module per command under ./commands.
import { Command } from 'commander';
import { GALLEY_VERSION } from '../platform/version';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { parseCommand } from './commands/parse';
import { serveCommand } from './commands/serve';
import { startCommand } from './commands/start';
import { statsCommand } from './commands/stats';
import { reportFailure } from './failure';

const program = new Command('galley')
  .description('Galley (校样台): a proofreading desk for OCR’d newspaper pages')
  .version(GALLEY_VERSION)
  .showHelpAfterError('(add --help for usage)')
  .addCommand(parseCommand())
  .addCommand(importCommand())
  .addCommand(exportCommand())
  .addCommand(statsCommand())
  .addCommand(serveCommand())
  .addCommand(startCommand());

try {
  await program.parseAsync(process.argv);
} catch (err) {
  reportFailure(err);
}
