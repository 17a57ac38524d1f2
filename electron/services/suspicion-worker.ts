// The suspicion worker: runs the engine for the backend's suspicion runner, keeping each paper's evidence
// between requests (it is sent again only when the paper's approved articles changed).
import { parentPort } from 'node:worker_threads';
import type { PaperEvidence } from '../../shared/suspect';
import { approvedEvidence, suspectWith } from './engine';
import type { SuspicionReply, SuspicionRequest } from './suspicion-pool';

const papers = new Map<string, { stamp: string; evidence: PaperEvidence }>();

parentPort!.on('message', ({ id, text, paper, confusions }: SuspicionRequest) => {
  let reply: SuspicionReply;
  try {
    if (paper?.approved) papers.set(paper.name, { stamp: paper.stamp, evidence: approvedEvidence(paper.approved) });
    const known = paper ? papers.get(paper.name) : undefined;
    if (paper && known?.stamp !== paper.stamp) throw new Error(`no evidence for ${paper.name} at ${paper.stamp}`);
    reply = { id, ok: true, found: suspectWith(text, known?.evidence, confusions) };
  } catch (err) {
    reply = { id, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  parentPort!.postMessage(reply);
});
