// One real browser host per test: `galley serve` on a fresh database in a temporary folder, its URL read from
// stdout, stopped and removed afterwards. Nothing is faked: the desk talks to the real backend over HTTP.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect } from '@playwright/test';

export const repo = resolve(import.meta.dirname, '..', '..');
export const samplesDir = join(repo, 'resources', 'samples');

export interface GalleyServer {
  /** The desk's URL, token included. */
  url: string;
  origin: string;
  token: string;
  db: string;
  dir: string;
}

const START_TIMEOUT_MS = 60_000;

function waitForUrl(child: ChildProcess, output: () => string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`galley serve printed no URL within ${START_TIMEOUT_MS} ms:\n${output()}`)), START_TIMEOUT_MS);
    const onData = () => {
      const match = /(https?:\/\/\S+token=\S+)/.exec(output());
      if (match) {
        clearTimeout(timer);
        resolvePromise(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`galley serve exited with ${code} before printing its URL:\n${output()}`));
    });
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

export const test = base.extend<{ galley: GalleyServer }>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern: this one has none.
  // eslint-disable-next-line no-empty-pattern
  galley: async ({}, use, testInfo) => {
    const dir = mkdtempSync(join(tmpdir(), 'galley-e2e-'));
    const db = join(dir, 'galley.db');
    const child = spawn(process.execPath, [join(repo, 'electron', 'cli', 'galley.js'), 'serve', '--db', db, '--port', '0'], {
      cwd: dir,
      env: { ...process.env, GALLEY_DATA_DIR: dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
    try {
      const url = await waitForUrl(child, () => log);
      const parsed = new URL(url);
      await use({ url, origin: parsed.origin, token: parsed.searchParams.get('token') ?? '', db, dir });
    } finally {
      await stop(child);
      if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('galley-serve.log', { body: log, contentType: 'text/plain' });
      rmSync(dir, { recursive: true, force: true });
    }
  },
});

export { expect };
