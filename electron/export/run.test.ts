import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportRecord, Selection } from '../../shared/api/contract';
import { EXPORT_FORMATS } from '../../shared/api/contract';
import { FIXTURE_ARTICLES } from '../../shared/export/fixtures';
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
