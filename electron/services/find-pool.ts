// Searches off the request thread, each bounded in time. One worker per process, started on the first search and
// kept unreferenced; a search that runs past FIND_TIMEOUT_MS ends the worker (a regular expression cannot be
// interrupted otherwise) and is refused, and the next search starts a fresh one. The bound counts from when the
// worker says it is ready: starting one (seconds through tsx on a busy machine) is not the search being slow, and
// counting it refused the first plain search of a session. Where no worker can be created, the search runs here:
// the pattern check in compileQuery and the hit limit still bound it.
import { Worker } from 'node:worker_threads';
import type { ApiErrorCode } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { compileQuery, findHits, type FindItem, type Hit, type Query } from './find-match';
import { startScriptWorker } from '../platform/worker-script';

export const FIND_TIMEOUT_MS = 3000;
/** A worker that has not loaded its modules by then never will: the search fails rather than wait for ever. */
const WORKER_START_MS = 30_000;

export interface FindRequest {
  id: number;
  items: FindItem[];
  query: Query;
  replacement: string | null;
}

export type FindReply =
  | { ready: true }
  | { id: number; ok: true; hits: Hit[]; truncated: boolean }
  | { id: number; ok: false; code: ApiErrorCode; message: string };

/** The worker's script beside this module. */
function startWorker(): Worker {
  return startScriptWorker(import.meta.url, 'find-worker');
}

interface Running {
  w: Worker;
  /** Settles when the worker has loaded its modules (or failed to). */
  ready: Promise<void>;
}

let worker: Running | null = null;
let nextId = 1;
const pending = new Map<number, { resolve(r: { hits: Hit[]; truncated: boolean }): void; reject(e: Error): void }>();

function ensureWorker(): Running | null {
  if (worker) return worker;
  try {
    const w = startWorker();
    w.unref();
    let started!: () => void;
    let failed!: (e: Error) => void;
    const ready = new Promise<void>((resolve, reject) => {
      started = resolve;
      failed = reject;
    });
    // A rejection nobody awaits yet (the worker broke between searches) is not an unhandled one.
    ready.catch(() => undefined);
    const startTimer = setTimeout(() => {
      failed(new ApiError('internal', '查找进程未能启动 / The search worker did not start'));
      if (worker?.w === w) worker = null;
      void w.terminate();
    }, WORKER_START_MS);
    startTimer.unref();
    w.on('message', (reply: FindReply) => {
      if ('ready' in reply) {
        clearTimeout(startTimer);
        started();
        return;
      }
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (reply.ok) p.resolve({ hits: reply.hits, truncated: reply.truncated });
      else p.reject(new ApiError(reply.code, reply.message));
    });
    const broken = () => {
      clearTimeout(startTimer);
      failed(new ApiError('internal', '查找进程意外退出 / The search worker stopped'));
      if (worker?.w !== w) return;
      worker = null;
      for (const [id, p] of pending) {
        pending.delete(id);
        p.reject(new ApiError('internal', '查找进程意外退出 / The search worker stopped'));
      }
    };
    w.on('error', broken);
    w.on('exit', broken);
    worker = { w, ready };
    return worker;
  } catch {
    return null;
  }
}

/** The refusal of a search that ran past FIND_TIMEOUT_MS. */
export function searchTooLong(): ApiError {
  const s = FIND_TIMEOUT_MS / 1000;
  return new ApiError('refused', `查找超过 ${s} 秒仍未完成，已停止；请把查找条件写得更具体 / The search took over ${s} s and was stopped; make the query more specific`);
}

/** Every match in `items`, found in the worker within `timeoutMs`; refused when the search takes longer. */
export async function runFind(items: FindItem[], query: Query, replacement: string | null, timeoutMs = FIND_TIMEOUT_MS): Promise<{ hits: Hit[]; truncated: boolean }> {
  // Invalid and catastrophic patterns are answered at once, without a round trip.
  compileQuery(query);
  const running = ensureWorker();
  if (!running) return findHits(items, query, replacement);
  const { w } = running;
  // Referenced while a search waits for it, so a host with nothing else to do does not exit meanwhile.
  w.ref();
  try {
    await running.ready;
  } catch (err) {
    if (pending.size === 0) w.unref();
    throw err;
  }
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      if (worker?.w === w) worker = null;
      void w.terminate();
      reject(searchTooLong());
    }, timeoutMs);
    pending.set(id, {
      resolve: (r) => {
        clearTimeout(timer);
        resolve(r);
      },
      reject: (e) => {
        clearTimeout(timer);
        reject(e);
      },
    });
    w.postMessage({ id, items, query, replacement } satisfies FindRequest);
  }).finally(() => {
    if (pending.size === 0) w.unref();
  }) as Promise<{ hits: Hit[]; truncated: boolean }>;
}

/** Ends the find worker, if one runs (the host closing); a later search starts a fresh one. */
export async function stopFindWorker(): Promise<void> {
  const running = worker;
  worker = null;
  if (running) await running.w.terminate();
}

/** Starts the find worker if none runs and waits until it is ready, so what follows is timed as searching only. */
export async function findWorkerReady(): Promise<void> {
  await ensureWorker()?.ready;
}
