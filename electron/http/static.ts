import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, isAbsolute, join, relative } from 'node:path';

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
  '.wasm': 'application/wasm',
};

export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type StaticLookup = { kind: 'file'; path: string; size: number } | { kind: 'refused' } | { kind: 'missing' };

/**
 * Map a URL path to a file under `root`. Refused: undecodable escapes, NUL, backslashes and `..` segments (also
 * when percent-encoded), and anything whose real path (symlinks resolved) leaves the root. Directories are
 * missing: there is no listing.
 */
export async function lookupStatic(root: string, urlPath: string): Promise<StaticLookup> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: 'refused' };
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').includes('..')) return { kind: 'refused' };
  let real: string;
  try {
    real = await realpath(join(root, decoded));
  } catch {
    return { kind: 'missing' };
  }
  const rel = relative(root, real);
  if (rel.startsWith('..') || isAbsolute(rel)) return { kind: 'refused' };
  const info = await stat(real);
  return info.isFile() ? { kind: 'file', path: real, size: info.size } : { kind: 'missing' };
}

/** Stream a file (headers only for HEAD). */
export function sendFile(res: ServerResponse, file: { path: string; size: number }, headOnly: boolean, headers: Record<string, string> = {}): void {
  res.writeHead(200, { 'Content-Type': contentType(file.path), 'Content-Length': String(file.size), ...headers });
  if (headOnly) {
    res.end();
    return;
  }
  createReadStream(file.path)
    .on('error', () => res.destroy())
    .pipe(res);
}
