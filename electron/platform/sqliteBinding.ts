// In development node_modules/better-sqlite3 holds the native module built for Node (CLI, browser host, tests).
// Electron needs one built for its own ABI: `galley start` keeps that one in a cache outside the package and names it
// to the main process in an environment variable. Packaged apps load the default one, which electron-builder rebuilt.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The environment variable through which `galley start` hands the Electron build's path to the main process. */
export const SQLITE_BINDING_ENV = 'GALLEY_SQLITE_BINDING';

/** What an Electron build of a native module depends on: the Electron release and its Node ABI, OS and CPU. */
export interface ElectronRuntime {
  electron: string;
  /** process.versions.modules: the NODE_MODULE_VERSION native modules must be built for. */
  modules: string;
  platform: string;
  arch: string;
}

/** A script for Electron run as Node (ELECTRON_RUN_AS_NODE=1, `-e`) that prints its ElectronRuntime as JSON. */
export const RUNTIME_PROBE = 'process.stdout.write(JSON.stringify({ electron: process.versions.electron, modules: process.versions.modules, platform: process.platform, arch: process.arch }))';

/** The probe's output, checked; throws on anything else (an Electron that is not one, a Node without Electron). */
export function parseRuntime(output: string): ElectronRuntime {
  const value: unknown = JSON.parse(output);
  const read = (field: keyof ElectronRuntime): string => {
    const found = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[field] : undefined;
    // The values become a folder name: nothing but version-like characters.
    if (typeof found !== 'string' || !/^[\w.-]+$/.test(found)) throw new Error(`the runtime probe gave no ${field}: ${output.trim()}`);
    return found;
  };
  return { electron: read('electron'), modules: read('modules'), platform: read('platform'), arch: read('arch') };
}

/** The version of better-sqlite3 installed in the app's node_modules. */
export function installedSqliteVersion(appRoot: string): string {
  const pkg = JSON.parse(readFileSync(join(appRoot, 'node_modules', 'better-sqlite3', 'package.json'), 'utf8')) as { version?: unknown };
  if (typeof pkg.version !== 'string') throw new Error('node_modules/better-sqlite3/package.json names no version');
  return pkg.version;
}

/**
 * Where the Electron build of better-sqlite3 lives in development: one file per better-sqlite3 version, Electron
 * release, ABI, OS and CPU, under node_modules/.cache, which neither npm's installs of better-sqlite3 nor the
 * packaged app touch.
 */
export function electronBindingPath(appRoot: string, sqliteVersion: string, runtime: ElectronRuntime): string {
  const key = `better-sqlite3-${sqliteVersion}-electron-${runtime.electron}-abi${runtime.modules}-${runtime.platform}-${runtime.arch}`;
  return join(appRoot, 'node_modules', '.cache', 'galley', key, 'better_sqlite3.node');
}

/** The binding the main process gives better-sqlite3: the one named by `galley start` in development, else the default. */
export function sqliteBindingFor(packaged: boolean, env: Record<string, string | undefined>): string | undefined {
  return packaged ? undefined : env[SQLITE_BINDING_ENV] || undefined;
}
