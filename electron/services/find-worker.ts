// The find worker: runs searches for find-pool.ts, so a slow pattern never blocks the request thread, and can
// be stopped by ending the worker.
import { parentPort } from 'node:worker_threads';
import { ApiError } from '../../shared/api/errors';
import { findHits } from './find-match';
import type { FindReply, FindRequest } from './find-pool';

parentPort!.on('message', ({ id, items, query, replacement }: FindRequest) => {
  let reply: FindReply;
  try {
    reply = { id, ok: true, ...findHits(items, query, replacement) };
  } catch (err) {
    const e = err instanceof ApiError ? err : new ApiError('internal', (err as Error).message);
    reply = { id, ok: false, code: e.code, message: e.message };
  }
  parentPort!.postMessage(reply);
});

// Said once the modules above are loaded: the pool times a search from here, not from the worker's start.
parentPort!.postMessage({ ready: true } satisfies FindReply);
