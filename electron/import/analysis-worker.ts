// The analysis worker: prepares pages (decode, hash, analyzePage) for the import in the main thread.
import { parentPort } from 'node:worker_threads';
import { analyzePage } from '../../shared/analyze';
import { preparePage, reasonOf } from './prepare';
import type { AnalysisReply, AnalysisRequest } from './analysis-pool';

parentPort!.on('message', ({ id, bytes, file, sections }: AnalysisRequest) => {
  let reply: AnalysisReply;
  try {
    reply = { id, ok: true, page: preparePage(bytes, file, sections, analyzePage) };
  } catch (err) {
    reply = { id, ok: false, reason: reasonOf(err) };
  }
  parentPort!.postMessage(reply);
});
