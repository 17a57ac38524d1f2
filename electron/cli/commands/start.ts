import { spawn } from 'node:child_process';
import { Command } from 'commander';
import { defaultDbPath } from '../../platform/paths';
import { buildNeeded, checkElectron, runBuild } from '../build';
import { ensureElectronSqlite, planStart, spawnRun } from '../electronSqlite';
import { APP_ROOT } from '../locations';
import { serveDesk } from '../serveDesk';

/** Run Electron on the app until it exits, passing Ctrl+C and termination on to it. */
async function runElectron(binary: string, extraEnv: Record<string, string>): Promise<number> {
  const env = { ...process.env, ...extraEnv };
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
      const say = (line: string) => process.stderr.write(`galley: ${line}\n`);
      const plan = await planStart(checkElectron(APP_ROOT), (electron) => ensureElectronSqlite({ appRoot: APP_ROOT, electron, run: spawnRun, say }));
      if (plan.host === 'electron') {
        process.exitCode = await runElectron(plan.binary, plan.env);
        return;
      }
      say(`${plan.why}; starting the browser host on ${defaultDbPath()} instead.`);
      await serveDesk({ db: defaultDbPath(), port: 0, open: false });
    });
}
