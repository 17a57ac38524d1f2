import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, parse } from 'node:path';
import { startHttpHost } from '../http/host';
import { scanFilesOf } from '../scans/files';
import { startSearchIndexer } from '../services/search-indexer';
import { stopFindWorker } from '../services/find-pool';
import { workerEngine } from '../services/suspicion-pool';
import { startSuspicionRunner } from '../services/suspicion-runner';
import type { HttpHost } from '../http/host';
import { openBackend } from './backend';
import { openBrowser } from './browser';
import { CliFailure } from './failure';
import { rendererDir } from './locations';

export interface ServeOptions {
  db: string;
  port: number;
  open: boolean;
  /** Folders import/export paths may use; default: the home folder and the current folder (unless it is a drive root). */
  allow?: string[];
}

function defaultRoots(): string[] {
  const cwd = process.cwd();
  return parse(cwd).root === cwd ? [homedir()] : [homedir(), cwd];
}

/**
 * Run the browser host until SIGINT or SIGTERM: print its URL (token included) as one line on stdout, then close
 * the host and the database cleanly on the signal.
 */
export async function serveDesk(opts: ServeOptions): Promise<void> {
  const renderer = rendererDir();
  if (!existsSync(join(renderer, 'index.html'))) {
    throw new CliFailure(`the desk is not built (${join(renderer, 'index.html')} is missing): run npm run build first`);
  }
  const backend = openBackend(opts.db, { create: true, readers: true });
  let host: HttpHost;
  try {
    host = await startHttpHost({
      handlers: backend.handlers,
      bus: backend.bus,
      rendererDir: renderer,
      port: opts.port,
      allowedRoots: [...(opts.allow ?? defaultRoots()), dirname(backend.dbPath)],
      scanDir: scanFilesOf(backend.store).dir,
    });
  } catch (err) {
    backend.close();
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new CliFailure(`port ${opts.port} is in use: choose another with --port, or --port 0 for any free port`);
    throw err;
  }
  const indexer = startSearchIndexer(backend.store, backend.bus, {
    onError: (err) => process.stderr.write(`galley: search indexing stopped: ${err instanceof Error ? err.message : String(err)}\n`),
  });
  const engine = workerEngine(backend.store);
  const suspicions = startSuspicionRunner(backend.store, backend.bus, engine, {
    onError: (err) => process.stderr.write(`galley: suspicion engine stopped: ${err instanceof Error ? err.message : String(err)}\n`),
  });
  process.stdout.write(`Galley is serving at ${host.url}\n`);
  process.stderr.write(`galley: database ${backend.dbPath}; press Ctrl+C to stop\n`);
  if (opts.open) openBrowser(host.url);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  indexer.dispose();
  suspicions.dispose();
  await engine.dispose();
  await stopFindWorker();
  await host.close();
  backend.close();
  process.stderr.write('galley: stopped\n');
}
