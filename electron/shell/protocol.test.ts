import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler, resolveAppUrl } from './protocol';

let base: string;
let root: string;
const CSP = "default-src 'self'; script-src 'self'";

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'galley-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>desk</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  mkdirSync(join(base, 'outside'));
  writeFileSync(join(base, 'secret.txt'), 'secret');
  writeFileSync(join(base, 'outside', 'secret.txt'), 'secret');
  // A link inside the served folder that leads out of it.
  symlinkSync(join(base, 'outside'), join(root, 'escape'), 'dir');
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'secret-link.txt'));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('resolveAppUrl', () => {
  it('serves index.html for the app root and maps paths under the folder', () => {
    expect(resolveAppUrl('app://galley/', root)).toEqual({ ok: true, file: join(root, 'index.html') });
    expect(resolveAppUrl('app://galley', root)).toEqual({ ok: true, file: join(root, 'index.html') });
    expect(resolveAppUrl('app://galley/assets/index-abc.js?v=1#x', root)).toEqual({ ok: true, file: join(root, 'assets', 'index-abc.js') });
    expect(resolveAppUrl('app://galley/assets/a%20b.js', root)).toEqual({ ok: true, file: join(root, 'assets', 'a b.js') });
  });

  it.each([
    'app://galley/../secret.txt',
    'app://galley/assets/../../secret.txt',
    'app://galley/%2e%2e/secret.txt',
    'app://galley/%2E%2E/secret.txt',
    'app://galley/.%2e/secret.txt',
    'app://galley/assets/%2e%2e/%2e%2e/secret.txt',
    'app://galley/..%2fsecret.txt',
    'app://galley/assets%2F..%2F..%2Fsecret.txt',
    'app://galley/..%5csecret.txt',
    'app://galley/..\\secret.txt',
    'app://galley/./index.html',
    'app://galley/%00index.html',
    'app://galley/C:%5cWindows',
  ])('refuses traversal: %s', (url) => {
    const result = resolveAppUrl(url, root);
    expect(result.ok).toBe(false);
    expect(result.ok ? 0 : result.status).toBe(403);
  });

  it.each(['https://galley/index.html', 'file:///etc/passwd', 'app://other/index.html', 'app://galley:8080/index.html', 'app://user@galley/index.html', 'not a url'])(
    'refuses what is not this app: %s',
    (url) => {
      expect(resolveAppUrl(url, root)).toMatchObject({ ok: false, status: 403 });
    },
  );

  it('refuses malformed percent-encoding', () => {
    expect(resolveAppUrl('app://galley/%E0%A4%A', root)).toMatchObject({ ok: false, status: 400 });
  });
});

describe('createAppProtocolHandler', () => {
  const handler = () => createAppProtocolHandler({ root, csp: CSP });
  const get = (url: string, method = 'GET') => handler()({ url, method });

  it('serves the index for app://galley/ with the CSP header and its type', async () => {
    const response = await get('app://galley/');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<!doctype html><title>desk</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves assets with their MIME types', async () => {
    const js = await get('app://galley/assets/index-abc.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
    expect((await get('app://galley/assets/index-abc.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://galley/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('refuses traversal, encoded traversal and symlinks that lead out of the folder', async () => {
    for (const url of ['app://galley/../secret.txt', 'app://galley/%2e%2e/secret.txt', 'app://galley/..%2fsecret.txt']) {
      const response = await get(url);
      expect(response.status, url).toBe(403);
      expect(await response.text()).not.toContain('secret\n');
    }
    expect((await get('app://galley/escape/secret.txt')).status).toBe(403);
    expect((await get('app://galley/assets/secret-link.txt')).status).toBe(403);
  });

  it('answers 404 for missing files and folders, 405 for other methods', async () => {
    expect((await get('app://galley/nope.js')).status).toBe(404);
    expect((await get('app://galley/assets')).status).toBe(404);
    expect((await get('app://galley/index.html', 'POST')).status).toBe(405);
  });

  it('sends the CSP header with refusals too', async () => {
    expect((await get('app://galley/../x')).headers.get('content-security-policy')).toBe(CSP);
  });
});
