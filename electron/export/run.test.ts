import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportRecord, Selection } from '../../shared/api/contract';
import { EXPORT_FORMATS } from '../../shared/api/contract';
import { FIXTURE_ARTICLES } from '../../shared/export/fixtures';
import { createHandlers } from '../api/handlers';
import { testContext } from '../services/testing';
import { writeFileAtomic } from './atomic';
import { defaultExportName, runExport } from './run';
import type { ExportDeps } from './run';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-export-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function fakeDeps(defaultDir: string) {
  const selections: Selection[] = [];
  const records: ExportRecord[] = [];
  const deps: ExportDeps = {
    select(selection) {
      selections.push(selection);
      return FIXTURE_ARTICLES;
    },
    record(r) {
      const rec = { ...r, id: records.length + 1, createdAt: '2021-11-24T10:00:00.000Z' };
      records.push(rec);
      return rec;
    },
    defaultDir,
  };
  return { deps, selections, records };
}

describe('runExport', () => {
  it('writes the file with its extension added, records it and reports progress', async () => {
    const { deps, selections, records } = fakeDeps(join(dir, 'unused'));
    const progress: [number, number][] = [];
    const selection: Selection = { status: 'approved', sections: ['产改进行时'] };
    const rec = await runExport(deps, { selection, format: 'jsonl', path: join(dir, 'out') }, (done, total) => progress.push([done, total]));
    expect(rec).toEqual({ id: 1, createdAt: '2021-11-24T10:00:00.000Z', format: 'jsonl', count: 3, path: join(dir, 'out.jsonl'), selection });
    expect(records).toEqual([rec]);
    expect(selections).toEqual([selection]);
    expect(progress).toEqual([
      [0, 3],
      [3, 3],
    ]);
    const lines = (await readFile(join(dir, 'out.jsonl'), 'utf8')).trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).headline)).toEqual(FIXTURE_ARTICLES.map((a) => a.headline));
    expect(await readdir(dir)).toEqual(['out.jsonl']);
  });

  it.each(EXPORT_FORMATS)('writes %s into the default folder, creating it', async (format) => {
    const { deps } = fakeDeps(join(dir, 'exports', 'nested'));
    const rec = await runExport(deps, { selection: {}, format });
    expect(rec.path.startsWith(join(dir, 'exports', 'nested', 'galley-export-'))).toBe(true);
    expect(rec.path.endsWith(`.${format}`)).toBe(true);
    const bytes = await readFile(rec.path);
    expect(bytes.length).toBeGreaterThan(0);
    if (format === 'docx') expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    else expect(bytes.toString('utf8')).toContain('镇海为非公企业工会主席发放履职补贴');
  });

  it('writes into an existing directory given as the path', async () => {
    const { deps } = fakeDeps(join(dir, 'unused'));
    const rec = await runExport(deps, { selection: {}, format: 'csv', path: dir });
    expect(rec.path.startsWith(join(dir, 'galley-export-'))).toBe(true);
    expect((await readFile(rec.path, 'utf8')).startsWith('\ufeffid,')).toBe(true);
  });

  it('keeps the extension when the path has it', async () => {
    const { deps } = fakeDeps(dir);
    const rec = await runExport(deps, { selection: {}, format: 'md', path: join(dir, '导出.MD') });
    expect(rec.path).toBe(join(dir, '导出.MD'));
  });
});

/** A temporary file as an export killed mid-write leaves it: written by a process that was then SIGKILLed. */
async function leftByKilledExport(folder: string, name: string): Promise<string> {
  const child = spawn(process.execPath, ['-e', `require('fs').writeFileSync(require('path').join(${JSON.stringify(folder)}, '.${name}.' + process.pid + '-0123456789ab.tmp'), 'x'.repeat(1e6)); console.log('written'); setInterval(() => {}, 1000);`]);
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
  return `.${name}.${child.pid}-0123456789ab.tmp`;
}

describe('temporary files of killed exports', () => {
  it('are removed by the next export into their folder; a live writer\'s and other hidden files are kept', async () => {
    const killed = await leftByKilledExport(dir, 'out.csv');
    const live = `.other.csv.${process.pid}-abcdefabcdef.tmp`;
    const legacy = '.older.csv.0123456789ab.tmp';
    const recentLegacy = '.recent.csv.0123456789ab.tmp';
    for (const name of [live, legacy, recentLegacy, '.hidden-notes.tmp']) await writeFile(join(dir, name), 'x');
    const hourAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await utimes(join(dir, legacy), hourAgo, hourAgo);
    const { deps } = fakeDeps(dir);
    await runExport(deps, { selection: {}, format: 'csv', path: join(dir, 'out.csv') });
    expect((await readdir(dir)).sort()).toEqual([live, '.hidden-notes.tmp', recentLegacy, 'out.csv'].sort());
    expect(killed).toMatch(/^\.out\.csv\.\d+-0123456789ab\.tmp$/);
  });

  it('are removed at the next start, in the export folder and where earlier exports went', async () => {
    const ctx = testContext();
    try {
      const exportDir = join(ctx.dir, 'exports');
      const elsewhere = join(ctx.dir, 'elsewhere');
      await mkdir(exportDir);
      await mkdir(elsewhere);
      ctx.store.exports.insert({ format: 'csv', count: 0, path: join(elsewhere, 'a.csv'), selection: {}, createdAt: '2021-11-24T10:00:00.000Z' });
      const inDefault = await leftByKilledExport(exportDir, 'galley-export.csv');
      const inElsewhere = await leftByKilledExport(elsewhere, 'a.csv');
      expect(await readdir(exportDir)).toEqual([inDefault]);
      const handlers = createHandlers({ store: ctx.store, bus: ctx.bus, info: { version: 'test', host: 'http', nativeDialogs: false, dbPath: ctx.store.path }, exportDir });
      await handlers['export.count']({ selection: { status: 'all' } }, { transport: 'test' });
      await vi.waitFor(async () => {
        expect(await readdir(exportDir)).toEqual([]);
        expect(await readdir(elsewhere)).toEqual([]);
      });
      expect(inElsewhere).toMatch(/^\.a\.csv\./);
    } finally {
      ctx.dispose();
    }
  });
});

describe('defaultExportName', () => {
  it('stamps the local time', () => {
    expect(defaultExportName('docx', new Date(2021, 10, 22, 8, 30, 5))).toBe('galley-export-20211122-083005.docx');
  });
});

describe('writeFileAtomic', () => {
  it('replaces an existing file', async () => {
    const target = join(dir, 'a.txt');
    await writeFile(target, 'old');
    await writeFileAtomic(target, Buffer.from('新内容'));
    expect(await readFile(target, 'utf8')).toBe('新内容');
    expect(await readdir(dir)).toEqual(['a.txt']);
  });

  it('leaves no temporary file when the rename fails', async () => {
    const target = join(dir, 'taken');
    await mkdir(target);
    await writeFile(join(target, 'inside'), 'x');
    await expect(writeFileAtomic(target, Buffer.from('data'))).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['taken']);
    expect(await readdir(target)).toEqual(['inside']);
  });

  it('fails without writing when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'a.txt'), Buffer.from('x'))).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});
