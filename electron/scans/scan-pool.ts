// Page scans read off the import's thread. Decoding a broadsheet TIFF and encoding its PNG takes seconds of CPU,
// reading a PDF page's text layer a tenth of a second (the first, loading pdf.js and its CMaps, over a second),
// and the import runs on the thread that answers the desk's requests (the HTTP host, the app's main process), so
// they go to a worker. One worker per process, started on the first scan and kept (unreferenced, so it never
// holds a CLI or test process open); it is stateless, so every store and import shares it. Where no worker can
// run (a single core, a worker that fails to start or dies) the jobs run in this thread: same results.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Bilingual } from '../../shared/model/types';
import type { PdfPage } from '../import/pdf';
import { jobError, runScanJob, type ScanJob, type ScanResult } from './scan-jobs';
import type { DisplayableTiff } from './tiff';
import { startScriptWorker } from '../platform/worker-script';

export interface ScanRequest {
  id: number;
  job: ScanJob;
}

export type ScanReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; reason: Bilingual };

interface Pending {
  job: ScanJob;
  resolve(value: unknown): void;
  reject(err: Error): void;
}

/** The worker's script beside this module. */
function startWorker(): Worker {
  return startScriptWorker(import.meta.url, 'scan-worker');
}

class ScanWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  broken = false;

  constructor(private readonly onBroken: () => void) {
    this.worker = startWorker();
    this.worker.unref();
    this.worker.on('message', (reply: ScanReply) => this.settle(reply));
    this.worker.on('error', () => this.fail());
    this.worker.on('exit', () => this.fail());
  }

  run<J extends ScanJob>(job: J): Promise<ScanResult<J>> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { job, resolve: resolve as (value: unknown) => void, reject });
      // Held open only while it has work, so an idle worker never keeps the process alive.
      if (this.pending.size === 1) this.worker.ref();
      this.worker.postMessage({ id, job } satisfies ScanRequest);
    });
  }

  private settle(reply: ScanReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker.unref();
    if (reply.ok) pending.resolve(reply.value);
    else pending.reject(jobError(pending.job, reply.reason));
  }

  /** The worker is gone: what it had is run here instead, and so is everything after. */
  private fail(): void {
    if (this.broken) return;
    this.broken = true;
    this.onBroken();
    const pending = [...this.pending.values()];
    this.pending.clear();
    pending.forEach((p) => runScanJob(p.job).then(p.resolve, p.reject));
  }

  terminate(): Promise<number> {
    this.broken = true;
    return this.worker.terminate();
  }
}

let shared: ScanWorker | null = null;
let unavailable = availableParallelism() < 2;

function run<J extends ScanJob>(job: J): Promise<ScanResult<J>> {
  if (!unavailable) {
    try {
      shared ??= new ScanWorker(() => {
        unavailable = true;
        shared = null;
      });
      return shared.run(job);
    } catch {
      unavailable = true;
    }
  }
  return runScanJob(job);
}

/** Page `page` (1-based) of a TIFF as a PNG (tiffToPng), or ImageRefused. */
export const convertTiff = (bytes: Uint8Array, page = 1): Promise<DisplayableTiff> => run({ kind: 'tiff', bytes, page });

/** How many pages a TIFF holds (tiffPageCount), or ImageRefused. */
export const countTiffPages = (bytes: Uint8Array): Promise<number> => run({ kind: 'tiff-pages', bytes });

/** How many pages a PDF has (pdfPageCount), or RefusedFile. */
export const countPdfPages = (bytes: Uint8Array, file: string): Promise<number> => run({ kind: 'pdf-pages', bytes, file });

/** Page `page` of a PDF, its text layer read (readPdfPage), or RefusedFile. */
export const readPdfPageOffThread = (bytes: Uint8Array, file: string, page: number): Promise<PdfPage> => run({ kind: 'pdf-page', bytes, file, page });

/** Whether scans are being read in the worker (it started and has not failed); for tests and diagnostics. */
export const scanWorkerRunning = (): boolean => shared !== null && !shared.broken;

/** Stops the shared worker (tests); the next scan starts another. */
export async function stopScanWorker(): Promise<void> {
  const worker = shared;
  shared = null;
  await worker?.terminate();
}
