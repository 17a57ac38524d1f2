// The reader worker: long reads (a batch's statistics) on a connection of its own, so the
// thread answering requests stays free while they run. WAL lets it read while the main connection writes.
import { parentPort, workerData } from 'node:worker_threads';
import { EventBus } from '../../shared/api/bus';
import { toErrorBody } from '../../shared/api/errors';
import { openStore } from '../store/store';
import { serviceContext } from './context';
import { READERS, type ReaderReply, type ReaderRequest, type ReaderWorkerData } from './readers';

const { dbPath, nativeBinding } = workerData as ReaderWorkerData;
const ctx = serviceContext(openStore(dbPath, { nativeBinding }), new EventBus());

parentPort!.on('message', ({ id, method, req }: ReaderRequest) => {
  let reply: ReaderReply;
  try {
    reply = { id, ok: true, value: READERS[method](ctx, req as never) };
  } catch (err) {
    reply = { id, ok: false, error: toErrorBody(err) };
  }
  parentPort!.postMessage(reply);
});
