// The app:// protocol handler: serves the built renderer (out/renderer) and nothing outside it.
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative } from 'node:path';
import { isAppUrl } from './scheme';

export type AppUrlResolution = { ok: true; file: string } | { ok: false; status: 400 | 403 | 404; reason: string };

const INDEX = 'index.html';

const MIME_TYPES: Record<string, string> = {
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

export function contentTypeOf(file: string): string {
  return MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function refuse(status: 400 | 403 | 404, reason: string): AppUrlResolution {
  return { ok: false, status, reason };
}

/** The path of a URL exactly as written: URL parsing would quietly fold `..` and `%2e%2e` away. */
function rawPathOf(url: string): string {
  const afterScheme = url.slice(url.indexOf('//') + 2);
  const slash = afterScheme.search(/[/\\]/);
  const path = slash === -1 ? '' : afterScheme.slice(slash);
  const end = path.search(/[?#]/);
  return end === -1 ? path : path.slice(0, end);
}

function isInside(root: string, file: string): boolean {
  const rel = relative(root, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * Map an app:// request URL to a file under `root`. Refused: other schemes and hosts, any segment that is or decodes
 * to `.` or `..`, and segments that decode to a separator, a drive colon or NUL (`%2f`, `%5c`, `%00`).
 */
export function resolveAppUrl(url: string, root: string): AppUrlResolution {
  if (!isAppUrl(url)) return refuse(403, 'not a URL of this app');
  const rawSegments = rawPathOf(url).split(/[/\\]/).slice(1);
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return refuse(400, 'malformed percent-encoding');
    }
    if (segment === '.' || segment === '..') return refuse(403, 'path traversal');
    if (/[/\\:\0]/.test(segment)) return refuse(403, 'encoded separator in path');
    if (segment !== '') segments.push(segment);
  }
  const wantsDirectory = rawSegments.length === 0 || rawSegments[rawSegments.length - 1] === '';
  const file = join(root, ...segments, ...(wantsDirectory ? [INDEX] : []));
  if (!isInside(root, file)) return refuse(403, 'outside the renderer folder');
  return { ok: true, file };
}

export interface AppProtocolOptions {
  /** The built renderer folder (out/renderer). */
  root: string;
  /** Sent as the Content-Security-Policy header with every response. */
  csp: string;
}

export type AppProtocolHandler = (request: { url: string; method: string }) => Promise<Response>;

/** The handler for protocol.handle('app', …): GET/HEAD of files inside `root`, symlinks included only if they stay inside. */
export function createAppProtocolHandler({ root, csp }: AppProtocolOptions): AppProtocolHandler {
  const plain = (status: number, text: string): Response =>
    new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff' } });

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const resolved = resolveAppUrl(request.url, root);
    if (!resolved.ok) return plain(resolved.status, resolved.reason);
    let file: string;
    try {
      file = await realpath(resolved.file);
      // A symlink inside the folder may point anywhere; what counts is where it lands.
      if (!isInside(await realpath(root), file)) return plain(403, 'outside the renderer folder');
      if (!(await stat(file)).isFile()) return plain(404, 'Not found');
    } catch {
      return plain(404, 'Not found');
    }
    const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(file));
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': contentTypeOf(file),
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      },
    });
  };
}
