// The app:// protocol handler: serves the built renderer (out/renderer) and nothing outside it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentTypeOf, findInside, isInside, parseRequestPath } from '../platform/staticFiles';
import { ScanFiles } from '../scans/files';
import { MEDIA_TYPES, type ScanImageType } from '../scans/images';
import { parseScanPath, SCAN_URL_PREFIX } from '../services/scans';
import { isAppUrl } from './scheme';

export type AppUrlResolution = { ok: true; file: string } | { ok: false; status: 400 | 403 | 404; reason: string };

const INDEX = 'index.html';

const REFUSALS = {
  malformed: { status: 400, reason: 'malformed percent-encoding' },
  traversal: { status: 403, reason: 'path traversal' },
  separator: { status: 403, reason: 'encoded separator in path' },
} as const;

/** The path of a URL exactly as written: URL parsing would quietly fold `..` and `%2e%2e` away. */
function rawPathOf(url: string): string {
  const afterScheme = url.slice(url.indexOf('//') + 2);
  const slash = afterScheme.search(/[/\\]/);
  const path = slash === -1 ? '' : afterScheme.slice(slash);
  const end = path.search(/[?#]/);
  return end === -1 ? path : path.slice(0, end);
}

/**
 * Map an app:// request URL to a file under `root`: index.html for a folder. Refused: other schemes and hosts, and
 * whatever the shared path rules refuse (`.`/`..` segments, also encoded; encoded separators, drive colons, NUL).
 */
export function resolveAppUrl(url: string, root: string): AppUrlResolution {
  if (!isAppUrl(url)) return { ok: false, status: 403, reason: 'not a URL of this app' };
  const path = parseRequestPath(rawPathOf(url));
  if (!path.ok) return { ok: false, ...REFUSALS[path.problem] };
  const file = join(root, ...path.segments, ...(path.directory ? [INDEX] : []));
  if (!isInside(root, file)) return { ok: false, status: 403, reason: 'outside the renderer folder' };
  return { ok: true, file };
}

export interface AppProtocolOptions {
  /** The built renderer folder (out/renderer). */
  root: string;
  /** Sent as the Content-Security-Policy header with every response. */
  csp: string;
  /** The data folder's scans/: page images by content hash, served under /api/scans/ like the HTTP host does. */
  scanDir?: string;
}

export type AppProtocolHandler = (request: { url: string; method: string }) => Promise<Response>;

/** The handler for protocol.handle('app', …): GET/HEAD of files inside `root`, symlinks included only if they stay inside. */
export function createAppProtocolHandler({ root, csp, scanDir }: AppProtocolOptions): AppProtocolHandler {
  const plain = (status: number, text: string): Response =>
    new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff' } });

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    if (isAppUrl(request.url) && rawPathOf(request.url).startsWith(SCAN_URL_PREFIX)) return serveScan(request, scanDir, csp, plain);
    const resolved = resolveAppUrl(request.url, root);
    if (!resolved.ok) return plain(resolved.status, resolved.reason);
    const found = await findInside(root, resolved.file);
    if (found.kind === 'refused') return plain(403, 'outside the renderer folder');
    if (found.kind === 'missing') return plain(404, 'Not found');
    const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(found.path));
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': contentTypeOf(found.path),
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      },
    });
  };
}

/** A page image of the data folder, by content hash; nothing else under /api/scans/ is served. */
async function serveScan(request: { url: string; method: string }, scanDir: string | undefined, csp: string, plain: (status: number, text: string) => Response): Promise<Response> {
  const scan = parseScanPath(rawPathOf(request.url));
  const path = scan && scanDir ? new ScanFiles(scanDir).path(scan.hash, scan.type as ScanImageType) : null;
  const body = path ? await readFile(path).catch(() => null) : null;
  if (!scan || !body) return plain(404, 'Not found');
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: { 'Content-Type': MEDIA_TYPES[scan.type as ScanImageType], 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'private, max-age=31536000, immutable' },
  });
}
