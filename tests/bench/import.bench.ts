// Import throughput into a fresh database: 2,000 page files (variants of the sample pages, all different) in 20
// folders of 100, each imported as one batch with import.paths through dispatch and the handlers, as the desk
// imports: files read ahead, decoded and analysed (analyzePage) in the analysis worker while this thread writes
// them, a group of pages per transaction with a savepoint per page (page, articles, first revisions, tags, the
// search-index queue), then the batch's cross-page lint. The search index itself is built afterwards, when the
// backend is idle: its catch-up time over the whole library is a note (indexMs), not part of the figure.
// One sample per folder, so later samples import into a fuller database. Baseline: read + decode + analyzePage
// of the same folder's files in this thread with no store.
// `import-indexed` is the same import with the search index caught up before each folder's clock stops (issue 12:
// a library is searchable only once its index is), so its figure includes trigram and bigram indexing.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { decodePage } from '../../electron/import/decode';
import { analysisWorkerRunning } from '../../electron/import/analysis-pool';
import { drainSearchIndex } from '../../electron/services/search-indexer';
import { openBackend } from './lib/backend';
import { loadAnalyzer, pageVariant, samplePages } from './lib/corpus';
import { timeMsAsync } from './lib/measure';
import type { Benchmark } from './lib/types';

const FOLDERS = 20;
const PAGES_PER_FOLDER = 100;
const WARMUP_PAGES = 50;

/** Writes `count` page variants (seeds from `seed`) into `dir`; returns the folder. */
function writeFolder(dir: string, count: number, seed: number): string {
  const samples = samplePages();
  mkdirSync(dir, { recursive: true });
  for (let n = 0; n < count; n++) writeFileSync(join(dir, `${String(n + 1).padStart(3, '0')}.txt`), pageVariant(samples[(seed + n) % samples.length]!.text, seed + n));
  return dir;
}

const importBench = (name: string, indexed: boolean): Benchmark => ({
  name,
  unit: 'pages/s',
  better: 'higher',
  target: { stat: 'median', op: '>=', value: 500 },
  async run({ tmpDir, log }) {
    const analyze = await loadAnalyzer();
    if (!analyze) return { samples: [], skipped: 'shared/analyze.ts (analyzePage) does not exist yet' };

    const folders = Array.from({ length: FOLDERS }, (_, f) => writeFolder(join(tmpDir, 'pages', `batch-${f + 1}`), PAGES_PER_FOLDER, 1 + f * PAGES_PER_FOLDER));
    const warmupFolder = writeFolder(join(tmpDir, 'warmup'), WARMUP_PAGES, 1_000_000);
    log(`${FOLDERS * PAGES_PER_FOLDER} page files in ${FOLDERS} folders`);

    // The warm-up import goes to a database of its own, so the measured one starts empty.
    const warm = openBackend(join(tmpDir, 'warmup.db'));
    await warm.call('import.paths', { paths: [warmupFolder] });
    warm.close();

    const backend = openBackend(join(tmpDir, 'galley.db'));
    const samples: number[] = [];
    const baseline: number[] = [];
    let pages = 0;
    let articles = 0;
    try {
      for (const folder of folders) {
        const files = readdirSync(folder).map((f) => join(folder, f));
        const start = performance.now();
        for (const file of files) analyze(decodePage(readFileSync(file), file).text);
        baseline.push(files.length / ((performance.now() - start) / 1000));

        let imported = 0;
        const ms = await timeMsAsync(async () => {
          const report = await backend.call('import.paths', { paths: [folder] });
          imported = report.files.filter((f) => f.status === 'imported').length;
          articles += report.files.reduce((n, f) => n + f.articles, 0);
          if (indexed) drainSearchIndex(backend.store);
        });
        if (imported !== files.length) throw new Error(`${folder}: ${imported} of ${files.length} pages imported`);
        pages += imported;
        samples.push(imported / (ms / 1000));
      }
      const indexing = performance.now();
      drainSearchIndex(backend.store);
      const indexMs = performance.now() - indexing;
      return {
        samples,
        baseline: { name: 'read + decode + analyzePage', samples: baseline },
        notes: {
          pages,
          articles,
          pagesPerFolder: PAGES_PER_FOLDER,
          firstFolderPagesPerS: Number(samples[0]!.toFixed(0)),
          lastFolderPagesPerS: Number(samples.at(-1)!.toFixed(0)),
          indexMs: Number(indexMs.toFixed(0)),
          // False would mean the pages were analysed in the import's own thread (no worker could run).
          analysisWorker: analysisWorkerRunning() ? 'yes' : 'no',
        },
      };
    } finally {
      backend.close();
    }
  },
});

export default [importBench('import', false), importBench('import-indexed', true)];
