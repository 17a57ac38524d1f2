import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronBindingPath, RUNTIME_PROBE, SQLITE_BINDING_ENV, type ElectronRuntime } from '../platform/sqliteBinding';
import { ensureElectronSqlite, errorLine, loadCheckScript, planStart, rebuildCommand, rebuildEnv, rebuildLogPath, spawnRun, type Run, type RunResult } from './electronSqlite';

const ELECTRON = '/opt/electron/electron';
const NODE = '/usr/bin/node';
const runtime: ElectronRuntime = { electron: '38.2.0', modules: '139', platform: 'linux', arch: 'x64' };

let base: string;
let appRoot: string;
let temp: string;

function put(path: string, content = ''): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'galley-esqlite-'));
  appRoot = join(base, 'app');
  temp = join(base, 'tmp');
  mkdirSync(temp);
  put(join(appRoot, 'package.json'), '{"name":"galley"}');
  const sqlite = join(appRoot, 'node_modules', 'better-sqlite3');
  put(join(sqlite, 'package.json'), '{"name":"better-sqlite3","version":"12.4.1"}');
  put(join(sqlite, 'lib', 'index.js'), 'module.exports = {}');
  put(join(sqlite, 'deps', 'sqlite3', 'sqlite3.c'), '/* sqlite */');
  put(join(sqlite, 'build', 'Release', 'better_sqlite3.node'), 'node build');
  const rebuild = join(appRoot, 'node_modules', '@electron', 'rebuild');
  put(join(rebuild, 'package.json'), '{"name":"@electron/rebuild","type":"module","exports":"./lib/main.js"}');
  put(join(rebuild, 'lib', 'main.js'), '');
  put(join(rebuild, 'lib', 'cli.js'), '');
  put(join(appRoot, 'node_modules', 'prebuild-install', 'bin.js'), '');
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

