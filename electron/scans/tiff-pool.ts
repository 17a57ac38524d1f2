// TIFF conversion off the import's thread. Decoding a broadsheet TIFF and encoding its PNG takes seconds of CPU,
// and the import runs on the thread that answers the desk's requests (the HTTP host, the app's main process), so
// it goes to a worker. One worker per process, started on the first TIFF and kept (unreferenced, so it never
// holds a CLI or test process open); it is stateless, so every store and import shares it. Where no worker can
// run (a single core, a worker that fails to start or dies) the conversion runs in this thread: same result.
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Bilingual } from '../../shared/model/types';
import { ImageRefused } from './images';
import { tiffToPng, type DisplayableTiff } from './tiff';

export interface TiffRequest {
  id: number;
  bytes: Uint8Array;
}

export type TiffReply = { id: number; ok: true; tiff: DisplayableTiff } | { id: number; ok: false; reason: Bilingual };

interface Pending {
  resolve(tiff: DisplayableTiff): void;
  reject(err: Error): void;
  retry(): void;
}

/** The worker's script beside this module: TypeScript through tsx (development, tests), JavaScript when built. */
function startWorker(): Worker {
  const here = fileURLToPath(import.meta.url);
  if (!here.endsWith('.ts')) return new Worker(join(dirname(here), 'tiff-worker.js'));
  // A worker's entry is loaded before any --import hook of its own, so tsx is registered first, then the entry.
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(pathToFileURL(join(dirname(here), 'tiff-worker.ts')).href);
  return new Worker(`import(${tsx}).then((tsx) => { tsx.register(); return import(${entry}); });`, { eval: true });
}

const convertHere = (bytes: Uint8Array): Promise<DisplayableTiff> => new Promise((resolve) => resolve(tiffToPng(bytes)));

class TiffWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  broken = false;

  constructor(private readonly onBroken: () => void) {
    this.worker = startWorker();
    this.worker.unref();
    this.worker.on('message', (reply: TiffReply) => this.settle(reply));
    this.worker.on('error', () => this.fail());
    this.worker.on('exit', () => this.fail());
  }

  convert(bytes: Uint8Array): Promise<DisplayableTiff> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject, retry: () => convertHere(bytes).then(resolve, reject) });
      // Held open only while it has work, so an idle worker never keeps the process alive.
      if (this.pending.size === 1) this.worker.ref();
      this.worker.postMessage({ id, bytes } satisfies TiffRequest);
    });
  }

  private settle(reply: TiffReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker.unref();
    if (reply.ok) pending.resolve(reply.tiff);
    else pending.reject(new ImageRefused(reply.reason));
  }

  /** The worker is gone: what it had is converted here instead, and so is everything after. */
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

let shared: TiffWorker | null = null;
let unavailable = availableParallelism() < 2;

/** The first page of a TIFF as a PNG (tiffToPng), converted in the shared worker when one can run. */
export function convertTiff(bytes: Uint8Array): Promise<DisplayableTiff> {
  if (unavailable) return convertHere(bytes);
  try {
    shared ??= new TiffWorker(() => {
      unavailable = true;
      shared = null;
    });
  } catch {
    unavailable = true;
    return convertHere(bytes);
  }
  return shared.convert(bytes);
}

/** Whether TIFFs are being converted in the worker (it started and has not failed); for tests and diagnostics. */
export const tiffWorkerRunning = (): boolean => shared !== null && !shared.broken;

/** Stops the shared worker (tests); the next TIFF starts another. */
export async function stopTiffWorker(): Promise<void> {
  const worker = shared;
  shared = null;
  await worker?.terminate();
}
