import { link, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventBus } from '../../shared/api/bus';
import { API_METHODS } from '../../shared/api/contract';
import type { ApiHandlers, ApiParsedRequest, ExportRecord } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { startHttpHost } from './host';
import type { HttpHost } from './host';

/** A handler table where every method is unsupported unless given. */
function fakeHandlers(overrides: Partial<ApiHandlers>): ApiHandlers {
  const base = Object.fromEntries(
    API_METHODS.map((m) => [
      m,
      () => {
        throw new ApiError('unsupported', `${m} is not part of this test`);
      },
    ]),
  ) as unknown as ApiHandlers;
  return { ...base, ...overrides };
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(port: number, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

let dir: string;
let rendererDir: string;
let allowed: string;
let outside: string;
let host: HttpHost;
const bus = new EventBus();
const seen: { importPaths: ApiParsedRequest<'import.paths'>[]; exportRuns: ApiParsedRequest<'export.run'>[] } = { importPaths: [], exportRuns: [] };
let exportFile: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-http-'));
  rendererDir = join(dir, 'renderer');
  allowed = join(dir, 'allowed');
  outside = join(dir, 'outside');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await mkdir(allowed);
  await mkdir(outside);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Galley</title><script type="module" src="/assets/app.js"></script>');
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log("desk")');
  await writeFile(join(rendererDir, 'assets', 'style.css'), 'body{}');
  await writeFile(join(dir, 'secret.txt'), 'top secret');
  await symlink(join(dir, 'secret.txt'), join(rendererDir, 'assets', 'leak.txt'));
  await symlink(outside, join(allowed, 'escape'));
  exportFile = join(allowed, '导出 1.csv');
  await writeFile(exportFile, '\ufeffid,headline\r\n1,标题\r\n');
  // Exports whose files were swapped after they were written: for a symlink, a hard link, a folder leading elsewhere.
  const swapped = join(allowed, 'swapped');
  await mkdir(swapped);
  await symlink(join(dir, 'secret.txt'), join(swapped, 'link.csv'));
  await link(join(dir, 'secret.txt'), join(swapped, 'hard.csv'));
  await writeFile(join(outside, 'moved.csv'), 'top secret');
  await symlink(outside, join(allowed, 'was-a-folder'));
  const record = (id: number, path: string): ExportRecord => ({ id, createdAt: '2021-11-24T10:00:00.000Z', format: 'csv', count: 1, path, selection: { status: 'approved' } });
  const records: ExportRecord[] = [
    record(7, exportFile),
    record(9, join(swapped, 'link.csv')),
    record(10, join(swapped, 'hard.csv')),
    record(11, join(allowed, 'was-a-folder', 'moved.csv')),
  ];
  host = await startHttpHost({
    rendererDir,
    bus,
    allowedRoots: [allowed],
    home: allowed,
    bodyLimit: 64 * 1024,
    handlers: fakeHandlers({
      'app.info': () => ({ version: '0.1.0', host: 'http', nativeDialogs: false, dbPath: '/tmp/x.db' }),
      'articles.get': ({ id }) => {
        throw new ApiError('conflict', `article ${id} changed`);
      },
      'import.paths': (req) => {
        seen.importPaths.push(req);
        return { batchId: null, batchName: null, files: [] };
      },
      'import.files': (req) => ({ batchId: 1, batchName: req.batch ?? null, files: [] }),
      'export.run': (req) => {
        seen.exportRuns.push(req);
        return { id: 8, createdAt: '2021-11-24T10:00:00.000Z', format: req.format, count: 0, path: req.path ?? '', selection: req.selection };
      },
      'export.history': () => records,
    }),
  });
});

afterAll(async () => {
  await host.close();
  await rm(dir, { recursive: true, force: true });
});

const json = (body: unknown) => JSON.stringify(body);
function call(method: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return send(host.port, { method: 'POST', path: `/api/call/${method}`, headers: { 'Content-Type': 'application/json', 'X-Galley-Token': host.token, ...headers }, body: json(body) });
}

