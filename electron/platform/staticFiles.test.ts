import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeOf, findInside, isInside, parseRequestPath } from './staticFiles';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'galley-static-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(base, 'secret.txt'), 'secret');
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'leak.txt'));
  symlinkSync(join(root, 'assets', 'app.js'), join(root, 'alias.js'));
  symlinkSync(base, join(root, 'up'), 'dir');
  // The served folder reached through a link of its own: its real path differs from the one given.
  symlinkSync(root, join(base, 'linked-renderer'), 'dir');
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('parseRequestPath', () => {
  it('decodes each segment and notes a request for a folder', () => {
    expect(parseRequestPath('/assets/a%20b.js')).toEqual({ ok: true, segments: ['assets', 'a b.js'], directory: false });
    expect(parseRequestPath('/assets/')).toEqual({ ok: true, segments: ['assets'], directory: true });
    expect(parseRequestPath('')).toEqual({ ok: true, segments: [], directory: true });
    expect(parseRequestPath('//assets//app.js')).toEqual({ ok: true, segments: ['assets', 'app.js'], directory: false });
    expect(parseRequestPath('/%E6%A0%A1%E6%A0%B7.txt')).toEqual({ ok: true, segments: ['校样.txt'], directory: false });
  });

  it.each(['/../x', '/a/../../x', '/%2e%2e/x', '/%2E%2E/x', '/.%2e/x', '/./index.html', '/a\\..\\x'])('refuses traversal: %s', (path) => {
    expect(parseRequestPath(path)).toEqual({ ok: false, problem: 'traversal' });
  });

  it.each(['/..%2fx', '/a%2F..%2F..%2Fx', '/..%5cx', '/%00index.html', '/C:%5cWindows', '/C%3A'])('refuses encoded separators: %s', (path) => {
    expect(parseRequestPath(path)).toEqual({ ok: false, problem: 'separator' });
  });

  it('refuses malformed percent-encoding', () => {
    expect(parseRequestPath('/%E0%A4%A')).toEqual({ ok: false, problem: 'malformed' });
  });
});

describe('isInside', () => {
  it('holds only strictly below the root', () => {
    expect(isInside('/srv/r', '/srv/r/a/b.js')).toBe(true);
    expect(isInside('/srv/r', '/srv/r')).toBe(false);
    expect(isInside('/srv/r', '/srv/r2/a.js')).toBe(false);
    expect(isInside('/srv/r', '/srv/a.js')).toBe(false);
    expect(isInside('/srv/r', '/srv/r/..notes.js')).toBe(true);
    expect(isInside('/srv/r', '/srv/r/../a.js')).toBe(false);
  });
});

describe('findInside', () => {
  it('finds regular files with their real path and size', async () => {
    expect(await findInside(root, join(root, 'assets', 'app.js'))).toEqual({ kind: 'file', path: join(root, 'assets', 'app.js'), size: 14 });
  });

  it('follows a symlink that stays inside, to its target', async () => {
    expect(await findInside(root, join(root, 'alias.js'))).toMatchObject({ kind: 'file', path: join(root, 'assets', 'app.js') });
  });

  it('refuses symlinks that lead out of the root, and paths outside it', async () => {
    expect(await findInside(root, join(root, 'assets', 'leak.txt'))).toEqual({ kind: 'refused' });
    expect(await findInside(root, join(root, 'up', 'secret.txt'))).toEqual({ kind: 'refused' });
    expect(await findInside(root, join(base, 'secret.txt'))).toEqual({ kind: 'refused' });
  });

  it('serves from a root given through a symlink', async () => {
    const linked = join(base, 'linked-renderer');
    expect(await findInside(linked, join(linked, 'index.html'))).toMatchObject({ kind: 'file', path: join(root, 'index.html') });
  });

  it('calls folders and absent files missing', async () => {
    expect(await findInside(root, join(root, 'assets'))).toEqual({ kind: 'missing' });
    expect(await findInside(root, join(root, 'nope.js'))).toEqual({ kind: 'missing' });
  });
});

describe('contentTypeOf', () => {
  it('knows the build output types, whatever the case, and falls back to octet-stream', () => {
    expect(contentTypeOf('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('a/b.SVG')).toBe('image/svg+xml');
    expect(contentTypeOf('font.woff2')).toBe('font/woff2');
    expect(contentTypeOf('blob.bin')).toBe('application/octet-stream');
    expect(contentTypeOf('Makefile')).toBe('application/octet-stream');
  });
});
