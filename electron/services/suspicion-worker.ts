// The suspicion worker: runs the engine for the backend's suspicion runner, keeping each paper's evidence
// between requests (it is sent again only when the paper's approved articles changed).
import { parentPort } from 'node:worker_threads';
import { batchEvidence, type PaperEvidence } from '../../shared/suspect';
import { approvedEvidence, suspectWith } from './engine';
import type { SuspicionReply, SuspicionRequest } from './suspicion-pool';

const papers = new Map<string, { stamp: string; evidence: PaperEvidence }>();
/** Only the batch being read is kept. */
let batchKept: { id: number; stamp: string; evidence: PaperEvidence } | null = null;

parentPort!.on('message', ({ id, text, paper, batch, confusions }: SuspicionRequest) => {
  let reply: SuspicionReply;
  try {
    if (paper?.approved) papers.set(paper.name, { stamp: paper.stamp, evidence: approvedEvidence(paper.approved) });
    if (batch?.texts) batchKept = { id: batch.id, stamp: batch.stamp, evidence: batchEvidence(batch.texts) };
    const known = paper ? papers.get(paper.name) : undefined;
    if (paper && known?.stamp !== paper.stamp) throw new Error(`no evidence for ${paper.name} at ${paper.stamp}`);
    if (batch && (batchKept?.id !== batch.id || batchKept.stamp !== batch.stamp)) throw new Error(`no evidence for batch ${batch.id} at ${batch.stamp}`);
    reply = { id, ok: true, found: suspectWith(text, known?.evidence, batch ? batchKept!.evidence : undefined, confusions) };
  } catch (err) {
    reply = { id, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  parentPort!.postMessage(reply);
});
