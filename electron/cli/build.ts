import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CliFailure } from './failure';

/** What `electron-vite build` writes; all must exist for the app to start. */
const OUTPUTS = ['out/main/main.js', 'out/main/analysis-worker.js', 'out/main/scan-worker.js', 'out/main/find-worker.js', 'out/preload/preload.cjs', 'out/renderer/index.html'];
/** What the build reads: sources, and the files that configure it. */
const SOURCE_DIRS = ['electron', 'shared', 'renderer'];
const SOURCE_FILES = ['electron.vite.config.ts', 'package.json', 'tsconfig.base.json'];
const IS_TEST = /\.test\.tsx?$/;

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return IS_TEST.test(path) ? 0 : info.mtimeMs;
  let newest = 0;
  for (const entry of await readdir(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, await newestMtime(join(path, entry)));
  }
  return newest;
}

/** Why the build must run, or null when out/ is complete and newer than every source. */
export async function buildNeeded(root: string): Promise<string | null> {
  let oldestOutput = Infinity;
  for (const output of OUTPUTS) {
    const info = await stat(join(root, output)).catch(() => null);
    if (!info) return `${output} is missing`;
    oldestOutput = Math.min(oldestOutput, info.mtimeMs);
  }
  let newestSource = 0;
  for (const source of [...SOURCE_DIRS, ...SOURCE_FILES]) newestSource = Math.max(newestSource, await newestMtime(join(root, source)));
  return newestSource > oldestOutput ? 'sources changed since the last build' : null;
}

/** Run `electron-vite build` in `root`; its output goes to stderr so stdout stays for the URL. */
export async function runBuild(root: string): Promise<void> {
  const bin = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  if (!existsSync(bin)) throw new CliFailure('electron-vite is not installed: run npm ci first');
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
    child.on('error', reject);
    child.on('exit', resolve);
  });
  if (code !== 0) throw new CliFailure(`the build failed (electron-vite build exited with ${code})`);
}

const FETCH_HINT = 'not downloaded; with internet access, fetch it with `node node_modules/electron/install.js`';

export type ElectronCheck = { ok: true; binary: string } | { ok: false; problem: 'missing' | 'no-display'; reason: string };

/**
 * Whether Electron can be started here. require('electron') from Node returns the binary's path, and throws when
 * the binary was never downloaded; without a display on Linux a window cannot open either.
 */
export function checkElectron(root: string, env: NodeJS.ProcessEnv = process.env): ElectronCheck {
  let binary: string;
  try {
    binary = createRequire(join(root, 'package.json'))('electron') as string;
  } catch {
    // Electron's own message ("delete node_modules/electron and try installing again") misleads here: npm ci skips
    // the download on purpose (allowScripts in package.json).
    return { ok: false, problem: 'missing', reason: FETCH_HINT };
  }
  if (typeof binary !== 'string' || !existsSync(binary)) return { ok: false, problem: 'missing', reason: `${String(binary)} does not exist` };
  if (process.platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return { ok: false, problem: 'no-display', reason: 'DISPLAY and WAYLAND_DISPLAY are unset' };
  return { ok: true, binary };
}
