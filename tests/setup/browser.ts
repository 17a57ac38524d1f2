// Which Chromium the end-to-end tests drive, shared by playwright.config.ts and the set-up step of `npm test`
// (ensure-browser.ts): Playwright's own browser when installed, else Debian's.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Playwright's downloaded Chromium, if there is one on this machine. */
function playwrightChromium(): string | null {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : null;
  } catch {
    // No browser registry entry for this Playwright version.
    return null;
  }
}

export interface BrowserEnv {
  playwrightChromium(): string | null;
  exists(path: string): boolean;
  isRoot: boolean;
  hasApt: boolean;
  /** Runs a command, inheriting stdio; throws when it fails. */
  run(command: string, args: string[]): void;
  log(line: string): void;
}

export function currentEnv(): BrowserEnv {
  return {
    playwrightChromium,
    exists: existsSync,
    isRoot: process.getuid?.() === 0,
    hasApt: process.platform === 'linux' && existsSync('/usr/bin/apt-get'),
    run: (command, args) => void execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }),
    log: (line) => process.stderr.write(`${line}\n`),
  };
}

/** The Chromium to launch; null for Playwright's own (its default). Undefined when there is none. */
export function findChromium(env: Pick<BrowserEnv, 'playwrightChromium' | 'exists'> = currentEnv()): string | null | undefined {
  if (env.playwrightChromium()) return null;
  return env.exists(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
}

export type EnsureOutcome = { ok: true; browser: string } | { ok: false; message: string };

/** What to run by hand when no browser can be installed here: the one line `npm test` stops with. */
export const NO_BROWSER =
  'npm test: the end-to-end tests need Chromium and none was found; install it with `sudo apt-get install -y chromium` (Debian/Ubuntu) or `npx playwright install chromium`, then run npm test again.';

/**
 * Make sure a Chromium is there: one found is used; else, as root with apt, Debian's chromium is installed; else
 * the answer says what to run.
 */
export function ensureBrowser(env: BrowserEnv): EnsureOutcome {
  const found = findChromium(env);
  if (found !== undefined) return { ok: true, browser: found ?? env.playwrightChromium()! };
  if (!env.isRoot || !env.hasApt) return { ok: false, message: NO_BROWSER };
  env.log("npm test: no Chromium found; installing Debian's chromium for the end-to-end tests (apt-get)");
  try {
    env.run('apt-get', ['update', '-qq']);
    env.run('apt-get', ['install', '-y', '-qq', 'chromium']);
  } catch (err) {
    return { ok: false, message: `npm test: installing chromium failed (${err instanceof Error ? err.message : String(err)}); ${NO_BROWSER.replace(/^npm test: /, '')}` };
  }
  return env.exists(SYSTEM_CHROMIUM) ? { ok: true, browser: SYSTEM_CHROMIUM } : { ok: false, message: NO_BROWSER };
}
