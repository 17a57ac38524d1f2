import { randomBytes } from 'node:crypto';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import type { ApiErrorCode, ApiHandlers, CallContext, Envelope, ExportRecord } from '../../shared/api/contract';
import type { EventBus } from '../../shared/api/bus';
import { dispatch } from '../../shared/api/dispatch';
import { EXPORT_MEDIA_TYPES } from '../../shared/export/formats';
import { openExportedFile } from '../export/exportedFile';
import { confinePaths } from './allowedRoots';
import { BodyTooLarge, readBody } from './body';
import { streamEvents } from './events';
import { createUploadGate } from './uploadGate';
import { SECURITY_HEADERS, TOKEN_HEADER, cookieName, hostAllowed, originAllowed, readCookie, tokensEqual } from './security';
import { ScanFiles } from '../scans/files';
import { MEDIA_TYPES, type ScanImageType } from '../scans/images';
import { parseScanPath } from '../services/scans';
import { isRootPath, lookupStatic, sendFile } from './static';
import { HTTP_STATUS } from './status';

/** Uploads for import.files arrive as base64 JSON: 60 MB leaves room for several full pages and their overhead. */
export const DEFAULT_BODY_LIMIT = 60 * 1024 * 1024;

export interface HttpHostOptions {
  handlers: ApiHandlers;
  bus: EventBus;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: '127.0.0.1';
  /** Folders import.paths and export.run may touch; defaults to the user's home folder. */
  allowedRoots?: string[];
  /** What `~` in a path given to the API stands for; the user's home folder by default. */
  home?: string;
  bodyLimit?: number;
  /** The data folder's scans/ (page images by content hash), served under /api/scans/. */
  scanDir?: string;
  /** Bodies above this size are large: they wait for `uploadBudget` (1 MB by default). */
  largeBody?: number;
  /** Bytes of large bodies handled at once (the body limit by default: one full-size upload at a time). */
  uploadBudget?: number;
}

export interface HttpHost {
  /** The URL to open, token included: http://127.0.0.1:PORT/?token=… */
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const CTX: CallContext = { transport: 'http' };
const CALL_PREFIX = '/api/call/';
const EXPORT_FILE = /^\/api\/exports\/(\d+)\/file$/;

type Auth = 'ok' | 'missing' | 'wrong';

/**
 * Serve the desk and its API over HTTP on the loopback interface.
 *
 * Security: every request must name this host in Host (127.0.0.1:PORT or localhost:PORT; DNS rebinding);
 * every /api request needs the per-run token (X-Galley-Token header, the cookie set when the page was opened
 * with ?token=, or ?token= on GET for EventSource and downloads), and any Origin it carries must be the host's
 * own; POSTs must be JSON. The page itself (/ and /index.html) needs the token in its URL or the cookie; the
 * other static files are the public build and are served without it. Paths given to import.paths and
 * export.run must stay inside `allowedRoots`.
 */
export async function startHttpHost(opts: HttpHostOptions): Promise<HttpHost> {
  const token = randomBytes(24).toString('base64url');
  const root = await realpath(opts.rendererDir);
  const indexPath = join(root, 'index.html');
  const handlers = confinePaths(opts.handlers, opts.allowedRoots ?? [homedir()], opts.home ?? homedir());
  const bodyLimit = opts.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const largeBody = opts.largeBody ?? 1024 * 1024;
  const uploads = createUploadGate(opts.uploadBudget ?? bodyLimit);
  const streams = new Set<() => void>();
  let port = 0;

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (res.headersSent) res.destroy();
      else sendEnvelope(res, 500, { ok: false, error: { code: 'internal', message: err instanceof Error ? err.message : String(err) } });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (!hostAllowed(req, port)) return sendText(res, 403, 'Forbidden: unknown Host\n');
    const target = req.url ?? '';
    if (!target.startsWith('/')) return sendText(res, 400, 'Bad request\n');
    const q = target.indexOf('?');
    const path = q < 0 ? target : target.slice(0, q);
    const query = new URLSearchParams(q < 0 ? '' : target.slice(q + 1));
    if (path.startsWith('/api/')) return handleApi(req, res, path, query);
    return handleStatic(req, res, path, query);
  }

