import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';

/** The application name Electron derives userData from (package.json productName). */
export const APP_NAME = 'Galley';

/** What the per-user locations depend on; defaults to the running process. */
export interface PlatformEnv {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
}

function current(): PlatformEnv {
  return { platform: process.platform, env: process.env, home: homedir() };
}

/**
 * Electron's `app.getPath('userData')` for "Galley", computed without Electron so the CLI and the desktop app
 * share one store: Linux `$XDG_CONFIG_HOME/Galley` (or `~/.config/Galley`), macOS `~/Library/Application
 * Support/Galley`, Windows `%APPDATA%\Galley`. `GALLEY_DATA_DIR` overrides it (tests, portable setups).
 */
export function userDataDir(p: PlatformEnv = current()): string {
  const override = p.env.GALLEY_DATA_DIR;
  if (p.platform === 'win32') {
    if (override) return win32.resolve(override);
    return win32.join(p.env.APPDATA || win32.join(p.home, 'AppData', 'Roaming'), APP_NAME);
  }
  if (override) return posix.resolve(override);
  if (p.platform === 'darwin') return posix.join(p.home, 'Library', 'Application Support', APP_NAME);
  // XDG: a relative XDG_CONFIG_HOME is invalid and must be ignored.
  const xdg = p.env.XDG_CONFIG_HOME;
  return posix.join(xdg && posix.isAbsolute(xdg) ? xdg : posix.join(p.home, '.config'), APP_NAME);
}

/** The desk's database: `<userData>/galley.db`. */
export function defaultDbPath(p: PlatformEnv = current()): string {
  return (p.platform === 'win32' ? win32 : posix).join(userDataDir(p), 'galley.db');
}
