// The scan worker: TIFF conversion and PDF reading give what this thread gives, refusals with the same reasons,
// and the import's thread stays free while they run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { OCR_FIXTURES } from '../../tests/fixtures/ocr';
import { ImageRefused } from './images';
import { tiffToPng } from './tiff';
import { buildPdf } from '../../tests/fixtures/pdf';
import { RefusedFile } from '../import/prepare';
import { convertTiff, countPdfPages, readPdfPageOffThread, scanWorkerRunning, stopScanWorker } from './scan-pool';
import { withBuiltWorker } from '../../tests/fixtures/built-worker';

afterAll(() => stopScanWorker());

// The PDF reader as this thread would run it, counted: the worker loads its own, so none of these calls may happen.
const inThisThread = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../import/pdf', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../import/pdf')>();
  return {
    ...actual,
    pdfPageCount: (...args: Parameters<typeof actual.pdfPageCount>) => (inThisThread.calls++, actual.pdfPageCount(...args)),
    readPdfPage: (...args: Parameters<typeof actual.readPdfPage>) => (inThisThread.calls++, actual.readPdfPage(...args)),
  };
});

const TIFFS = join(OCR_FIXTURES, 'tiff');
const fixture = (name: string) => new Uint8Array(readFileSync(join(TIFFS, `${name}.tif`)));

describe('the scan worker: TIFF', () => {
  it('converts every fixture to the PNG this thread makes, while this thread goes on running', async () => {
    for (const name of ['b05_tupian_xinwen', 'grey-lzw', 'grey-lzw-tiled', 'rgb-deflate']) {
      const bytes = fixture(name);
      let ticked = false;
      // In this thread the conversion would finish before the event loop turns; in the worker the loop turns first.
      const tick = new Promise<void>((resolve) => setImmediate(() => resolve(void (ticked = true))));
      const converted = convertTiff(bytes).then((tiff) => ({ tiff, tickedBefore: ticked }));
      const { tiff, tickedBefore } = await converted;
      await tick;
      expect(scanWorkerRunning()).toBe(true);
      expect(tickedBefore, name).toBe(true);
      expect(tiff).toEqual(tiffToPng(bytes));
    }
  }, 30_000);

  it('refuses a file with the reason this thread gives', async () => {
    const truncated = fixture('b05_tupian_xinwen').subarray(0, 2000);
    let expected: unknown = null;
    try {
      tiffToPng(truncated);
    } catch (err) {
      expected = (err as ImageRefused).reason;
    }
    expect(expected).not.toBeNull();
    const err = await convertTiff(truncated).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ImageRefused);
    expect((err as ImageRefused).reason).toEqual(expected);
  }, 30_000);

  it('reads a PDF’s pages in the worker as this thread would; a page without text is refused with the file', async () => {
    const lines = [
      { text: '城市更新让老街焕发新活力', x: 60, y: 760, size: 26 },
      { text: '本报讯 记者王晓明 近日，老城区的改造工程', x: 60, y: 700, size: 12 },
    ];
    const pdf = await buildPdf([lines, []]);
    const pages = await countPdfPages(pdf, 'news.pdf');
    const page = await readPdfPageOffThread(pdf, 'news.pdf', 1);
    const err = await readPdfPageOffThread(pdf, 'news.pdf', 2).then(
      () => null,
      (e: unknown) => e,
    );
    expect(scanWorkerRunning()).toBe(true);
    expect(inThisThread.calls).toBe(0);
    const here = await vi.importActual<typeof import('../import/pdf')>('../import/pdf');
    expect(pages).toBe(await here.pdfPageCount(pdf, 'news.pdf'));
    expect(pages).toBe(2);
    expect(page).toEqual(await here.readPdfPage(pdf, 'news.pdf', 1));
    expect(page.page.text).toContain('城市更新让老街焕发新活力');
    expect(err).toBeInstanceOf(RefusedFile);
    expect(err).toMatchObject({ file: 'news.pdf', reason: { en: 'page 2 of the PDF has no text layer (a scan): run OCR on it first' } });
  }, 60_000);

  it('runs from the build too: out/main/scan-worker.js, the file the built app starts', async (ctx) => {
    await withBuiltWorker('scan-worker', ctx, async (ask) => {
      const bytes = fixture('grey-lzw');
      expect(await ask({ kind: 'tiff', bytes, page: 1 })).toEqual({ id: 1, ok: true, value: tiffToPng(bytes) });
      // pdf.js and its CMaps are found from the build's folder too.
      const pdf = await buildPdf([[{ text: '城市更新让老街焕发新活力', x: 60, y: 760, size: 26 }]]);
      const read = await ask({ kind: 'pdf-page', bytes: pdf, file: 'a.pdf', page: 1 });
      expect(read).toMatchObject({ id: 2, ok: true, value: { number: 1, page: { text: '城市更新让老街焕发新活力\n' } } });
    });
  }, 30_000);
});
