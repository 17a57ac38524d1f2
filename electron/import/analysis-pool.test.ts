import { afterAll, describe, expect, it, vi } from 'vitest';
import { analyzePage } from '../../shared/analyze';
import { samplePages } from '../../tests/fixtures/samples';
import { analysisWorkerRunning, MIN_FILES_FOR_WORKER, preparerFor, stopAnalysisWorker } from './analysis-pool';
import { withBuiltWorker } from '../../tests/fixtures/built-worker';
import { prepareHere, reasonOf } from './prepare';

afterAll(() => stopAnalysisWorker());

const bytes = (text: string) => new TextEncoder().encode(text);
const here = prepareHere(analyzePage);
/** analyzePage, counting the pages analysed in this thread. */
const counted = () => vi.fn(analyzePage);

describe('the analysis worker', () => {
  it('prepares every sample page exactly as this thread does, sections included, without this thread analysing', async () => {
    const analyze = counted();
    const inWorker = preparerFor(MIN_FILES_FOR_WORKER, analyze);
    const sections = ['产改进行时', '工会动态'];
    const pages = await Promise.all(samplePages.map((p) => inWorker(bytes(p.text), p.file, sections)));
    expect(analyze).not.toHaveBeenCalled();
    expect(analysisWorkerRunning()).toBe(true);
    for (const [i, p] of samplePages.entries()) expect(pages[i]).toEqual(await here(bytes(p.text), p.file, sections));
    expect(pages.map((p) => p.page.articles.length)).toEqual([7, 10, 7, 4, 4]);
  }, 30_000);

  it('refuses a file with the reason this thread gives', async () => {
    const binary = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0, 0, 0, 0, 0]);
    const expected = await here(binary, 'x.txt', []).then(
      () => null,
      (err: unknown) => reasonOf(err),
    );
    expect(expected).not.toBeNull();
    const inWorker = preparerFor(MIN_FILES_FOR_WORKER, counted());
    await expect(inWorker(binary, 'x.txt', []).catch((err: unknown) => ({ file: (err as { file: string }).file, reason: reasonOf(err) }))).resolves.toEqual({
      file: 'x.txt',
      reason: expected,
    });
  }, 30_000);

  it('leaves small imports in this thread until a large one has started the worker', async () => {
    await stopAnalysisWorker();
    expect(analysisWorkerRunning()).toBe(false);
    const page = samplePages[0]!;
    const small = counted();
    expect(await preparerFor(MIN_FILES_FOR_WORKER - 1, small)(bytes(page.text), page.file, [])).toEqual(await here(bytes(page.text), page.file, []));
    expect(small).toHaveBeenCalledTimes(1);

    await preparerFor(MIN_FILES_FOR_WORKER, counted())(bytes(page.text), page.file, []);
    const later = counted();
    await preparerFor(1, later)(bytes(page.text), page.file, []);
    expect(later).not.toHaveBeenCalled();
  }, 30_000);

  it('runs from the build too: out/main/analysis-worker.js, the file the built app starts', async (ctx) => {
    const page = samplePages[2]!;
    await withBuiltWorker('analysis-worker', ctx, async (ask) => {
      expect(await ask({ bytes: bytes(page.text), file: page.file, sections: [] })).toEqual({ id: 1, ok: true, value: await here(bytes(page.text), page.file, []) });
    });
  }, 30_000);
});
