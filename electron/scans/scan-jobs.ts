// The CPU-heavy reading of page scans, as jobs the scan worker runs (scan-pool.ts): a TIFF decoded and encoded
// as PNG, a TIFF's or a PDF's pages counted, a PDF page's text layer read. Each runs the same here or in the worker.
import type { Bilingual } from '../../shared/model/types';
import { pdfPageCount, readPdfPage, type PdfPage } from '../import/pdf';
import { RefusedFile } from '../import/prepare';
import { ImageRefused } from './images';
import { tiffPageCount, tiffToPng, type DisplayableTiff } from './tiff';

export type ScanJob =
  | { kind: 'tiff'; bytes: Uint8Array; page: number }
  | { kind: 'tiff-pages'; bytes: Uint8Array }
  | { kind: 'pdf-pages'; bytes: Uint8Array; file: string } | { kind: 'pdf-page'; bytes: Uint8Array; file: string; page: number };

export interface ScanResults {
  tiff: DisplayableTiff;
  'tiff-pages': number;
  'pdf-pages': number;
  'pdf-page': PdfPage;
}

export type ScanResult<J extends ScanJob> = ScanResults[J['kind']];

export async function runScanJob<J extends ScanJob>(job: J): Promise<ScanResult<J>> {
  if (job.kind === 'tiff') return tiffToPng(job.bytes, job.page) as ScanResult<J>;
  if (job.kind === 'tiff-pages') return tiffPageCount(job.bytes) as ScanResult<J>;
  if (job.kind === 'pdf-pages') return (await pdfPageCount(job.bytes, job.file)) as ScanResult<J>;
  return (await readPdfPage(job.bytes, job.file, job.page)) as ScanResult<J>;
}

/** Why a job failed, in both languages, as it crosses from the worker. */
export function jobReason(err: unknown): Bilingual {
  if (err instanceof ImageRefused || err instanceof RefusedFile) return err.reason;
  const message = err instanceof Error ? err.message : String(err);
  return { zh: `无法读取页面图像：${message}`, en: `the page image could not be read: ${message}` };
}

/** The error the job's caller expects for a reason: an image refused (TIFF), the PDF file refused. */
export function jobError(job: ScanJob, reason: Bilingual): Error {
  return job.kind === 'tiff' || job.kind === 'tiff-pages' ? new ImageRefused(reason) : new RefusedFile(job.file, reason);
}
