import { spawn } from 'node:child_process';
import { Command } from 'commander';
import { defaultDbPath } from '../../platform/paths';
import { buildNeeded, checkElectron, runBuild } from '../build';
import { APP_ROOT } from '../locations';
import { serveDesk } from '../serveDesk';

/** Run Electron on the app until it exits, passing Ctrl+C and termination on to it. */
async function runElectron(binary: string): Promise<number> {
  const env = { ...process.env };
  // Set, it would make Electron behave as plain Node and never open a window.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [APP_ROOT], { stdio: 'inherit', env });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  try {
    return await new Promise<number>((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    });
  } finally {
    process.off('SIGINT', forward);
    process.off('SIGTERM', forward);
  }
}

export function startCommand(): Command {
  return new Command('start')
    .description('what `npm start` runs: build when needed, then open the desktop app, or the browser host where Electron cannot start')
    .action(async () => {
      const why = await buildNeeded(APP_ROOT);
      if (why) {
        process.stderr.write(`galley: building the app (${why})…\n`);
        await runBuild(APP_ROOT);
      }
      const electron = checkElectron(APP_ROOT);
      if (electron.ok) {
        process.exitCode = await runElectron(electron.binary);
        return;
      }
      const what = electron.problem === 'missing' ? 'The Electron binary is missing' : 'Electron cannot open a window here';
      process.stderr.write(`galley: ${what} (${electron.reason}); starting the browser host on ${defaultDbPath()} instead.\n`);
      await serveDesk({ db: defaultDbPath(), port: 0, open: false });
    });
}
