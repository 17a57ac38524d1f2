// One reader worker per backend (reader-worker.ts), started with the host: the long reads of READERS go to it,
// so a batch's statistics over 30,000 articles no longer holds up app.info, saves or the list. Where
// no worker can run (a single core, a worker that fails to start or dies) they run in this thread instead:
// same answers, and the host waits for them as it did before.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ApiParsedRequest, ApiResponses } from '../../shared/api/contract';
import { fromErrorBody } from '../../shared/api/errors';
import type { ServiceContext } from './context';
import type { DatabaseOptions } from '../store/database';
import { READERS, type ReaderMethod, type ReaderReply, type ReaderRequest, type ReaderWorkerData } from './readers';
import { startScriptWorker } from '../platform/worker-script';

export interface Readers {
  run<M extends ReaderMethod>(method: M, req: ApiParsedRequest<M>): Promise<ApiResponses[M]>;
  /** Whether reads go to the worker (it started and has not failed). */
  readonly inWorker: boolean;
  close(): Promise<void>;
}

/** The worker's script beside this module. */
function startWorker(workerData: ReaderWorkerData): Worker {
  return startScriptWorker(import.meta.url, 'reader-worker', { workerData });
}

interface Pending {
  resolve(value: unknown): void;
  reject(err: Error): void;
  retry(): void;
}

/** Long reads for the store at `dbPath`, in a worker when one can run; `ctx` runs them here otherwise. */
export function startReaders(ctx: ServiceContext, dbPath: string, options: DatabaseOptions = {}): Readers {
  const here = <M extends ReaderMethod>(method: M, req: ApiParsedRequest<M>) =>
    new Promise<ApiResponses[M]>((resolve) => resolve(READERS[method](ctx, req as never) as ApiResponses[M]));
  let worker: Worker | null = null;
  const pending = new Map<number, Pending>();
  let nextId = 1;
  const fail = () => {
    if (!worker) return;
    worker = null;
    const left = [...pending.values()];
    pending.clear();
    left.forEach((p) => p.retry());
  };
  if (availableParallelism() >= 2) {
    try {
      worker = startWorker({ dbPath, ...options });
      worker.unref();
      worker.on('message', (reply: ReaderReply) => {
        const p = pending.get(reply.id);
        if (!p) return;
        pending.delete(reply.id);
        if (pending.size === 0) worker?.unref();
        if (reply.ok) p.resolve(reply.value);
        else p.reject(fromErrorBody(reply.error));
      });
      worker.on('error', fail);
      worker.on('exit', fail);
    } catch {
      worker = null;
    }
  }
  return {
    run: (method, req) => {
      const w = worker;
      if (!w) return here(method, req);
      return new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject, retry: () => here(method, req).then(resolve, reject) });
        // Held open only while it has work, so an idle worker never keeps the process alive.
        if (pending.size === 1) w.ref();
        w.postMessage({ id, method, req } satisfies ReaderRequest);
      });
    },
    get inWorker() {
      return worker !== null;
    },
    close: async () => {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
