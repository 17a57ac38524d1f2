// The HTTP host over the real backend: createHandlers on a temporary store, driven with fetch like the page does.
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventBus } from '../../shared/api/bus';
import type { ApiEvents, Envelope } from '../../shared/api/contract';
import { createHandlers } from '../api/handlers';
import { openStore } from '../store/store';
import type { Store } from '../store/repositories';
import { startHttpHost } from './host';
import type { HttpHost } from './host';

const SAMPLES = join(import.meta.dirname, '..', '..', 'resources', 'samples');

let dir: string;
let allowed: string;
let store: Store;
let host: HttpHost;
let sampleFiles: string[];
const events: { name: string; data: unknown }[] = [];
let closeEvents: () => void;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-http-backend-'));
  allowed = join(dir, 'allowed');
  await mkdir(allowed);
  await mkdir(join(dir, 'renderer'));
  await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Galley</title>');
  sampleFiles = (await readdir(SAMPLES)).filter((f) => f.endsWith('.txt')).sort();
  store = openStore(join(dir, 'galley.db'));
  const bus = new EventBus();
  const handlers = createHandlers({ store, bus, info: { version: '0.1.0', host: 'http', nativeDialogs: false, dbPath: store.path }, exportDir: join(allowed, 'exports') });
  host = await startHttpHost({ handlers, bus, rendererDir: join(dir, 'renderer'), allowedRoots: [allowed] });
  await new Promise<void>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path: `/api/events?token=${host.token}` }, (res) => {
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const name = /^event: (.+)$/m.exec(block)?.[1];
          const data = /^data: (.+)$/m.exec(block)?.[1];
          if (name && data) events.push({ name, data: JSON.parse(data) });
        }
        resolve();
      });
    });
    req.on('error', reject);
    req.end();
    closeEvents = () => req.destroy();
  });
});

afterAll(async () => {
  closeEvents();
  await host.close();
  store.close();
  await rm(dir, { recursive: true, force: true });
});

async function call<T>(method: string, body: unknown): Promise<{ status: number; envelope: Envelope<T> }> {
  const res = await fetch(`http://127.0.0.1:${host.port}/api/call/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Galley-Token': host.token },
    body: JSON.stringify(body),
  });
  return { status: res.status, envelope: (await res.json()) as Envelope<T> };
}

describe('HTTP host on the real backend', () => {
  it('imports uploaded files and streams import progress over SSE', async () => {
    const files = await Promise.all(sampleFiles.slice(0, 2).map(async (name) => ({ name, base64: (await readFile(join(SAMPLES, name))).toString('base64') })));
    const { status, envelope } = await call<{ files: { status: string }[] }>('import.files', { files, batch: '上传' });
    expect(status).toBe(200);
    expect(envelope.ok && envelope.value.files.map((f) => f.status)).toEqual(['imported', 'imported']);
    await expect.poll(() => events.filter((e) => e.name === 'import.progress').length).toBeGreaterThanOrEqual(2);
    const progress = events.filter((e) => e.name === 'import.progress').map((e) => e.data as ApiEvents['import.progress']);
    expect(progress.some((p) => p.status === 'imported' && p.file === sampleFiles[0] && p.total === 2)).toBe(true);
  });

  it('imports paths inside the allowed folder and refuses the same files elsewhere', async () => {
    const outside = await call('import.paths', { paths: [join(SAMPLES, sampleFiles[2])] });
    expect(outside.status).toBe(403);
    await copyFile(join(SAMPLES, sampleFiles[2]), join(allowed, sampleFiles[2]));
    const inside = await call<{ files: { status: string }[] }>('import.paths', { paths: [join(allowed, sampleFiles[2])], batch: '上传' });
    expect(inside.status).toBe(200);
    expect(inside.envelope.ok && inside.envelope.value.files[0].status).toBe('imported');
  });

  it('answers a stale save with 409 conflict', async () => {
    const list = await call<{ id: number; revision: number }[]>('articles.list', {});
    expect(list.envelope.ok).toBe(true);
    const [first] = list.envelope.ok ? list.envelope.value : [];
    const saved = await call('articles.save', { id: first.id, baseRevision: first.revision, text: '改过的正文' });
    expect(saved.status).toBe(200);
    const stale = await call('articles.save', { id: first.id, baseRevision: first.revision, text: '过时的修改' });
    expect(stale.status).toBe(409);
    expect(!stale.envelope.ok && stale.envelope.error.code).toBe('conflict');
  });

  it('exports inside the allowed folder, refuses outside, and serves the file for download', async () => {
    const refused = await call('export.run', { selection: { status: 'all' }, format: 'csv', path: join(dir, 'outside.csv') });
    expect(refused.status).toBe(403);
    expect(await readdir(dir)).not.toContain('outside.csv');

    const ran = await call<{ id: number; path: string; count: number }>('export.run', { selection: { status: 'all' }, format: 'csv', path: join(allowed, '全部') });
    expect(ran.status).toBe(200);
    if (!ran.envelope.ok) throw new Error(ran.envelope.error.message);
    const record = ran.envelope.value;
    expect(record.path).toBe(join(allowed, '全部.csv'));
    expect(events.some((e) => e.name === 'export.progress')).toBe(true);

    const download = await fetch(`http://127.0.0.1:${host.port}/api/exports/${record.id}/file?token=${host.token}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('全部.csv')}`);
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(bytes.equals(await readFile(record.path))).toBe(true);
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));

    const byDefault = await call<{ path: string }>('export.run', { selection: { status: 'all' }, format: 'md' });
    expect(byDefault.envelope.ok && byDefault.envelope.value.path.startsWith(join(allowed, 'exports'))).toBe(true);
  });

  it('reports native dialogs as unsupported', async () => {
    const r = await call('dialog.openPaths', {});
    expect(r.status).toBe(501);
  });
});
