// Import-side throughput: read a page file, decode it, and analyzePage it (parse → clean → lint), over 2,000+
// page files made from the samples and from pages set one printed line per text line (the line-level pages of
// the segment-quality corpora: Tesseract's and FineReader's plain text). Baseline: reading and decoding the same
// files and nothing else.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCorpus } from '../fixtures/segment-quality/score';
import { loadAnalyzer, pageVariant, samplePages } from './lib/corpus';
import type { Benchmark } from './lib/types';

const PAGES = 2_000;
const BATCH = 100;
const PASSES = 3;

const bench: Benchmark = {
  name: 'parse-clean',
  unit: 'pages/s',
  better: 'higher',
  target: { stat: 'median', op: '>=', value: 1_000 },
  async run({ tmpDir, log }) {
    const analyze = await loadAnalyzer();
    if (!analyze) return { samples: [], skipped: 'shared/analyze.ts (analyzePage) does not exist yet' };

    const printed = [...loadCorpus('ocr').pages, ...loadCorpus('dev').pages.filter((p) => /_lines\.txt$/.test(p.file))];
    const samples = [...samplePages(), ...printed.map((p) => ({ file: p.file, text: new TextDecoder('utf-8').decode(p.bytes) }))];
    const files: string[] = [];
    for (let n = 0; n < PAGES; n++) {
      const file = join(tmpDir, `${String(n).padStart(4, '0')}.txt`);
      writeFileSync(file, pageVariant(samples[n % samples.length].text, n + 1));
      files.push(file);
    }
    log(`${files.length} page files written to ${tmpDir}`);

    const decoder = new TextDecoder('utf-8');
    const read = (file: string) => decoder.decode(readFileSync(file));
    const batches = Array.from({ length: Math.ceil(files.length / BATCH) }, (_, b) => files.slice(b * BATCH, (b + 1) * BATCH));
    const throughput = (batch: readonly string[], work: (file: string) => unknown) => {
      const start = performance.now();
      for (const file of batch) work(file);
      return batch.length / ((performance.now() - start) / 1000);
    };

    let articles = 0;
    for (const file of batches[0]) articles += analyze(read(file)).articles.length;
    const measured: number[] = [];
    const baseline: number[] = [];
    for (let pass = 0; pass < PASSES; pass++) {
      for (const batch of batches) {
        baseline.push(throughput(batch, read));
        measured.push(throughput(batch, (file) => analyze(read(file))));
      }
    }
    return {
      samples: measured,
      baseline: { name: 'read + decode', samples: baseline },
      notes: {
        pages: files.length,
        printedLinePages: `${printed.length} of ${samples.length} source pages`,
        batchPages: BATCH,
        passes: PASSES,
        articlesPerPage: Number((articles / batches[0].length).toFixed(1)),
      },
    };
  },
};

export default bench;
