// The HTTP host's static files: the built renderer, found by the rules shared with the app:// protocol.
import { createReadStream } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { contentTypeOf, findInside, parseRequestPath, type StaticLookup } from '../platform/staticFiles';

/**
 * Map a URL path (as the request wrote it, query removed) to a file under `root`. Whatever the shared rules refuse
 * (undecodable escapes, `..` and `.` segments, encoded separators, NUL, symlinks leading out of the root) is refused
 * here too; folders are missing, as there is no listing.
 */
export async function lookupStatic(root: string, urlPath: string): Promise<StaticLookup> {
  const path = parseRequestPath(urlPath);
  if (!path.ok) return { kind: 'refused' };
  if (path.segments.length === 0) return { kind: 'missing' };
  return findInside(root, join(root, ...path.segments));
}

/** Whether a URL path names no file at all (`/`, `//`): the page's own address. */
export function isRootPath(urlPath: string): boolean {
  const path = parseRequestPath(urlPath);
  return path.ok && path.segments.length === 0;
}

/** Stream a file (headers only for HEAD). */
export function sendFile(res: ServerResponse, file: { path: string; size: number }, headOnly: boolean, headers: Record<string, string> = {}): void {
  res.writeHead(200, { 'Content-Type': contentTypeOf(file.path), 'Content-Length': String(file.size), ...headers });
  if (headOnly) {
    res.end();
    return;
  }
  createReadStream(file.path)
    .on('error', () => res.destroy())
    .pipe(res);
}
