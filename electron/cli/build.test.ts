import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildNeeded, checkElectron } from './build';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'galley-build-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function put(rel: string, content = 'x', mtimeSec?: number): Promise<void> {
  const path = join(root, rel);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
  if (mtimeSec !== undefined) await utimes(path, mtimeSec, mtimeSec);
}

const OUTPUTS = ['out/main/main.js', 'out/main/analysis-worker.js', 'out/main/scan-worker.js', 'out/main/find-worker.js', 'out/preload/preload.cjs', 'out/renderer/index.html'];

describe('buildNeeded', () => {
  it('asks for a build when an output is missing', async () => {
    await put('electron/main.ts', 'x', 1000);
    await put('out/main/main.js', 'x', 2000);
    expect(await buildNeeded(root)).toBe('out/main/analysis-worker.js is missing');
  });

  it('is satisfied when every output is newer than every source', async () => {
    await put('electron/main.ts', 'x', 1000);
    await put('renderer/src/App.tsx', 'x', 1000);
    for (const o of OUTPUTS) await put(o, 'x', 2000);
    expect(await buildNeeded(root)).toBeNull();
  });

  it('asks for a build when a source changed after the build', async () => {
    for (const o of OUTPUTS) await put(o, 'x', 2000);
    await put('shared/model/types.ts', 'x', 3000);
    expect(await buildNeeded(root)).toBe('sources changed since the last build');
  });

  it('ignores test files and node_modules', async () => {
    for (const o of OUTPUTS) await put(o, 'x', 2000);
    await put('shared/model/types.test.ts', 'x', 3000);
    await put('renderer/node_modules/x/index.js', 'x', 3000);
    expect(await buildNeeded(root)).toBeNull();
  });
});

describe('checkElectron', () => {
  it('reports a binary that was never downloaded, with how to fetch it', async () => {
    await put('package.json', '{"type":"module"}');
    await put('node_modules/electron/package.json', '{"name":"electron","main":"index.js"}');
    await put('node_modules/electron/index.js', "throw new Error('Electron failed to install correctly');");
    expect(checkElectron(root, { DISPLAY: ':0' })).toEqual({ ok: false, problem: 'missing', reason: expect.stringContaining('node node_modules/electron/install.js') });
  });

  it('reports a path that does not exist', async () => {
    await put('package.json', '{}');
    await put('node_modules/electron/package.json', '{"name":"electron","main":"index.js"}');
    await put('node_modules/electron/index.js', `module.exports = ${JSON.stringify(join(root, 'dist', 'electron'))};`);
    expect(checkElectron(root, { DISPLAY: ':0' })).toMatchObject({ ok: false, problem: 'missing' });
  });

  it('finds a present binary', async () => {
    await put('package.json', '{}');
    await put('dist/electron', '#!/bin/sh\n');
    await put('node_modules/electron/package.json', '{"name":"electron","main":"index.js"}');
    await put('node_modules/electron/index.js', `module.exports = ${JSON.stringify(join(root, 'dist', 'electron'))};`);
    expect(checkElectron(root, { DISPLAY: ':0', WAYLAND_DISPLAY: 'wayland-0' })).toEqual({ ok: true, binary: join(root, 'dist', 'electron') });
    if (process.platform === 'linux') expect(checkElectron(root, {})).toMatchObject({ ok: false, problem: 'no-display' });
  });
});
