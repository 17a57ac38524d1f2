// The suspicion engine off the backend's thread: reading an article takes the engine long enough (hundreds of
// ms today) that in the backend's own thread every request would wait behind it. One worker, started on first
// use and unreferenced while idle; each paper's evidence is sent once per change of its approved articles.
// Where no worker can run (it fails to start or dies), the engine runs in this thread: same results.
import { Worker } from 'node:worker_threads';
import type { Suspicion } from '../../shared/model/types';
import type { Confusion, Store } from '../store/repositories';
import { libraryEngine, type ApprovedArticle, type SuspectFn } from './engine';
import { startScriptWorker } from '../platform/worker-script';

export interface SuspicionRequest {
  id: number;
  text: string;
  /** The paper, with its approved articles when the worker's copy (by stamp) is out of date. */
  paper: { name: string; stamp: string; approved?: ApprovedArticle[] } | null;
  /** The batch, with its texts when the worker's copy is out of date. */
  batch: { id: number; stamp: string; texts?: string[] } | null;
  confusions: readonly Confusion[];
}

export type SuspicionReply = { id: number; ok: true; found: Suspicion[] } | { id: number; ok: false; message: string };

/** The worker's script beside this module. */
function startWorker(): Worker {
  return startScriptWorker(import.meta.url, 'suspicion-worker');
}

/** The engine in a worker, falling back to this thread for good once the worker fails. */
export function workerEngine(store: Store): SuspectFn & { dispose(): Promise<void> } {
  const here = libraryEngine(store);
  let worker: Worker | null = null;
  let broken = false;
  let nextId = 1;
  const pending = new Map<number, { resolve(found: Suspicion[]): void; reject(err: Error): void; retry(): void }>();
  /** The stamp of each paper's evidence the worker holds, and of the one batch's. */
  const sent = new Map<string, string>();
  let sentBatch: { id: number; stamp: string } | null = null;

  const fail = () => {
    if (broken) return;
    broken = true;
    const waiting = [...pending.values()];
    pending.clear();
    waiting.forEach((p) => p.retry());
  };
  const start = (): Worker | null => {
    if (broken) return null;
    if (worker) return worker;
    try {
      worker = startWorker();
    } catch {
      broken = true;
      return null;
    }
    worker.unref();
    worker.on('message', (reply: SuspicionReply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (pending.size === 0) worker?.unref();
      if (reply.ok) p.resolve(reply.found);
      else p.reject(new Error(reply.message));
    });
    worker.on('error', fail);
    worker.on('exit', fail);
    return worker;
  };

  const engine = (text: string, evidence: Parameters<SuspectFn>[1]): Promise<Suspicion[]> => {
    const w = start();
    if (!w) return Promise.resolve(here(text, evidence));
    let paper: SuspicionRequest['paper'] = null;
    if (evidence.paper !== null) {
      const stamp = store.articles.approvedStamp(evidence.paper);
      paper = { name: evidence.paper, stamp };
      if (sent.get(evidence.paper) !== stamp) {
        paper.approved = store.articles.approvedOfPaper(evidence.paper);
        sent.set(evidence.paper, stamp);
      }
    }
    let batch: SuspicionRequest['batch'] = null;
    if (evidence.batchId !== null) {
      const stamp = store.articles.textsStamp(evidence.batchId);
      batch = { id: evidence.batchId, stamp };
      if (sentBatch?.id !== evidence.batchId || sentBatch.stamp !== stamp) {
        batch.texts = store.articles.texts(evidence.batchId).map((a) => a.text);
        sentBatch = { id: evidence.batchId, stamp };
      }
    }
    return new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject, retry: () => resolve(here(text, evidence)) });
      if (pending.size === 1) w.ref();
      w.postMessage({ id, text, paper, batch, confusions: evidence.confusions } satisfies SuspicionRequest);
    });
  };
  return Object.assign(engine, {
    async dispose() {
      broken = true;
      await worker?.terminate();
    },
  });
}
