// Serving the built renderer from a folder, shared by the HTTP host (electron/http/static.ts) and the app://
// protocol (electron/shell/protocol.ts): the content types, and finding a requested file without ever leaving the
// folder, whatever the request spells (`..`, `%2e%2e`, `%2f`, `%5c`, NUL) or whichever symlink it goes through.
import { realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** The Content-Type for a file of the build, by its extension; anything else is octet-stream. */
export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type RequestPath =
  | { ok: true; segments: string[]; /** The path ends with a separator (or is empty): a folder was asked for. */ directory: boolean }
  | { ok: false; problem: 'malformed' | 'traversal' | 'separator' };

/**
 * Split a request's path, still percent-encoded and without query or fragment, into decoded segments. Each segment
 * is decoded on its own, so an encoded `/` cannot create a segment: refused are any segment that is or decodes to
 * `.` or `..` (traversal), and one that decodes to `/`, `\`, a drive colon or NUL (separator). Raw `/` and `\` both
 * separate; empty segments are dropped.
 */
export function parseRequestPath(rawPath: string): RequestPath {
  const raw = rawPath.split(/[/\\]/);
  const segments: string[] = [];
  for (const part of raw) {
    let segment: string;
    try {
      segment = decodeURIComponent(part);
    } catch {
      return { ok: false, problem: 'malformed' };
    }
    if (segment === '.' || segment === '..') return { ok: false, problem: 'traversal' };
    if (/[/\\:\0]/.test(segment)) return { ok: false, problem: 'separator' };
    if (segment !== '') segments.push(segment);
  }
  return { ok: true, segments, directory: raw[raw.length - 1] === '' };
}

/**
 * Whether `path` lies strictly below `root` (lexically: neither resolves symlinks). Climbing out is a `..` path
 * segment, not a name that merely starts with two dots (`..notes.txt` is inside).
 */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !climbsOut(rel);
}

/** Whether a path relative to some folder leaves it: `..` as its first segment, or another root altogether. */
export function climbsOut(rel: string): boolean {
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}

export type StaticLookup = { kind: 'file'; path: string; size: number } | { kind: 'refused' } | { kind: 'missing' };

/**
 * The regular file at `file`, if it lies inside `root` once every symlink of both is resolved: a link inside the
 * folder may point anywhere, and what counts is where it lands. Folders are missing: there is no listing.
 */
export async function findInside(root: string, file: string): Promise<StaticLookup> {
  if (!isInside(root, file)) return { kind: 'refused' };
  let real: string;
  let realRoot: string;
  try {
    [real, realRoot] = await Promise.all([realpath(file), realpath(root)]);
  } catch {
    return { kind: 'missing' };
  }
  if (!isInside(realRoot, real)) return { kind: 'refused' };
  const info = await stat(real).catch(() => null);
  return info?.isFile() ? { kind: 'file', path: real, size: info.size } : { kind: 'missing' };
}
