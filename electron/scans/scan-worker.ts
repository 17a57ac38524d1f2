// The scan worker: TIFF conversion and PDF reading (scan-jobs.ts) for the import in the main thread.
import { serveJobs } from '../platform/job-worker';
import { jobReason, runScanJob, type ScanJob } from './scan-jobs';

// A TIFF's PNG is moved, not copied: a bitonal broadsheet's is a few MB, a grey one's tens.
serveJobs<ScanJob>(runScanJob, jobReason, (job, value) => (job.kind === 'tiff' ? [(value as { png: Uint8Array }).png.buffer as ArrayBuffer] : []));