describe('startHttpHost', () => {
  it('prints a loopback URL carrying a long random token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('round-trips a valid call', async () => {
    const r = await call('app.info', {});
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(r.body)).toEqual({ ok: true, value: { version: '0.1.0', host: 'http', nativeDialogs: false, dbPath: '/tmp/x.db' } });
  });

  it('answers a validation error with an invalid-request envelope and 400', async () => {
    const r = await call('articles.get', { id: -1 });
    expect(r.status).toBe(400);
    const env = JSON.parse(r.body);
    expect(env.ok).toBe(false);
    expect(env.error.code).toBe('invalid-request');
    expect(env.error.message).toMatch(/id/);
  });

  it('maps handler errors and unknown methods to statuses', async () => {
    const conflict = await call('articles.get', { id: 3 });
    expect(conflict.status).toBe(409);
    expect(JSON.parse(conflict.body).error).toEqual({ code: 'conflict', message: 'article 3 changed' });
    expect((await call('no.such', {})).status).toBe(404);
    expect((await call('tags.list', {})).status).toBe(501);
  });

  it('refuses a call without the token (401) or with a wrong one (403)', async () => {
    const missing = await send(host.port, { method: 'POST', path: '/api/call/app.info', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.body).error.code).toBe('forbidden');
    expect((await call('app.info', {}, { 'X-Galley-Token': 'x'.repeat(host.token.length) })).status).toBe(403);
    expect((await call('app.info', {}, { 'X-Galley-Token': 'short' })).status).toBe(403);
  });

  it('does not take the token from the query string of a POST', async () => {
    const r = await send(host.port, { method: 'POST', path: `/api/call/app.info?token=${host.token}`, headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(r.status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding), on the API and the page', async () => {
    const api = await call('app.info', {}, { Host: `evil.example:${host.port}` });
    expect(api.status).toBe(403);
    const page = await send(host.port, { path: `/?token=${host.token}`, headers: { Host: `evil.example:${host.port}` } });
    expect(page.status).toBe(403);
    expect((await call('app.info', {}, { Host: `127.0.0.1:${host.port + 1}` })).status).toBe(403);
    expect((await call('app.info', {}, { Host: `localhost:${host.port}` })).status).toBe(200);
  });

  it('refuses a foreign Origin on a POST and accepts its own', async () => {
    expect((await call('app.info', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await call('app.info', {}, { Origin: 'null' })).status).toBe(403);
    expect((await call('app.info', {}, { Origin: `http://localhost:${host.port}` })).status).toBe(403);
    expect((await call('app.info', {}, { Origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
  });

  it('refuses bodies that are not JSON, malformed or too large', async () => {
    const form = await send(host.port, { method: 'POST', path: '/api/call/app.info', headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Galley-Token': host.token }, body: 'a=1' });
    expect(form.status).toBe(415);
    const bad = await send(host.port, { method: 'POST', path: '/api/call/app.info', headers: { 'Content-Type': 'application/json', 'X-Galley-Token': host.token }, body: '{not json' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.code).toBe('invalid-request');
    const big = await call('import.files', { files: [{ name: 'a.txt', base64: 'A'.repeat(128 * 1024) }] });
    expect(big.status).toBe(413);
    const small = await call('import.files', { files: [{ name: 'a.txt', base64: 'AAAA' }], batch: '批次' });
    expect(JSON.parse(small.body)).toEqual({ ok: true, value: { batchId: 1, batchName: '批次', files: [] } });
  });

  it('refuses GET on the call endpoint', async () => {
    const r = await send(host.port, { path: '/api/call/app.info', headers: { 'X-Galley-Token': host.token } });
    expect(r.status).toBe(405);
  });
});

describe('paths given to import and export', () => {
  it('passes paths inside the allowed roots to the handlers', async () => {
    const r = await call('import.paths', { paths: [join(allowed, 'pages'), allowed] });
    expect(r.status).toBe(200);
    expect(seen.importPaths.at(-1)?.paths).toEqual([join(allowed, 'pages'), allowed]);
    expect((await call('export.run', { selection: {}, format: 'csv', path: join(allowed, 'new', 'out.csv') })).status).toBe(200);
    expect((await call('export.run', { selection: {}, format: 'csv' })).status).toBe(200);
  });

  it('accepts a name that merely starts with two dots, directly in a root', async () => {
    const path = join(allowed, '..dotdot-name.txt');
    const r = await call('import.paths', { paths: [path] });
    expect(r.status).toBe(200);
    expect(seen.importPaths.at(-1)?.paths).toEqual([path]);
    expect((await call('export.run', { selection: {}, format: 'csv', path: join(allowed, '..out.csv') })).status).toBe(200);
  });

  it('reads a leading ~ as the home folder, and refuses ~name', async () => {
    const r = await call('import.paths', { paths: ['~/pages', '~'] });
    expect(r.status).toBe(200);
    expect(seen.importPaths.at(-1)?.paths).toEqual([join(allowed, 'pages'), allowed]);
    expect((await call('export.run', { selection: {}, format: 'csv', path: '~/out.csv' })).status).toBe(200);
    expect(seen.exportRuns.at(-1)?.path).toBe(join(allowed, 'out.csv'));
    const other = await call('import.paths', { paths: ['~root/x.txt'] });
    expect(other.status).toBe(403);
    expect(JSON.parse(other.body).error.message).toMatch(/~/);
  });

  it.each([
    ['outside the roots', () => join(outside, 'x.txt')],
    ['climbing with ..', () => `${allowed}/../outside/x.txt`],
    ['climbing with .. that ends inside', () => `${allowed}/sub/../x.txt`],
    ['through a symlink leaving the roots', () => join(allowed, 'escape', 'x.txt')],
    ['at the file system root', () => '/'],
  ])('refuses a path %s', async (_label, path) => {
    const importedBefore = seen.importPaths.length;
    const exportedBefore = seen.exportRuns.length;
    const imp = await call('import.paths', { paths: [allowed, path()] });
    expect(imp.status).toBe(403);
    expect(JSON.parse(imp.body).error.code).toBe('forbidden');
    // The refused path travels with the refusal, so the desk does not take it for a token problem.
    expect(JSON.parse(imp.body).error.details).toEqual({ path: path() });
    const exp = await call('export.run', { selection: {}, format: 'json', path: path() });
    expect(exp.status).toBe(403);
    expect(JSON.parse(exp.body).error.details).toEqual({ path: path() });
    expect(seen.importPaths.length).toBe(importedBefore);
    expect(seen.exportRuns.length).toBe(exportedBefore);
  });
});

describe('static files', () => {
  it('serves the page only with the token, and sets a cookie that later authenticates', async () => {
    expect((await send(host.port, { path: '/' })).status).toBe(401);
    expect((await send(host.port, { path: '/?token=wrong' })).status).toBe(403);
    const page = await send(host.port, { path: `/?token=${host.token}` });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('<title>Galley</title>');
    const cookie = String(page.headers['set-cookie']).split(';')[0];
    expect(String(page.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    const reload = await send(host.port, { path: '/index.html', headers: { Cookie: cookie } });
    expect(reload.status).toBe(200);
    const api = await send(host.port, { method: 'POST', path: '/api/call/app.info', headers: { 'Content-Type': 'application/json', Cookie: cookie }, body: '{}' });
    expect(api.status).toBe(200);
  });

  it.each(['//index.html', '/index.html/', '/%69ndex.html', '//', '/index.html'])('needs the token for the page spelt %s', async (path) => {
    const r = await send(host.port, { path });
    expect(r.status).toBe(401);
    expect(r.body).not.toContain('<title>Galley</title>');
    const withToken = await send(host.port, { path: `${path}?token=${host.token}` });
    expect(withToken.status).toBe(200);
    expect(withToken.body).toContain('<title>Galley</title>');
  });

  it('sends the security headers', async () => {
    const page = await send(host.port, { path: `/?token=${host.token}` });
    expect(page.headers['content-security-policy']).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    const api = await call('app.info', {});
    expect(api.headers['content-security-policy']).toBeDefined();
    expect(api.headers['cache-control']).toBe('no-store');
  });

  it('serves assets with their content types, without the token', async () => {
    const js = await send(host.port, { path: '/assets/app.js' });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.body).toBe('console.log("desk")');
    expect((await send(host.port, { path: '/assets/style.css' })).headers['content-type']).toBe('text/css; charset=utf-8');
    const head = await send(host.port, { method: 'HEAD', path: '/assets/app.js' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/..%5c..%5csecret.txt', '/assets/leak.txt', '/%00', '/%E0%A4%A'])(
    'refuses traversal %s',
    async (path) => {
      const r = await send(host.port, { path });
      expect([400, 403]).toContain(r.status);
      expect(r.body).not.toContain('top secret');
    },
  );

  it('lists no directories and answers 404 for missing files', async () => {
    expect((await send(host.port, { path: '/assets/' })).status).toBe(404);
    expect((await send(host.port, { path: '/assets' })).status).toBe(404);
    expect((await send(host.port, { path: '/nope.js' })).status).toBe(404);
  });

  it('refuses other methods', async () => {
    expect((await send(host.port, { method: 'PUT', path: '/assets/app.js', body: 'x' })).status).toBe(405);
  });
});

describe('exports download', () => {
  it('streams a recorded export as an attachment', async () => {
    const r = await send(host.port, { path: `/api/exports/7/file?token=${host.token}` });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(r.headers['content-disposition']).toBe(`attachment; filename="__ 1.csv"; filename*=UTF-8''${encodeURIComponent('导出 1.csv')}`);
    expect(r.body).toBe('\ufeffid,headline\r\n1,标题\r\n');
  });

  it.each([
    [9, 'a symlink'],
    [10, 'a hard link'],
    [11, 'a symlinked folder'],
  ])('refuses export %i: %s put there since it was written', async (id) => {
    for (const method of ['GET', 'HEAD']) {
      const r = await send(host.port, { method, path: `/api/exports/${id}/file`, headers: { 'X-Galley-Token': host.token } });
      expect(r.status).toBe(404);
      expect(r.body).not.toContain('top secret');
    }
  });

  it('needs the token and a known id', async () => {
    expect((await send(host.port, { path: '/api/exports/7/file' })).status).toBe(401);
    expect((await send(host.port, { path: `/api/exports/99/file?token=${host.token}` })).status).toBe(404);
  });
});

describe('events', () => {
  it('needs the token', async () => {
    expect((await send(host.port, { path: '/api/events' })).status).toBe(401);
  });

  it('forwards emitted events as Server-Sent Events', async () => {
    const received = await new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: host.port, path: `/api/events?token=${host.token}` }, (res) => {
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
          if (text.includes(': connected')) bus.emit('article.changed', { id: 5, revision: 2, status: 'approved', warningCount: 1 });
          if (text.includes('event: article.changed')) {
            req.destroy();
            resolve(text);
          }
        });
      });
      req.on('error', reject);
      req.end();
    });
    expect(received).toContain('event: article.changed\ndata: {"id":5,"revision":2,"status":"approved","warningCount":1}\n\n');
  });
});

describe('large uploads', () => {
  it('take their turn: one large body at a time, while small calls go on', async () => {
    let active = 0;
    let most = 0;
    const finished: string[] = [];
    const gated = await startHttpHost({
      rendererDir,
      bus: new EventBus(),
      allowedRoots: [allowed],
      bodyLimit: 256 * 1024,
      largeBody: 16 * 1024,
      uploadBudget: 100 * 1024,
      handlers: fakeHandlers({
        'app.info': () => ({ version: '0.1.0', host: 'http', nativeDialogs: false, dbPath: '/tmp/x.db' }),
        'import.files': async (req) => {
          active++;
          most = Math.max(most, active);
          await new Promise((resolve) => setTimeout(resolve, 60));
          active--;
          finished.push(req.batch ?? '');
          return { batchId: 1, batchName: req.batch ?? null, files: [] };
        },
      }),
    });
    try {
      const upload = (batch: string) =>
        send(gated.port, {
          method: 'POST',
          path: '/api/call/import.files',
          headers: { 'Content-Type': 'application/json', 'X-Galley-Token': gated.token },
          body: json({ batch, files: [{ name: 'a.txt', base64: 'QUFB'.repeat(20 * 1024) }] }),
        });
      const uploads = ['1', '2', '3', '4'].map(upload);
      const small = await send(gated.port, { method: 'POST', path: '/api/call/app.info', headers: { 'Content-Type': 'application/json', 'X-Galley-Token': gated.token }, body: '{}' });
      expect(small.status).toBe(200);
      expect(finished.length).toBeLessThan(4);
      expect((await Promise.all(uploads)).map((r) => r.status)).toEqual([200, 200, 200, 200]);
      expect(most).toBe(1);
      expect(finished.sort()).toEqual(['1', '2', '3', '4']);
    } finally {
      await gated.close();
    }
  });
});

describe('close', () => {
  it('ends open event streams and stops listening', async () => {
    const other = await startHttpHost({ rendererDir, bus: new EventBus(), handlers: fakeHandlers({}), allowedRoots: [allowed] });
    const ended = new Promise<void>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: other.port, path: `/api/events?token=${other.token}` }, (res) => {
        res.resume();
        res.on('end', () => resolve());
        res.once('data', () => void other.close());
      });
      req.on('error', reject);
      req.end();
    });
    await ended;
    await expect(send(other.port, { path: '/assets/app.js' })).rejects.toThrow();
  });
});
