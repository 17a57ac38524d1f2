// The scan worker: TIFF conversion and PDF reading (scan-jobs.ts) for the import in the main thread.
import { parentPort } from 'node:worker_threads';
import { jobReason, runScanJob } from './scan-jobs';
import type { ScanReply, ScanRequest } from './scan-pool';

parentPort!.on('message', ({ id, job }: ScanRequest) => {
  runScanJob(job).then(
    (value) => {
      // A TIFF's PNG is moved, not copied: a bitonal broadsheet's is a few MB, a grey one's tens.
      const transfer = job.kind === 'tiff' ? [(value as { png: Uint8Array }).png.buffer as ArrayBuffer] : [];
      parentPort!.postMessage({ id, ok: true, value } satisfies ScanReply, transfer);
    },
    (err: unknown) => parentPort!.postMessage({ id, ok: false, reason: jobReason(err) } satisfies ScanReply),
  );
});
