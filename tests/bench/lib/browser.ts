// The desk in a real browser for the browser benchmarks: `galley serve` on a fresh database, Chromium launched
// the way the end-to-end tests launch it (playwright.config.ts's launch options, viewport and locale), and the
// host's HTTP API for setting up material. Nothing is faked: the page talks to the real backend.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium } from '@playwright/test';
import type { Browser, Locator, Page } from '@playwright/test';
import type { ApiMethod, ApiRequest, ApiResponses, Envelope } from '../../../shared/api/contract';
import e2eConfig from '../../../playwright.config';
import { median, p95 } from './stats';

const START_TIMEOUT_MS = 60_000;
const KEEP_NAMES_HELPER = 'globalThis.__name = (target, value) => Object.defineProperty(target, "name", { value, configurable: true });';

export interface Desk {
  page: Page;
  /** The desk's URL, token included. */
  url: string;
  call<M extends ApiMethod>(method: M, req: ApiRequest<M>): Promise<ApiResponses[M]>;
}

/**
 * Before a browser benchmark: why it must be skipped (no renderer build), and why the build is stale (older than its
 * sources: the figures are then the old code's, worth a warning and a note, not a skip).
 */
export function checkDesk(root: string, log: (message: string) => void): { missing: string | null; stale: string | null } {
  const missing = deskMissing(root);
  if (missing) return { missing, stale: null };
  const stale = buildStale(root);
  if (stale) log(`warning: the desk build is stale (${stale}): run npm run build for the current code's figures`);
  return { missing: null, stale };
}

/** Why the desk cannot be benchmarked here (no renderer build), or null. */
function deskMissing(root: string): string | null {
  const index = join(root, 'out', 'renderer', 'index.html');
  return existsSync(index) ? null : `the desk is not built (${index} is missing): run npm run build first`;
}

/** What the renderer bundle is built from. */
const RENDERER_SOURCES = ['renderer', 'shared', 'electron.vite.config.ts', 'package.json'];

/** Why the renderer build is older than its sources (the figures are then the old code's), or null. */
function buildStale(root: string): string | null {
  const built = statSync(join(root, 'out', 'renderer', 'index.html')).mtimeMs;
  for (const source of RENDERER_SOURCES) {
    const path = join(root, source);
    const files = statSync(path).isDirectory() ? readdirSync(path, { recursive: true, encoding: 'utf8' }).map((f) => join(path, f)) : [path];
    const newer = files.find((file) => !/\.test\.tsx?$/.test(file) && statSync(file).mtimeMs > built);
    if (newer) return `${relative(root, newer)} changed after the last build`;
  }
  return null;
}

function waitForUrl(child: ChildProcess, output: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`galley serve printed no URL within ${START_TIMEOUT_MS} ms:\n${output()}`)), START_TIMEOUT_MS);
    child.stdout?.on('data', () => {
      const match = /(https?:\/\/\S+token=\S+)/.exec(output());
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`galley serve exited with ${code} before printing its URL:\n${output()}`));
    });
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Chromium as the end-to-end tests get it: Playwright's own when installed, else the system's, same flags. */
export function launchChromium(): Promise<Browser> {
  const { executablePath, args } = e2eConfig.use?.launchOptions ?? {};
  return chromium.launch({ headless: true, executablePath, args });
}

/**
 * Runs `body` against a fresh `galley serve` (database in `dir`) with the desk open in Chromium, then closes the
 * browser and stops the host, whatever happens.
 */
export async function withDesk<T>(root: string, dir: string, body: (desk: Desk) => Promise<T>): Promise<T> {
  const child = spawn(process.execPath, [join(root, 'electron', 'cli', 'galley.js'), 'serve', '--db', join(dir, 'galley.db'), '--port', '0'], {
    cwd: dir,
    env: { ...process.env, GALLEY_DATA_DIR: dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  let browser: Browser | null = null;
  try {
    const url = await waitForUrl(child, () => output);
    const { origin, searchParams } = new URL(url);
    const token = searchParams.get('token') ?? '';
    const call = async <M extends ApiMethod>(method: M, req: ApiRequest<M>): Promise<ApiResponses[M]> => {
      const response = await fetch(`${origin}/api/call/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Galley-Token': token },
        body: JSON.stringify(req),
      });
      const envelope = (await response.json()) as Envelope<ApiResponses[M]>;
      if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`);
      return envelope.value;
    };
    browser = await launchChromium();
    const { viewport, locale } = e2eConfig.use ?? {};
    const context = await browser.newContext({ viewport, locale });
    // tsx compiles with esbuild's keepNames, which wraps named functions in `__name(…)`; functions sent to
    // page.evaluate carry those calls into the page, so the page gets the same helper.
    await context.addInitScript(KEEP_NAMES_HELPER);
    const page = await context.newPage();
    return await body({ page, url, call });
  } finally {
    await browser?.close();
    await stop(child);
  }
}

/** The article's row in the (virtualized) list, scrolling the list until it is drawn. */
export async function revealArticle(page: Page, id: number): Promise<Locator> {
  const row = page.locator(`[data-testid="article-item"][data-article-id="${id}"]`);
  const list = page.getByTestId('article-list');
  await list.locator('[data-testid="article-item"]').first().waitFor();
  if ((await row.count()) > 0) return row;
  await list.evaluate((el) => (el.scrollTop = 0));
  for (;;) {
    if ((await row.count()) > 0) return row;
    const moved = await list.evaluate((el) => {
      const before = el.scrollTop;
      el.scrollTop += el.clientHeight / 2;
      return el.scrollTop > before;
    });
    if (!moved) throw new Error(`article ${id} is not in the list`);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
}

/** Open an article from the list and wait until it is the current one and the clean pane shows diff marks. */
export async function openArticle(page: Page, id: number): Promise<void> {
  await (await revealArticle(page, id)).click();
  await page.locator(`[data-testid="article-item"][data-article-id="${id}"][aria-current="true"]`).waitFor();
  await page.locator('[data-testid="clean-editor"] [data-diff="insert"]').first().waitFor();
}

/**
 * A clock of the page's main-thread CPU time in ms (Chromium's ThreadTime metric). Unlike elapsed time it hardly
 * grows when other processes load the machine, so it shows what the desk's own work costs.
 */
export async function cpuClock(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const seconds = metrics.find((m) => m.name === 'ThreadTime')?.value;
    if (seconds === undefined) throw new Error('Chromium reports no ThreadTime metric');
    return seconds * 1000;
  };
}

/** `{prefix}MedianMs` and `{prefix}P95Ms` of latencies, rounded, for a result's notes. */
export function noteFigures(prefix: string, values: readonly number[]): Record<string, number> {
  const round = (n: number) => Number(n.toFixed(2));
  return { [`${prefix}MedianMs`]: round(median(values)), [`${prefix}P95Ms`]: round(p95(values, 'lower')) };
}
