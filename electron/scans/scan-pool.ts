// Page scans read off the import's thread. Decoding a broadsheet TIFF and encoding its PNG takes seconds of CPU,
// reading a PDF page's text layer a tenth of a second (the first, loading pdf.js and its CMaps, over a second),
// and the import runs on the thread that answers the desk's requests (the HTTP host, the app's main process), so
// they go to a worker. One worker per process, started on the first scan and kept (unreferenced, so it never
// holds a CLI or test process open); it is stateless, so every store and import shares it. Where no worker can
// run (a single core, a worker that fails to start or dies) the jobs run in this thread: same results.
import type { PdfPage } from '../import/pdf';
import { sharedJobWorker } from '../platform/job-worker';
import { startScriptWorker } from '../platform/worker-script';
import { jobError, runScanJob, type ScanJob, type ScanResult } from './scan-jobs';
import type { DisplayableTiff } from './tiff';

const worker = sharedJobWorker<ScanJob>(() => startScriptWorker(import.meta.url, 'scan-worker'), jobError);

const run = <J extends ScanJob>(job: J): Promise<ScanResult<J>> => worker.run(job, () => runScanJob(job));

/** Page `page` (1-based) of a TIFF as a PNG (tiffToPng), or ImageRefused. */
export const convertTiff = (bytes: Uint8Array, page = 1): Promise<DisplayableTiff> => run({ kind: 'tiff', bytes, page });

/** How many pages a TIFF holds (tiffPageCount), or ImageRefused. */
export const countTiffPages = (bytes: Uint8Array): Promise<number> => run({ kind: 'tiff-pages', bytes });

/** How many pages a PDF has (pdfPageCount), or RefusedFile. */
export const countPdfPages = (bytes: Uint8Array, file: string): Promise<number> => run({ kind: 'pdf-pages', bytes, file });

/** Page `page` of a PDF, its text layer read (readPdfPage), or RefusedFile. */
export const readPdfPageOffThread = (bytes: Uint8Array, file: string, page: number): Promise<PdfPage> => run({ kind: 'pdf-page', bytes, file, page });

/** Whether scans are being read in the worker (it started and has not failed); for tests and diagnostics. */
export const scanWorkerRunning = (): boolean => worker.running();

/** Stops the shared worker (tests); the next scan starts another. */
export const stopScanWorker = (): Promise<void> => worker.stop();
