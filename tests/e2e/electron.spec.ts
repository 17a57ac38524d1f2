// The desktop app end to end, in the real Electron binary: open a sample page from the command line, approve an
// article, quit, relaunch, and find the approval kept. Skipped (with the reason printed) where the Electron binary
// is not installed: `npm ci` here does not download it (package.json allowScripts); `node
// node_modules/electron/install.js` does, on a machine with internet access.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { ApiMethod, ApiRequest, ApiResponses } from '../../shared/api/contract';
import type { GalleyBridge } from '../../shared/api/bridge';
import { errorLine, loadCheckScript } from '../../electron/cli/electronSqlite';
import { electronBindingPath, installedSqliteVersion, parseRuntime, RUNTIME_PROBE, SQLITE_BINDING_ENV } from '../../electron/platform/sqliteBinding';

const repo = resolve(import.meta.dirname, '..', '..');
const mainScript = join(repo, 'out', 'main', 'main.js');
const samplesDir = join(repo, 'resources', 'samples');
const samples = readdirSync(samplesDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(samplesDir, f));

/**
 * The binary's path, or why there is none. Read the way node_modules/electron/index.js does, without requiring it:
 * that would try to download a missing binary (a network wait and a stack trace on machines without access).
 */
function findElectron(): { path: string } | { missing: string } {
  const dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(dir, 'path.txt');
  // npm ci here skips electron's install script on purpose (allowScripts), so path.txt is never written.
  if (!existsSync(pathFile)) return { missing: 'npm ci does not download it' };
  const executable = readFileSync(pathFile, 'utf8');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const path = override ? join(override, executable || 'electron') : join(dir, 'dist', executable);
  return existsSync(path) ? { path } : { missing: `${path} does not exist` };
}

/**
 * The Electron build of better-sqlite3 `galley start` keeps in node_modules/.cache (node_modules/better-sqlite3
 * holds Node's, for the unit tests), or '' to try the default one (rebuilt in place, as `npm run dist` leaves it).
 */
function cachedBinding(electronPath: string): string {
  const probe = spawnSync(electronPath, ['-e', RUNTIME_PROBE], { cwd: repo, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, encoding: 'utf8', timeout: 30_000 });
  if (probe.status !== 0) return '';
  try {
    const path = electronBindingPath(repo, installedSqliteVersion(repo), parseRuntime(probe.stdout));
    return existsSync(path) ? path : '';
  } catch {
    return '';
  }
}

/**
 * Why Electron cannot run the app here, or '' when it can: the binary must exist, a display too (Linux), and
 * better-sqlite3 must load in Electron: the cached Electron build, or the one in node_modules if that is Electron's.
 */
function whyNot(): string {
  if ('missing' in binary) return `Electron binary not installed here: ${binary.missing} (with internet access, \`node node_modules/electron/install.js\` fetches it)`;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return 'no display for Electron\'s window (DISPLAY and WAYLAND_DISPLAY are unset; run the tests under xvfb-run)';
  const script = binding ? loadCheckScript(binding) : "new (require('better-sqlite3'))(':memory:').close()";
  const probe = spawnSync(binary.path, ['-e', script], { cwd: repo, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, encoding: 'utf8', timeout: 30_000 });
  if (probe.status !== 0) {
    const why = errorLine(probe.stderr || String(probe.error));
    return binding
      ? `the cached Electron build of better-sqlite3 (${binding}) does not load: ${why}`
      : `no Electron build of better-sqlite3 (${why}); run \`npm start\` once, which builds one into node_modules/.cache/galley`;
  }
  return '';
}

const binary = findElectron();
const binding = 'path' in binary ? cachedBinding(binary.path) : '';
const skipReason = whyNot();
if (skipReason) console.log(`electron.spec.ts skipped: ${skipReason}`);

// Chromium refuses to start as root with its OS sandbox (CI containers); the renderer stays context-isolated.
const chromiumFlags = process.getuid?.() === 0 ? ['--no-sandbox'] : [];

