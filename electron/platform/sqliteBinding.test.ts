import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/store';
import { electronBindingPath, installedSqliteVersion, parseRuntime, SQLITE_BINDING_ENV, sqliteBindingFor, type ElectronRuntime } from './sqliteBinding';

const runtime: ElectronRuntime = { electron: '38.2.0', modules: '139', platform: 'linux', arch: 'x64' };
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'galley-binding-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseRuntime', () => {
  it('reads what the probe prints', () => {
    expect(parseRuntime(JSON.stringify(runtime))).toEqual(runtime);
  });

  it.each([
    ['a Node without Electron', JSON.stringify({ modules: '115', platform: 'linux', arch: 'x64' })],
    ['a value that would climb out of the cache', JSON.stringify({ ...runtime, electron: '../../x' })],
    ['null', 'null'],
  ])('refuses %s', (_what, output) => {
    expect(() => parseRuntime(output)).toThrow(/runtime probe/);
  });

  it('refuses output that is not JSON', () => {
    expect(() => parseRuntime('Electron failed')).toThrow();
  });
});

describe('electronBindingPath', () => {
  const path = electronBindingPath('/app', '12.4.1', runtime);

  it('lies in the cache under node_modules, outside better-sqlite3 itself', () => {
    expect(path.startsWith(join('/app', 'node_modules', '.cache', 'galley') + sep)).toBe(true);
    expect(path).not.toContain(join('node_modules', 'better-sqlite3') + sep);
    expect(path.endsWith(`${sep}better_sqlite3.node`)).toBe(true);
  });

  it('differs per Electron release, ABI, better-sqlite3 version, OS and CPU', () => {
    const others = [
      electronBindingPath('/app', '12.4.1', { ...runtime, electron: '38.3.0' }),
      electronBindingPath('/app', '12.4.1', { ...runtime, modules: '140' }),
      electronBindingPath('/app', '12.5.0', runtime),
      electronBindingPath('/app', '12.4.1', { ...runtime, platform: 'darwin' }),
      electronBindingPath('/app', '12.4.1', { ...runtime, arch: 'arm64' }),
    ];
    expect(new Set([path, ...others]).size).toBe(6);
    expect(electronBindingPath('/app', '12.4.1', { ...runtime })).toBe(path);
  });
});

describe('installedSqliteVersion', () => {
  it("reads the installed package's version", () => {
    mkdirSync(join(dir, 'app', 'node_modules', 'better-sqlite3'), { recursive: true });
    writeFileSync(join(dir, 'app', 'node_modules', 'better-sqlite3', 'package.json'), '{"name":"better-sqlite3","version":"12.4.1"}');
    expect(installedSqliteVersion(join(dir, 'app'))).toBe('12.4.1');
  });

  it('throws where better-sqlite3 is not installed', () => {
    expect(() => installedSqliteVersion(join(dir, 'nowhere'))).toThrow();
  });
});

describe('sqliteBindingFor', () => {
  it('takes the path `galley start` names in development only', () => {
    expect(sqliteBindingFor(false, { [SQLITE_BINDING_ENV]: '/cache/better_sqlite3.node' })).toBe('/cache/better_sqlite3.node');
    expect(sqliteBindingFor(false, {})).toBeUndefined();
    expect(sqliteBindingFor(false, { [SQLITE_BINDING_ENV]: '' })).toBeUndefined();
    expect(sqliteBindingFor(true, { [SQLITE_BINDING_ENV]: '/cache/better_sqlite3.node' })).toBeUndefined();
  });
});

describe('openStore with a native binding', () => {
  it('loads the binding it is given, and fails on one that is not there', () => {
    // Node's own build, named explicitly: what main does with Electron's.
    const nodeBuild = join(createRequire(import.meta.url).resolve('better-sqlite3'), '..', '..', 'build', 'Release', 'better_sqlite3.node');
    const store = openStore(join(dir, 'bound.db'), { nativeBinding: nodeBuild });
    expect(store.integrityCheck()).toBe('ok');
    store.close();
    expect(() => openStore(join(dir, 'unbound.db'), { nativeBinding: join(dir, 'missing', 'better_sqlite3.node') })).toThrow(/Cannot find module/);
  });
});
