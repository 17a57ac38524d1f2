// Suspicion engine latency: findSuspicions over every article of one page, per page of the Tesseract set
// (tests/fixtures/ocr) and of the sample pages, several passes, the evidence loaded beforehand (it loads once
// per process). Baseline: analysing the same page (parse → clean → lint), which import runs anyway. Quality
// (recall, precision, top-1 on the OCR truth) is reported in the notes.
import { performance } from 'node:perf_hooks';
import { analyzeBatch, analyzePage } from '../../shared/analyze';
import { findSuspicions } from '../../shared/suspect';
import { suspicionEvidence } from '../../electron/suspect/evidence';
import { ocrPages, scoreSuspicions } from '../fixtures/suspicions';
import { samplePages } from './lib/corpus';
import type { Benchmark } from './lib/types';

const PASSES = 5;

const bench: Benchmark = {
  name: 'suspicion',
  unit: 'ms/page',
  better: 'lower',
  target: { stat: 'median', op: '<=', value: 5 },
  run({ log }) {
    const loadStart = performance.now();
    const evidence = suspicionEvidence();
    evidence.words.frequency('的');
    evidence.glyphs.lookalikes('的');
    const loadMs = performance.now() - loadStart;
    log(`evidence loaded in ${loadMs.toFixed(0)} ms`);

    const pages = [...ocrPages.map((p) => p.text), ...samplePages().map((p) => p.text)].map((text) => ({ text, articles: analyzePage(text).articles.map((a) => a.text) }));
    const measured: number[] = [];
    const baseline: number[] = [];
    let chars = 0;
    for (let pass = 0; pass < PASSES; pass++) {
      for (const page of pages) {
        let start = performance.now();
        analyzePage(page.text);
        baseline.push(performance.now() - start);
        start = performance.now();
        for (const text of page.articles) findSuspicions(text, evidence);
        measured.push(performance.now() - start);
        if (pass === 0) chars += page.articles.reduce((n, t) => n + t.length, 0);
      }
    }
    const batch = analyzeBatch(ocrPages.map((p) => ({ file: p.file, text: p.text })));
    const score = scoreSuspicions(batch.pages.map(({ page }, i) => ({ truth: ocrPages[i].truth, articles: page.articles.map((a) => ({ text: a.text, suspicions: findSuspicions(a.text, evidence) })) })));
    return {
      samples: measured,
      baseline: { name: 'analyzePage (parse → clean → lint)', samples: baseline },
      notes: {
        pages: pages.length,
        charsPerPage: Math.round(chars / pages.length),
        evidenceLoadMs: Math.round(loadMs),
        recall: +score.recall.toFixed(3),
        precision: +score.precision.toFixed(3),
        top1: +score.top1Share.toFixed(3),
      },
    };
  },
};

export default bench;