  function authenticate(req: IncomingMessage, query: URLSearchParams): Auth {
    const header = req.headers[TOKEN_HEADER];
    const presented = [typeof header === 'string' ? header : null, readCookie(req, cookieName(port)), req.method === 'GET' ? query.get('token') : null].filter(
      (t): t is string => t !== null,
    );
    if (presented.length === 0) return 'missing';
    return presented.every((t) => tokensEqual(t, token)) ? 'ok' : 'wrong';
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    if (!originAllowed(req)) return sendError(res, 403, 'forbidden', 'Cross-origin requests are refused');
    const auth = authenticate(req, query);
    if (auth === 'missing') return sendError(res, 401, 'forbidden', 'The token is missing: open the URL Galley printed (…/?token=…)');
    if (auth === 'wrong') return sendError(res, 403, 'forbidden', 'The token is wrong: open the URL Galley printed for this run');

    if (path.startsWith(CALL_PREFIX)) {
      if (req.method !== 'POST') return sendError(res, 405, 'invalid-request', 'API calls are POST requests', { Allow: 'POST' });
      return handleCall(req, res, path.slice(CALL_PREFIX.length));
    }
    if (path === '/api/events') {
      if (req.method !== 'GET') return sendError(res, 405, 'invalid-request', 'Events are read with GET', { Allow: 'GET' });
      const end = streamEvents(res, opts.bus);
      streams.add(end);
      res.on('close', () => streams.delete(end));
      return;
    }
    const scan = parseScanPath(path);
    if (scan) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'invalid-request', 'Scans are read with GET', { Allow: 'GET, HEAD' });
      return handleScan(res, scan, req.method === 'HEAD');
    }
    const download = EXPORT_FILE.exec(path);
    if (download) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'invalid-request', 'Downloads are GET requests', { Allow: 'GET, HEAD' });
      return handleDownload(res, Number(download[1]), req.method === 'HEAD');
    }
    return sendError(res, 404, 'not-found', `No such endpoint: ${path}`);
  }

  async function handleCall(req: IncomingMessage, res: ServerResponse, rawMethod: string): Promise<void> {
    // A JSON content type cannot be sent by a cross-site HTML form, so this also shuts the door on form CSRF.
    if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) {
      return sendError(res, 415, 'invalid-request', 'API calls must be sent as application/json');
    }
    // A large body (or one of unknown size) waits its turn before a byte of it is read, and holds it until answered.
    const declared = Number(req.headers['content-length']);
    const size = Number.isFinite(declared) ? Math.min(declared, bodyLimit) : bodyLimit;
    // One declared over the limit is refused at once (readBody), without waiting.
    const release = size > largeBody && !(declared > bodyLimit) ? await uploads.acquire(size) : () => undefined;
    try {
      await answerCall(req, res, rawMethod);
    } finally {
      release();
    }
  }

  async function answerCall(req: IncomingMessage, res: ServerResponse, rawMethod: string): Promise<void> {
    let payload: unknown;
    try {
      payload = parseBody(await readBody(req, bodyLimit));
    } catch (err) {
      if (err instanceof BodyTooLarge) {
        // Discard the rest of the upload so the client gets to read the answer, then drop the connection.
        req.resume();
        res.setHeader('Connection', 'close');
        return sendError(res, 413, 'invalid-request', `The request is larger than ${Math.round(bodyLimit / 1024 / 1024)} MB`);
      }
      if (err instanceof SyntaxError) return sendError(res, 400, 'invalid-request', 'The request body is not valid JSON');
      throw err;
    }
    let method: string;
    try {
      method = decodeURIComponent(rawMethod);
    } catch {
      return sendError(res, 404, 'not-found', 'Unknown API method');
    }
    const envelope = await dispatch(handlers, method, payload, CTX);
    sendEnvelope(res, envelope.ok ? 200 : HTTP_STATUS[envelope.error.code], envelope);
  }

  async function handleScan(res: ServerResponse, scan: { hash: string; type: string }, headOnly: boolean): Promise<void> {
    const path = opts.scanDir ? new ScanFiles(opts.scanDir).path(scan.hash, scan.type as ScanImageType) : null;
    const info = path ? await stat(path).catch(() => null) : null;
    if (!path || !info?.isFile()) return sendError(res, 404, 'not-found', 'No such scan');
    // Content-addressed: the same URL is always the same bytes, so the client may keep it.
    res.setHeader('Cache-Control', 'private, max-age=31536000, immutable');
    sendFile(res, { path, size: info.size }, headOnly, { 'Content-Type': MEDIA_TYPES[scan.type as ScanImageType] });
  }

  async function handleDownload(res: ServerResponse, id: number, headOnly: boolean): Promise<void> {
    const history = await dispatch(handlers, 'export.history', {}, CTX);
    if (!history.ok) return sendEnvelope(res, HTTP_STATUS[history.error.code], history);
    const record = (history.value as ExportRecord[]).find((r) => r.id === id);
    if (!record) return sendError(res, 404, 'not-found', `No export with id ${id}`);
    const file = await openExportedFile(record.path);
    if (!file.ok) return sendError(res, 404, 'not-found', file.reason);
    res.writeHead(200, {
      'Content-Type': EXPORT_MEDIA_TYPES[record.format],
      'Content-Length': String(file.size),
      'Content-Disposition': contentDisposition(basename(record.path)),
    });
    if (headOnly) {
      await file.handle.close();
      return void res.end();
    }
    file.handle
      .createReadStream({ end: Math.max(file.size - 1, 0) })
      .on('error', () => res.destroy())
      .pipe(res);
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendText(res, 405, 'Method not allowed\n');
    }
    const headOnly = req.method === 'HEAD';
    const found = await lookupStatic(root, path);
    if (found.kind === 'refused') return sendText(res, 403, 'Forbidden\n');
    // The page is whatever request reaches index.html, however it is spelt (`//index.html`, `/%69ndex.html`,
    // `/index.html/`), or names no file at all: the check is on the file served, not on the spelling.
    const isPage = (found.kind === 'file' && found.path === indexPath) || isRootPath(path);
    if (isPage) {
      const given = query.get('token');
      const cookie = readCookie(req, cookieName(port));
      // Said in both languages: the desk's own language is a setting, which cannot be read without the token.
      if (given !== null && !tokensEqual(given, token)) {
        return sendText(
          res,
          403,
          'Galley：访问令牌无效，不是本次运行打印的令牌；请打开 `galley serve` 输出的完整网址（含 ?token=…）。\nGalley: this token is not the one printed for this run; open the full URL `galley serve` printed, including ?token=….\n',
        );
      }
      if (given === null && (cookie === null || !tokensEqual(cookie, token))) {
        return sendText(res, 401, 'Galley: open the full URL printed by `galley serve`, including ?token=…\nGalley：请打开 `galley serve` 输出的完整网址（含 ?token=…）。\n');
      }
      const index = await lookupStatic(root, '/index.html');
      if (index.kind !== 'file') return sendText(res, 404, 'index.html is missing from the renderer build\n');
      const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
      if (given !== null) headers['Set-Cookie'] = `${cookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`;
      return sendFile(res, index, headOnly, headers);
    }
    if (found.kind === 'missing') return sendText(res, 404, 'Not found\n');
    return sendFile(res, found, headOnly, { 'Cache-Control': 'no-cache' });
  }

  // An authenticated upload may wait its turn at the gate for minutes, its body unread: no deadline for the body.
  server.requestTimeout = 0;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const end of streams) end();
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** The call's payload; an empty body is an empty request. Kept apart so the body's text is dropped once parsed. */
function parseBody(text: string): unknown {
  return text.trim() === '' ? {} : JSON.parse(text);
}

/** An attachment name that survives any file name: an ASCII fallback plus the RFC 5987 UTF-8 form. */
function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': String(Buffer.byteLength(text)) });
  res.end(text);
}

function sendEnvelope(res: ServerResponse, status: number, envelope: Envelope<unknown>): void {
  const body = JSON.stringify(envelope);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(Buffer.byteLength(body)) });
  res.end(body);
}

function sendError(res: ServerResponse, status: number, code: ApiErrorCode, message: string, headers: Record<string, string> = {}): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  sendEnvelope(res, status, { ok: false, error: { code, message } });
}
