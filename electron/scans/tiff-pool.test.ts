// The TIFF conversion in its worker: the same PNG as this thread makes, refusals with the same reasons, and the
// import's thread free while it runs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { OCR_FIXTURES } from '../../tests/fixtures/ocr';
import { ImageRefused } from './images';
import { tiffToPng } from './tiff';
import { convertTiff, stopTiffWorker, tiffWorkerRunning, type TiffReply } from './tiff-pool';

afterAll(() => stopTiffWorker());

const TIFFS = join(OCR_FIXTURES, 'tiff');
const fixture = (name: string) => new Uint8Array(readFileSync(join(TIFFS, `${name}.tif`)));

describe('the TIFF worker', () => {
  it('converts every fixture to the PNG this thread makes, while this thread goes on running', async () => {
    for (const name of ['b05_tupian_xinwen', 'grey-lzw', 'grey-lzw-tiled', 'rgb-deflate']) {
      const bytes = fixture(name);
      let ticked = false;
      // In this thread the conversion would finish before the event loop turns; in the worker the loop turns first.
      const tick = new Promise<void>((resolve) => setImmediate(() => resolve(void (ticked = true))));
      const converted = convertTiff(bytes).then((tiff) => ({ tiff, tickedBefore: ticked }));
      const { tiff, tickedBefore } = await converted;
      await tick;
      expect(tiffWorkerRunning()).toBe(true);
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

  it('runs from the build too: out/main/tiff-worker.js, the file the built app starts', async (ctx) => {
    const built = join(fileURLToPath(new URL('../../out/main', import.meta.url)), 'tiff-worker.js');
    if (!existsSync(built)) {
      console.log(`skipped: ${built} does not exist yet (npm test builds before the unit tests; run \`npm run build\` to check it)`);
      ctx.skip();
    }
    const bytes = fixture('grey-lzw');
    const worker = new Worker(built);
    try {
      const reply = await new Promise<TiffReply>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage({ id: 1, bytes });
      });
      expect(reply).toEqual({ id: 1, ok: true, tiff: tiffToPng(bytes) });
    } finally {
      await worker.terminate();
    }
  }, 30_000);
});
