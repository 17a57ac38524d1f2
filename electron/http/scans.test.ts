// Page images are served by content hash under /api/scans/: by the HTTP host only with the run's token, by the
// app protocol inside the app's CSP; nothing but a stored scan is ever reached through that path.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventBus } from '../../shared/api/bus';
import { API_METHODS, type ApiHandlers } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { OCR_FIXTURES } from '../../tests/fixtures/ocr';
import { ScanFiles } from '../scans/files';
import { scanUrl } from '../services/scans';
import { createAppProtocolHandler } from '../shell/protocol';
import { startHttpHost, type HttpHost } from './host';

const jpeg = readFileSync(join(OCR_FIXTURES, 'b05_tupian_xinwen.jpg'));
const hash = createHash('sha256').update(jpeg).digest('hex');
let dir: string;
let host: HttpHost;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'galley-scans-'));
  new ScanFiles(join(dir, 'scans')).put(hash, 'jpg', jpeg);
  const handlers = Object.fromEntries(API_METHODS.map((m) => [m, () => Promise.reject(new ApiError('unsupported', m))])) as unknown as ApiHandlers;
  host = await startHttpHost({ handlers, bus: new EventBus(), rendererDir: OCR_FIXTURES, scanDir: join(dir, 'scans') });
});

afterAll(async () => {
  await host.close();
  rmSync(dir, { recursive: true, force: true });
});

const origin = () => `http://127.0.0.1:${host.port}`;

describe('scans over HTTP', () => {
  it('serves a stored image with the token, as its media type', async () => {
    const res = await fetch(`${origin()}${scanUrl(hash, 'jpg')}`, { headers: { 'X-Galley-Token': host.token } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(jpeg);
  });

  it('refuses without the token, with a wrong one, and for anything that is not a stored hash', async () => {
    expect((await fetch(`${origin()}${scanUrl(hash, 'jpg')}`)).status).toBe(401);
    expect((await fetch(`${origin()}${scanUrl(hash, 'jpg')}?token=wrong`)).status).toBe(403);
    const auth = { headers: { 'X-Galley-Token': host.token } };
    expect((await fetch(`${origin()}${scanUrl('0'.repeat(64), 'jpg')}`, auth)).status).toBe(404);
    expect((await fetch(`${origin()}${scanUrl(hash, 'png')}`, auth)).status).toBe(404);
    expect((await fetch(`${origin()}/api/scans/..%2F..%2Fgalley.db`, auth)).status).toBe(404);
  });
});

describe('scans over the app protocol', () => {
  const handler = () => createAppProtocolHandler({ root: OCR_FIXTURES, csp: "default-src 'self'", scanDir: join(dir, 'scans') });

  it('serves a stored image inside the CSP', async () => {
    const res = await handler()({ url: `app://galley${scanUrl(hash, 'jpg')}`, method: 'GET' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(Buffer.from(await res.arrayBuffer())).toEqual(jpeg);
  });

  it('refuses anything else under the path', async () => {
    expect((await handler()({ url: 'app://galley/api/scans/../../secret', method: 'GET' })).status).toBe(404);
    expect((await handler()({ url: `app://galley${scanUrl('f'.repeat(64), 'png')}`, method: 'GET' })).status).toBe(404);
    const without = createAppProtocolHandler({ root: OCR_FIXTURES, csp: "default-src 'self'" });
    expect((await without({ url: `app://galley${scanUrl(hash, 'jpg')}`, method: 'GET' })).status).toBe(404);
  });
});
