// better-sqlite3 for Electron in development, without touching node_modules/better-sqlite3 (Node's build, which the
// CLI, the browser host and the tests load). Once per Electron release a copy of the package is rebuilt in a
// temporary folder by @electron/rebuild (better-sqlite3's prebuilt download for that Electron, else node-gyp against
// Electron's headers), checked to load in Electron, and kept at electronBindingPath; `galley start` names it to the
// main process in GALLEY_SQLITE_BINDING.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rename, rm, symlink, writeFile, copyFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { electronBindingPath, installedSqliteVersion, parseRuntime, RUNTIME_PROBE, SQLITE_BINDING_ENV, type ElectronRuntime } from '../platform/sqliteBinding';
import type { ElectronCheck } from './build';

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run a program to its end, collecting its output. */
export type Run = (command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }) => Promise<RunResult>;

export interface ElectronSqliteOptions {
  appRoot: string;
  /** The Electron binary. */
  electron: string;
  run: Run;
  /** Tells the user what takes a while. */
  say: (line: string) => void;
  env?: NodeJS.ProcessEnv;
  /** Where the temporary build folder goes; os.tmpdir() unless given. */
  tempDir?: string;
  /** The Node that runs @electron/rebuild; this one unless given. */
  node?: string;
}

export type BindingResult = { ok: true; path: string } | { ok: false; reason: string };

const PACKAGE = 'better-sqlite3';
const BUILT = join('build', 'Release', 'better_sqlite3.node');

/** Settings npm passes to scripts that would make node-gyp or prebuild-install build for Node instead of Electron. */
const NODE_TARGETING = /^npm_config_(nodedir|target|target_arch|arch|runtime|disturl|dist_url|build_from_source)$/i;

/** The environment for Electron run as Node. */
export function asNodeEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, ELECTRON_RUN_AS_NODE: '1' };
}

/** The environment for the rebuild: none of npm's Node-targeting settings, and Electron not forced into Node mode. */
export function rebuildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !NODE_TARGETING.test(name) && name !== 'ELECTRON_RUN_AS_NODE'));
}

/** The @electron/rebuild command line that rebuilds only better-sqlite3 in `buildDir` for `runtime`. */
export function rebuildCommand(node: string, rebuildCli: string, buildDir: string, runtime: ElectronRuntime): { command: string; args: string[] } {
  return { command: node, args: [rebuildCli, '--version', runtime.electron, '--arch', runtime.arch, '--module-dir', buildDir, '--only', PACKAGE, '--force'] };
}

/** An Electron-as-Node script that opens an in-memory database with the binding at `binding`. */
export function loadCheckScript(binding: string): string {
  return `new (require(${JSON.stringify(PACKAGE)}))(':memory:', { nativeBinding: ${JSON.stringify(binding)} }).close()`;
}

/** @electron/rebuild's command-line script (it comes with electron-builder), or null when it is not installed. */
export function findRebuildCli(appRoot: string): string | null {
  try {
    const main = createRequire(join(appRoot, 'package.json')).resolve('@electron/rebuild');
    const cli = join(dirname(main), 'cli.js');
    return existsSync(cli) ? cli : null;
  } catch {
    return null;
  }
}

/**
 * A project folder holding a copy of better-sqlite3 (without Node's build) for @electron/rebuild. Its own lock file
 * makes it the project root, so the rebuild never climbs to another node_modules; prebuild-install is linked in
 * from the app, as @electron/rebuild looks for it next to the package to download a prebuilt binary.
 */
export async function prepareBuildFolder(appRoot: string, buildDir: string, sqliteVersion: string): Promise<void> {
  const installed = join(appRoot, 'node_modules', PACKAGE);
  const nodeBuild = join(installed, 'build');
  await cp(installed, join(buildDir, 'node_modules', PACKAGE), { recursive: true, filter: (source) => source !== nodeBuild });
  const name = 'galley-electron-sqlite';
  await writeFile(join(buildDir, 'package.json'), JSON.stringify({ name, private: true, dependencies: { [PACKAGE]: sqliteVersion } }));
  await writeFile(join(buildDir, 'package-lock.json'), JSON.stringify({ name, lockfileVersion: 3, requires: true, packages: {} }));
  const prebuildInstall = join(appRoot, 'node_modules', 'prebuild-install');
  // A junction on Windows, which needs no privilege; other systems ignore the type.
  if (existsSync(prebuildInstall)) await symlink(prebuildInstall, join(buildDir, 'node_modules', 'prebuild-install'), 'junction');
}

/** The error line of a crashed Node program's output (Node prints the failing source line first), for a one-line reason. */
export function errorLine(output: string): string {
  const lines = output.split('\n').map((line) => line.trim());
  return lines.find((line) => /^\w*Error\b/.test(line)) ?? lines.find((line) => line !== '') ?? '';
}

/** Where a failed build's full output is kept: its last lines are a stack trace, too long for one line. */
export function rebuildLogPath(appRoot: string): string {
  return join(appRoot, 'node_modules', '.cache', 'galley', 'electron-rebuild.log');
}