/** Call the API through the preload bridge, as the desk does; throws on an error envelope. */
async function call<M extends ApiMethod>(page: Page, method: M, req: ApiRequest<M>): Promise<ApiResponses[M]> {
  const reply = await page.evaluate(
    ([m, r]) => (window as unknown as { galley: GalleyBridge }).galley.call(m as ApiMethod, r as never),
    [method, req] as const,
  );
  if (!reply.ok) throw new Error(`${method}: ${reply.error.code} ${reply.error.message}`);
  return reply.value as ApiResponses[M];
}

test.describe('desktop app (Electron)', () => {
  test.skip(Boolean(skipReason), skipReason);
  test.describe.configure({ mode: 'serial' });

  let dataDir: string;
  let app: ElectronApplication | undefined;

  test.beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'galley-electron-'));
  });
  test.afterAll(async () => {
    await app?.close().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  });

  const env = () => ({ ...process.env, GALLEY_DATA_DIR: dataDir, ...(binding ? { [SQLITE_BINDING_ENV]: binding } : {}) });

  async function launch(args: string[] = []): Promise<{ app: ElectronApplication; page: Page }> {
    const launched = await electron.launch({ executablePath: 'path' in binary ? binary.path : '', args: [...chromiumFlags, mainScript, ...args], env: env(), cwd: repo });
    app = launched;
    const page = await launched.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    return { app: launched, page };
  }

  let approvedId = 0;

  test('opens a page from the command line, in a locked-down window', async () => {
    const { app: running, page } = await launch([samples[0] ?? '']);
    expect(page.url()).toMatch(/^app:\/\/galley\//);

    // The page given on the command line is imported without any click.
    await expect.poll(async () => (await call(page, 'articles.list', {})).length, { timeout: 20_000 }).toBeGreaterThan(0);

    // Evaluated code itself bypasses the CSP, so probe it through what the page would run: an inline script
    // (needs 'unsafe-inline') and a string timer (needs 'unsafe-eval'). Both must stay dead.
    const exposed = await page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>;
      const inline = document.createElement('script');
      inline.textContent = 'window.__galleyInline = 1';
      document.head.append(inline);
      (setTimeout as unknown as (code: string, ms: number) => void)('window.__galleyEval = 1', 0);
      await new Promise((done) => setTimeout(done, 200));
      return {
        require: typeof w.require,
        process: typeof w.process,
        bridge: Object.keys(w.galley as object).sort(),
        inlineRan: w.__galleyInline === 1,
        evalRan: w.__galleyEval === 1,
        popup: window.open('http://example.com/') === null,
      };
    });
    expect(exposed).toEqual({ require: 'undefined', process: 'undefined', bridge: ['call', 'on', 'onCommand'], inlineRan: false, evalRan: false, popup: true });

    const info = await call(page, 'app.info', {});
    expect(info).toMatchObject({ host: 'electron', nativeDialogs: true });
    expect(info.dbPath).toBe(join(dataDir, 'galley.db'));

    const menu = await running.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('approve')?.label ?? null);
    expect(menu).toBe('通过本文');

    const [first] = await call(page, 'articles.list', {});
    approvedId = first?.id ?? 0;
    expect((await call(page, 'articles.setStatus', { id: approvedId, baseRevision: first?.revision ?? 0, status: 'approved' })).status).toBe('approved');
    await running.close();
    app = undefined;
    expect(existsSync(join(dataDir, 'window-state.json'))).toBe(true);
  });

  test('keeps the approval across a restart, and a second launch hands its page to the running one', async () => {
    const { page } = await launch();
    expect((await call(page, 'articles.get', { id: approvedId })).status).toBe('approved');
    const pagesBefore = (await call(page, 'batches.list', {})).reduce((n, b) => n + b.pageCount, 0);
    expect(pagesBefore).toBe(1);

    // The second process finds the running instance, hands over its path and quits.
    await promisify(execFile)('path' in binary ? binary.path : '', [...chromiumFlags, mainScript, samples[1] ?? ''], { env: env(), cwd: repo, timeout: 30_000 });
    await expect.poll(async () => (await call(page, 'batches.list', {})).reduce((n, b) => n + b.pageCount, 0), { timeout: 20_000 }).toBe(2);
  });
});
