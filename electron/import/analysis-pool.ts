// Page analysis off the import's thread. Decoding and analysing a page takes about as long as writing it, so
// with the analysis in a worker an import's writes and analyses overlap on two cores instead of taking turns.
// One worker per process, started on the first large import and kept (unreferenced, so it never holds a CLI
// or test process open); the worker is stateless, so every store and import shares it. Where no worker can run
// (a single core, a worker that fails to start or dies), pages are prepared in this thread: same results, slower.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Bilingual } from '../../shared/model/types';
import { prepareHere, RefusedFile, type Analyze, type PreparedPage, type PreparePage } from './prepare';
import { startScriptWorker } from '../platform/worker-script';

export interface AnalysisRequest {
  id: number;
  bytes: Uint8Array;
  file: string;
  sections: string[];
}

export type AnalysisReply = { id: number; ok: true; page: PreparedPage } | { id: number; ok: false; reason: Bilingual };

/** Imports of fewer files are prepared in this thread: starting the worker would cost more than it saves. */
export const MIN_FILES_FOR_WORKER = 8;

interface Pending {
  file: string;
  resolve(page: PreparedPage): void;
  reject(err: Error): void;
  retry(): void;
}

/** The worker's script beside this module. */
function startWorker(): Worker {
  return startScriptWorker(import.meta.url, 'analysis-worker');
}

class AnalysisWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  broken = false;

  constructor(private readonly onBroken: () => void) {
    this.worker = startWorker();
    this.worker.unref();
    this.worker.on('message', (reply: AnalysisReply) => this.settle(reply));
    this.worker.on('error', () => this.fail());
    this.worker.on('exit', () => this.fail());
  }

  prepare(bytes: Uint8Array, file: string, sections: string[], retry: () => Promise<PreparedPage>): Promise<PreparedPage> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { file, resolve, reject, retry: () => retry().then(resolve, reject) });
      // Held open only while it has work, so an idle worker never keeps the process alive.
      if (this.pending.size === 1) this.worker.ref();
      this.worker.postMessage({ id, bytes, file, sections } satisfies AnalysisRequest);
    });
  }

  private settle(reply: AnalysisReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker.unref();
    if (reply.ok) pending.resolve(reply.page);
    else pending.reject(new RefusedFile(pending.file, reply.reason));
  }

  /** The worker is gone: what it had is prepared here instead, and so is everything after. */
  private fail(): void {
    if (this.broken) return;
    this.broken = true;
    this.onBroken();
    const pending = [...this.pending.values()];
    this.pending.clear();
    pending.forEach((p) => p.retry());
  }

  terminate(): Promise<number> {
    this.broken = true;
    return this.worker.terminate();
  }
}

let shared: AnalysisWorker | null = null;
let unavailable = availableParallelism() < 2;

/**
 * How an import of `files` files prepares its pages: in the shared worker when it pays, else in this thread with
 * `analyze` (which must be what the worker runs: analyzePage).
 */
export function preparerFor(files: number, analyze: Analyze): PreparePage {
  const here = prepareHere(analyze);
  if (unavailable || (files < MIN_FILES_FOR_WORKER && !shared)) return here;
  try {
    shared ??= new AnalysisWorker(() => {
      unavailable = true;
      shared = null;
    });
  } catch {
    unavailable = true;
    return here;
  }
  const worker = shared;
  return (bytes, file, sections) => (worker.broken ? here(bytes, file, sections) : worker.prepare(bytes, file, sections, () => here(bytes, file, sections)));
}

/** Whether pages are being prepared in the worker (it started and has not failed); for diagnostics. */
export const analysisWorkerRunning = (): boolean => shared !== null && !shared.broken;

/** Stops the shared worker (tests); the next large import starts another. */
export async function stopAnalysisWorker(): Promise<void> {
  const worker = shared;
  shared = null;
  await worker?.terminate();
}
