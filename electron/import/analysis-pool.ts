// Page analysis off the import's thread. Decoding and analysing a page takes about as long as writing it, so
// with the analysis in a worker an import's writes and analyses overlap on two cores instead of taking turns.
// One worker per process, started on the first large import and kept (unreferenced, so it never holds a CLI
// or test process open); the worker is stateless, so every store and import shares it. Where no worker can run
// (a single core, a worker that fails to start or dies), pages are prepared in this thread: same results, slower.
import { sharedJobWorker } from '../platform/job-worker';
import { startScriptWorker } from '../platform/worker-script';
import { prepareHere, RefusedFile, type Analyze, type PreparedPage, type PreparePage } from './prepare';

/** A page to prepare: its bytes, file name and the section names the parser is given. */
export interface AnalysisJob {
  bytes: Uint8Array;
  file: string;
  sections: string[];
}

/** Imports of fewer files are prepared in this thread: starting the worker would cost more than it saves. */
export const MIN_FILES_FOR_WORKER = 8;

const worker = sharedJobWorker<AnalysisJob>(
  () => startScriptWorker(import.meta.url, 'analysis-worker'),
  (job, reason) => new RefusedFile(job.file, reason),
);

/**
 * How an import of `files` files prepares its pages: in the shared worker when it pays, else in this thread with
 * `analyze` (which must be what the worker runs: analyzePage).
 */
export function preparerFor(files: number, analyze: Analyze): PreparePage {
  const here = prepareHere(analyze);
  if (files < MIN_FILES_FOR_WORKER && !worker.started()) return here;
  return (bytes, file, sections) => worker.run<PreparedPage>({ bytes, file, sections }, () => here(bytes, file, sections));
}

/** Whether pages are being prepared in the worker (it started and has not failed); for diagnostics. */
export const analysisWorkerRunning = (): boolean => worker.running();

/** Stops the shared worker (tests); the next large import starts another. */
export const stopAnalysisWorker = (): Promise<void> => worker.stop();
