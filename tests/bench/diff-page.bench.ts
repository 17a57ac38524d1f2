// Whole-page diff latency: diffTexts (paragraph alignment, then characters inside aligned paragraphs) against
// jsdiff's diffChars over the whole page text, on each sample page's OCR body and its cleaned version.
import { diffChars } from 'diff';
import { diffTexts } from '../../shared/diff';
import { loadAnalyzer, samplePages, textPair } from './lib/corpus';
import { timeMs } from './lib/measure';
import type { Benchmark } from './lib/types';

const ROUNDS = 15;

const bench: Benchmark = {
  name: 'diff-page',
  unit: 'ms',
  better: 'lower',
  target: { stat: 'ratio', op: '>=', value: 10 },
  async run({ log }) {
    const analyze = await loadAnalyzer();
    const pairs = samplePages().map((page) => textPair(page.text, analyze));
    log(`${pairs.length} pages, cleaned by ${analyze ? 'analyzePage' : 'the rough stand-in (shared/analyze.ts missing)'}`);
    const samples: number[] = [];
    const baseline: number[] = [];
    // Rounds interleave both sides so drift and GC hit them alike; the first round only warms up.
    for (let round = 0; round <= ROUNDS; round++) {
      for (const { ocr, clean } of pairs) {
        const ours = timeMs(() => diffTexts(ocr, clean));
        const theirs = timeMs(() => diffChars(ocr, clean));
        if (round > 0) {
          samples.push(ours);
          baseline.push(theirs);
        }
      }
    }
    return {
      samples,
      baseline: { name: 'jsdiff diffChars', samples: baseline },
      notes: {
        cleaner: analyze ? 'analyzePage' : 'roughClean',
        pageChars: Math.round(pairs.reduce((n, p) => n + p.ocr.length, 0) / pairs.length),
        hunksPerPage: Math.round(pairs.reduce((n, p) => n + diffTexts(p.ocr, p.clean).hunks.length, 0) / pairs.length),
      },
    };
  },
};

export default bench;
