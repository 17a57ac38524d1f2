import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiHandlers, ApiParsedRequest } from '../../shared/api/contract';
import { confineToChosenPaths } from './chosenPaths';
import { createCallHandler } from './ipc';
import type { FrameLike } from './sender';

const frame: FrameLike = { url: 'app://galley/index.html', origin: 'app://galley', parent: null, processId: 3, routingId: 7 };

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-chosen-'));
  await mkdir(join(dir, 'chosen', 'sub'), { recursive: true });
  await writeFile(join(dir, 'chosen', 'sub', '1.txt'), '一');
  await writeFile(join(dir, 'other.txt'), '二');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A desk's IPC call channel whose dialogs answer `open` and `save`, recording what reached import and export. */
function desk(open: string[], save: string | null) {
  const imported: ApiParsedRequest<'import.paths'>[] = [];
  const exported: ApiParsedRequest<'export.run'>[] = [];
  const handlers = {
    'dialog.openPaths': () => ({ paths: open }),
    'dialog.savePath': () => ({ path: save }),
    'import.paths': (req: ApiParsedRequest<'import.paths'>) => {
      imported.push(req);
      return { batchId: null, batchName: null, files: [] };
    },
    'export.layout': (req: ApiParsedRequest<'export.layout'>) => ({ files: [req.dir], skipped: [], mets: null }),
    'export.run': (req: ApiParsedRequest<'export.run'>) => {
      exported.push(req);
      return { id: 1, createdAt: '', format: req.format, count: 0, path: req.path ?? '', selection: req.selection };
    },
  } as unknown as ApiHandlers;
  const call = createCallHandler({ handlers: confineToChosenPaths(handlers), mainFrame: () => frame });
  return { call: (method: string, payload: unknown) => call(frame, method, payload), imported, exported };
}

describe('confineToChosenPaths', () => {
  it('refuses import.paths for anything not chosen in a dialog this session', async () => {
    const d = desk([join(dir, 'chosen')], null);
    expect(await d.call('import.paths', { paths: [join(dir, 'other.txt')] })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await d.call('import.paths', { paths: [join(dir, 'chosen')] })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(d.imported).toHaveLength(0);
  });

  it('accepts what the open dialog returned, and what lies inside a chosen folder', async () => {
    const d = desk([join(dir, 'chosen')], null);
    await d.call('dialog.openPaths', { directories: true });
    expect(await d.call('import.paths', { paths: [join(dir, 'chosen')] })).toMatchObject({ ok: true });
    expect(await d.call('import.paths', { paths: [join(dir, 'chosen', 'sub', '1.txt')] })).toMatchObject({ ok: true });
    expect(await d.call('import.paths', { paths: [join(dir, 'chosen', '..', 'other.txt')] })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await d.call('import.paths', { paths: [join(dir, 'other.txt')] })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(d.imported).toHaveLength(2);
  });

  it('lets export.run write only where the save dialog chose, or to the export folder when given no path', async () => {
    const target = join(dir, 'out.csv');
    const d = desk([], target);
    expect(await d.call('export.run', { selection: {}, format: 'csv', path: target })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await d.call('export.run', { selection: {}, format: 'csv' })).toMatchObject({ ok: true });
    await d.call('dialog.savePath', { defaultName: 'out.csv' });
    expect(await d.call('export.run', { selection: {}, format: 'csv', path: target })).toMatchObject({ ok: true });
    expect(await d.call('export.run', { selection: {}, format: 'csv', path: join(dir, 'elsewhere.csv') })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(d.exported.map((r) => r.path)).toEqual([undefined, target]);
  });

  it('lets export.layout write only into a folder the open dialog chose', async () => {
    const d = desk([join(dir, 'chosen')], null);
    const request = (folder: string) => d.call('export.layout', { selection: {}, format: 'alto', dir: folder });
    expect(await request(join(dir, 'chosen'))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await d.call('dialog.openPaths', { directories: true });
    expect(await request(join(dir, 'chosen', 'sub'))).toMatchObject({ ok: true });
    expect(await request(join(dir, 'elsewhere'))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