async function keepLog(appRoot: string, steps: { command: string; args: string[]; result: RunResult }[]): Promise<string> {
  const log = rebuildLogPath(appRoot);
  const text = steps.map(({ command, args, result }) => `$ ${[command, ...args].join(' ')}\n(exit ${result.code})\n${result.stdout}\n${result.stderr}\n`).join('\n');
  await mkdir(dirname(log), { recursive: true });
  await writeFile(log, text);
  return relative(appRoot, log);
}

async function probeRuntime(o: ElectronSqliteOptions, env: NodeJS.ProcessEnv): Promise<ElectronRuntime> {
  const probe = await o.run(o.electron, ['-e', RUNTIME_PROBE], { cwd: o.appRoot, env: asNodeEnv(env) });
  if (probe.code !== 0) throw new Error(`Electron did not run as Node (exit ${probe.code}): ${errorLine(probe.stderr)}`);
  return parseRuntime(probe.stdout);
}

/**
 * The Electron build of better-sqlite3 for the binary `o.electron`: from the cache when it is there, else built
 * into it (which needs the internet, and a compiler where no prebuilt binary exists). Never throws: a failure
 * comes back with its reason.
 */
export async function ensureElectronSqlite(o: ElectronSqliteOptions): Promise<BindingResult> {
  const env = o.env ?? process.env;
  let runtime: ElectronRuntime;
  let sqliteVersion: string;
  try {
    runtime = await probeRuntime(o, env);
    sqliteVersion = installedSqliteVersion(o.appRoot);
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
  const target = electronBindingPath(o.appRoot, sqliteVersion, runtime);
  if (existsSync(target)) return { ok: true, path: target };

  const rebuildCli = findRebuildCli(o.appRoot);
  if (!rebuildCli) return { ok: false, reason: '@electron/rebuild is not installed (it comes with electron-builder: run npm ci)' };
  o.say(
    `building ${PACKAGE} ${sqliteVersion} for Electron ${runtime.electron} (ABI ${runtime.modules}) into ${relative(o.appRoot, dirname(target))}; ` +
      'this downloads from the internet, once per Electron version…',
  );
  let buildDir: string | null = null;
  try {
    buildDir = await mkdtemp(join(o.tempDir ?? tmpdir(), 'galley-sqlite-'));
    await prepareBuildFolder(o.appRoot, buildDir, sqliteVersion);
    const { command, args } = rebuildCommand(o.node ?? process.execPath, rebuildCli, buildDir, runtime);
    const rebuilt = await o.run(command, args, { cwd: buildDir, env: rebuildEnv(env) });
    if (rebuilt.code !== 0) return { ok: false, reason: `@electron/rebuild failed (exit ${rebuilt.code}); its output is in ${await keepLog(o.appRoot, [{ command, args, result: rebuilt }])}` };
    const built = join(buildDir, 'node_modules', PACKAGE, BUILT);
    if (!existsSync(built)) return { ok: false, reason: `@electron/rebuild left no ${BUILT}` };
    const checkArgs = ['-e', loadCheckScript(built)];
    const check = await o.run(o.electron, checkArgs, { cwd: o.appRoot, env: asNodeEnv(env) });
    if (check.code !== 0) {
      const log = await keepLog(o.appRoot, [{ command, args, result: rebuilt }, { command: o.electron, args: checkArgs, result: check }]);
      return { ok: false, reason: `the new build does not load in Electron: ${errorLine(check.stderr)} (more in ${log})` };
    }
    // Copied beside the target, then renamed: a concurrent start never sees half a file.
    await mkdir(dirname(target), { recursive: true });
    const partial = `${target}.${process.pid}.partial`;
    await copyFile(built, partial);
    await rename(partial, target);
    return { ok: true, path: target };
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  } finally {
    if (buildDir) await rm(buildDir, { recursive: true, force: true });
  }
}

export type StartPlan = { host: 'electron'; binary: string; env: Record<string, string> } | { host: 'browser'; why: string };

/**
 * What `galley start` opens: Electron with its build of better-sqlite3, or the browser host, saying why, where the
 * binary is missing, there is no display, or the Electron build cannot be had.
 */
export async function planStart(electron: ElectronCheck, ensure: (binary: string) => Promise<BindingResult>): Promise<StartPlan> {
  if (!electron.ok) {
    const what = electron.problem === 'missing' ? 'The Electron binary is missing' : 'Electron cannot open a window here';
    return { host: 'browser', why: `${what} (${electron.reason})` };
  }
  const binding = await ensure(electron.binary);
  if (!binding.ok) return { host: 'browser', why: `better-sqlite3 could not be built for Electron (${binding.reason})` };
  return { host: 'electron', binary: electron.binary, env: { [SQLITE_BINDING_ENV]: binding.path } };
}

/** Run with spawn, collecting output; a program that cannot start resolves with code null and the error. */
export const spawnRun: Run = (command, args, { cwd, env }) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (err) => resolve({ code: null, stdout, stderr: `${stderr}${err.message}` }));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
