import { Command, InvalidArgumentError } from 'commander';
import { defaultDbPath } from '../../platform/paths';
import { serveDesk } from '../serveDesk';

export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError('a port is a whole number from 0 to 65535');
  return port;
}

export function serveCommand(): Command {
  return new Command('serve')
    .description('serve the desk in the browser on 127.0.0.1; prints the URL with its per-run token')
    .option('--db <file>', 'the database file (default: the desktop app’s per-user store)')
    .option('--port <n>', 'the port; 0 picks a free one', parsePort, 0)
    .option('--open', 'open the system browser')
    .option('--allow <folders...>', 'folders import and export paths may use (default: home and current folder)')
    .action(async (opts: { db?: string; port: number; open?: boolean; allow?: string[] }) => {
      await serveDesk({ db: opts.db ?? defaultDbPath(), port: opts.port, open: opts.open ?? false, allow: opts.allow });
    });
}
