// A stateless worker thread that runs jobs for this thread: one per process, started on first use and kept
// (unreferenced while idle, so it never holds a CLI or test process open). Where no worker can run — a single core,
// a worker that fails to start or dies — each job runs in this thread instead, by the fallback its caller gave:
// same results, slower. The jobs the worker held when it died are run here too, so none is lost.
import { availableParallelism } from 'node:os';
import { parentPort, type Transferable, type Worker } from 'node:worker_threads';
import type { Bilingual } from '../../shared/model/types';

export interface JobRequest<Job> {
  id: number;
  job: Job;
}

export type JobReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; reason: Bilingual };

interface Pending<Job> {
  job: Job;
  resolve(value: unknown): void;
  reject(err: Error): void;
  fallback(): Promise<unknown>;
}

class JobWorker<Job> {
  private readonly pending = new Map<number, Pending<Job>>();
  private nextId = 1;
  broken = false;

  constructor(
    private readonly worker: Worker,
    private readonly refused: (job: Job, reason: Bilingual) => Error,
    private readonly onBroken: () => void,
  ) {
    worker.unref();
    worker.on('message', (reply: JobReply) => this.settle(reply));
    worker.on('error', () => this.fail());
    worker.on('exit', () => this.fail());
  }

  run<V>(job: Job, fallback: () => Promise<V>): Promise<V> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { job, resolve: resolve as (value: unknown) => void, reject, fallback });
      // Held open only while it has work, so an idle worker never keeps the process alive.
      if (this.pending.size === 1) this.worker.ref();
      this.worker.postMessage({ id, job } satisfies JobRequest<Job>);
    });
  }

  private settle(reply: JobReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker.unref();
    if (reply.ok) pending.resolve(reply.value);
    else pending.reject(this.refused(pending.job, reply.reason));
  }

  /** The worker is gone: what it had is run here instead, and so is everything after. */
  private fail(): void {
    if (this.broken) return;
    this.broken = true;
    this.onBroken();
    const pending = [...this.pending.values()];
    this.pending.clear();
    pending.forEach((p) => p.fallback().then(p.resolve, p.reject));
  }

  terminate(): Promise<number> {
    this.broken = true;
    return this.worker.terminate();
  }
}

export interface SharedJobWorker<Job> {
  /** Runs `job` in the worker, starting it if need be; by `fallback` in this thread where no worker runs. */
  run<V>(job: Job, fallback: () => Promise<V>): Promise<V>;
  /** Whether the worker was started (it may since have failed). */
  started(): boolean;
  /** Whether jobs go to the worker (it started and has not failed); for tests and diagnostics. */
  running(): boolean;
  /** Stops the worker (tests); the next job starts another. */
  stop(): Promise<void>;
}

/**
 * The process's worker for one kind of job. `start` starts its script (startScriptWorker); `refused` is the error
 * a job refused in the worker rejects with, made from the reason the worker sent (see serveJobs).
 */
export function sharedJobWorker<Job>(start: () => Worker, refused: (job: Job, reason: Bilingual) => Error): SharedJobWorker<Job> {
  let shared: JobWorker<Job> | null = null;
  let unavailable = availableParallelism() < 2;
  return {
    run(job, fallback) {
      if (!unavailable) {
        try {
          shared ??= new JobWorker(start(), refused, () => {
            unavailable = true;
            shared = null;
          });
          return shared.run(job, fallback);
        } catch {
          unavailable = true;
        }
      }
      return fallback();
    },
    started: () => shared !== null,
    running: () => shared !== null && !shared.broken,
    async stop() {
      const worker = shared;
      shared = null;
      await worker?.terminate();
    },
  };
}

/**
 * The worker's side: answers each job with `run`'s value, or with the reason `reasonOf` gives for its failure.
 * `transfer` names buffers of the value to move rather than copy.
 */
export function serveJobs<Job>(run: (job: Job) => unknown, reasonOf: (err: unknown) => Bilingual, transfer: (job: Job, value: unknown) => Transferable[] = () => []): void {
  const port = parentPort!;
  port.on('message', ({ id, job }: JobRequest<Job>) => {
    Promise.resolve()
      .then(() => run(job))
      .then(
        (value) => port.postMessage({ id, ok: true, value } satisfies JobReply, transfer(job, value)),
        (err: unknown) => port.postMessage({ id, ok: false, reason: reasonOf(err) } satisfies JobReply),
      );
  });
}