interface Call {
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** A stand-in for spawn: Electron answers the probe and the load check; @electron/rebuild does what `rebuild` says. */
function fakeRun(opts: { rebuild?: (buildDir: string) => RunResult; loads?: boolean; probe?: RunResult; seen?: (buildDir: string) => void } = {}): { run: Run; calls: Call[] } {
  const calls: Call[] = [];
  const ok = (stdout = ''): RunResult => ({ code: 0, stdout, stderr: '' });
  const run: Run = async (command, args, { cwd, env }) => {
    calls.push({ command, args, cwd, env });
    if (command === ELECTRON && args[1] === RUNTIME_PROBE) return opts.probe ?? ok(JSON.stringify(runtime));
    if (command === ELECTRON) return opts.loads === false ? { code: 1, stdout: '', stderr: 'Error: NODE_MODULE_VERSION 115' } : ok();
    if (command === NODE) {
      opts.seen?.(cwd);
      if (opts.rebuild) return opts.rebuild(cwd);
      put(join(cwd, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'), 'electron build');
      return ok();
    }
    throw new Error(`unexpected command ${command}`);
  };
  return { run, calls };
}

function ensure(run: Run, said: string[] = [], env: NodeJS.ProcessEnv = { PATH: '/bin' }) {
  return ensureElectronSqlite({ appRoot, electron: ELECTRON, run, say: (line) => said.push(line), env, tempDir: temp, node: NODE });
}

const cached = () => electronBindingPath(appRoot, '12.4.1', runtime);

describe('ensureElectronSqlite', () => {
  it('uses the cached build without rebuilding or saying anything', async () => {
    put(cached(), 'electron build');
    const { run, calls } = fakeRun();
    const said: string[] = [];
    expect(await ensure(run, said)).toEqual({ ok: true, path: cached() });
    expect(calls.map((c) => c.command)).toEqual([ELECTRON]);
    expect(calls[0]?.env.ELECTRON_RUN_AS_NODE).toBe('1');
    expect(said).toEqual([]);
  });

  it('builds a missing one from a copy, checks it loads in Electron, and caches it', async () => {
    let folder: Record<string, unknown> = {};
    const { run, calls } = fakeRun({
      seen: (dir) => {
        const copy = join(dir, 'node_modules', 'better-sqlite3');
        folder = {
          lib: existsSync(join(copy, 'lib', 'index.js')),
          deps: existsSync(join(copy, 'deps', 'sqlite3', 'sqlite3.c')),
          nodeBuild: existsSync(join(copy, 'build')),
          lockFile: existsSync(join(dir, 'package-lock.json')),
          dependencies: (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies: unknown }).dependencies,
          prebuildInstall: lstatSync(join(dir, 'node_modules', 'prebuild-install')).isSymbolicLink(),
        };
      },
    });
    const said: string[] = [];
    const result = await ensure(run, said, { PATH: '/bin', npm_config_nodedir: '/usr/include/node', ELECTRON_RUN_AS_NODE: '1' });

    expect(result).toEqual({ ok: true, path: cached() });
    expect(readFileSync(cached(), 'utf8')).toBe('electron build');
    // Node's build stays where the CLI and the tests load it.
    expect(readFileSync(join(appRoot, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'), 'utf8')).toBe('node build');
    expect(folder).toEqual({ lib: true, deps: true, nodeBuild: false, lockFile: true, dependencies: { 'better-sqlite3': '12.4.1' }, prebuildInstall: true });

    const [, rebuild, check] = calls;
    expect(rebuild?.args).toEqual(rebuildCommand(NODE, join(appRoot, 'node_modules', '@electron', 'rebuild', 'lib', 'cli.js'), rebuild?.cwd ?? '', runtime).args);
    expect(rebuild?.env).toEqual({ PATH: '/bin' });
    expect(check?.command).toBe(ELECTRON);
    expect(check?.args[1]).toContain(join(rebuild?.cwd ?? '', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'));
    expect(readdirSync(temp)).toEqual([]);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/better-sqlite3 12\.4\.1 for Electron 38\.2\.0 \(ABI 139\)/);
  });

  it('builds again for another Electron release', async () => {
    put(cached(), 'electron build');
    const next = { ...runtime, electron: '39.0.0', modules: '140' };
    const { run, calls } = fakeRun({ probe: { code: 0, stdout: JSON.stringify(next), stderr: '' } });
    expect(await ensure(run)).toEqual({ ok: true, path: electronBindingPath(appRoot, '12.4.1', next) });
    expect(calls.some((c) => c.command === NODE)).toBe(true);
  });

  it('reports a failed rebuild with the end of its output, caching nothing', async () => {
    const { run } = fakeRun({ rebuild: () => ({ code: 1, stdout: '', stderr: 'Searching dependency tree\nprebuild-install warn\ngyp ERR! getaddrinfo ENOTFOUND electronjs.org' }) });
    const result = await ensure(run);
    expect(result).toEqual({ ok: false, reason: `@electron/rebuild failed (exit 1); its output is in ${join('node_modules', '.cache', 'galley', 'electron-rebuild.log')}` });
    const log = readFileSync(rebuildLogPath(appRoot), 'utf8');
    expect(log).toContain(`--version ${runtime.electron}`);
    expect(log).toContain('gyp ERR! getaddrinfo ENOTFOUND electronjs.org');
    expect(existsSync(cached())).toBe(false);
    expect(readdirSync(temp)).toEqual([]);
  });

  it('refuses a rebuild that left no module', async () => {
    const { run } = fakeRun({ rebuild: () => ({ code: 0, stdout: '', stderr: '' }) });
    expect(await ensure(run)).toMatchObject({ ok: false, reason: expect.stringMatching(/left no/) });
    expect(existsSync(cached())).toBe(false);
  });

  it('caches nothing that does not load in Electron', async () => {
    const { run } = fakeRun({ loads: false });
    expect(await ensure(run)).toMatchObject({ ok: false, reason: expect.stringMatching(/does not load in Electron: Error: NODE_MODULE_VERSION 115 \(more in .*electron-rebuild\.log\)/) });
    expect(readFileSync(rebuildLogPath(appRoot), 'utf8')).toContain('NODE_MODULE_VERSION 115');
    expect(existsSync(cached())).toBe(false);
  });

  it('reports an Electron that does not run as Node', async () => {
    const { run, calls } = fakeRun({ probe: { code: 1, stdout: '', stderr: 'segfault' } });
    expect(await ensure(run)).toMatchObject({ ok: false, reason: expect.stringMatching(/did not run as Node.*segfault/) });
    expect(calls).toHaveLength(1);
  });

  it('reports a missing @electron/rebuild without running anything more', async () => {
    rmSync(join(appRoot, 'node_modules', '@electron'), { recursive: true });
    const { run, calls } = fakeRun();
    expect(await ensure(run)).toMatchObject({ ok: false, reason: expect.stringMatching(/@electron\/rebuild is not installed/) });
    expect(calls).toHaveLength(1);
  });
});

describe('planStart', () => {
  const never = async () => {
    throw new Error('must not build without Electron');
  };

  it('opens the browser host where the binary is missing or no window can open', async () => {
    expect(await planStart({ ok: false, problem: 'missing', reason: 'not downloaded' }, never)).toEqual({ host: 'browser', why: 'The Electron binary is missing (not downloaded)' });
    expect(await planStart({ ok: false, problem: 'no-display', reason: 'DISPLAY is unset' }, never)).toEqual({ host: 'browser', why: 'Electron cannot open a window here (DISPLAY is unset)' });
  });

  it('starts Electron with the binding named in its environment', async () => {
    const plan = await planStart({ ok: true, binary: ELECTRON }, async (binary) => ({ ok: true, path: `${binary}.sqlite.node` }));
    expect(plan).toEqual({ host: 'electron', binary: ELECTRON, env: { [SQLITE_BINDING_ENV]: `${ELECTRON}.sqlite.node` } });
  });

  it('falls back to the browser host when the binding cannot be built', async () => {
    const plan = await planStart({ ok: true, binary: ELECTRON }, async () => ({ ok: false, reason: 'offline' }));
    expect(plan).toEqual({ host: 'browser', why: 'better-sqlite3 could not be built for Electron (offline)' });
  });
});

describe('errorLine', () => {
  it("picks the error out of a crashed Node program's output", () => {
    const crash = "node:internal/modules/cjs/loader:1460\n  return process.dlopen(module, path.toNamespacedPath(filename));\n                 ^\n\nError: The module 'x.node' was compiled against a different Node.js version\n    at Module._extensions..node (node:internal/modules/cjs/loader:1460:18)";
    expect(errorLine(crash)).toBe("Error: The module 'x.node' was compiled against a different Node.js version");
    expect(errorLine('\nTypeError: x is not a function\n')).toBe('TypeError: x is not a function');
    expect(errorLine('\n  killed by signal\n')).toBe('killed by signal');
  });
});

describe('rebuildEnv', () => {
  it("drops npm's Node-targeting settings and Electron's Node mode, keeping the rest", () => {
    const env = { PATH: '/bin', npm_config_nodedir: '/n', NPM_CONFIG_TARGET: '20.0.0', npm_config_runtime: 'node', npm_config_cache: '/c', ELECTRON_RUN_AS_NODE: '1' };
    expect(rebuildEnv(env)).toEqual({ PATH: '/bin', npm_config_cache: '/c' });
  });
});

describe('spawnRun and loadCheckScript', () => {
  const repo = resolve(import.meta.dirname, '..', '..');

  it('collects the output and exit code of a real program, and reports one that cannot start', async () => {
    expect(await spawnRun(process.execPath, ['-e', "process.stdout.write('out'); process.stderr.write('err'); process.exit(3)"], { cwd: repo, env: process.env })).toEqual({
      code: 3,
      stdout: 'out',
      stderr: 'err',
    });
    expect(await spawnRun(join(base, 'no-such-program'), [], { cwd: repo, env: process.env })).toMatchObject({ code: null, stderr: expect.stringMatching(/ENOENT/) });
  });

  it('loads a binding in a runtime, and fails on one that is not there (checked here in Node with Node’s build)', async () => {
    const nodeBuild = join(createRequire(import.meta.url).resolve('better-sqlite3'), '..', '..', 'build', 'Release', 'better_sqlite3.node');
    expect((await spawnRun(process.execPath, ['-e', loadCheckScript(nodeBuild)], { cwd: repo, env: process.env })).code).toBe(0);
    expect((await spawnRun(process.execPath, ['-e', loadCheckScript(join(base, 'none.node'))], { cwd: repo, env: process.env })).code).not.toBe(0);
  });
});
