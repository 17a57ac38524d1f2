// Re-diff latency while typing: a 30,000-character article (sample bodies strung together) is diffed once, then
// edited one character at a time — bursts of typing and deleting at random places — and re-diffed with
// updateDiff after every keystroke, as the editor does. Baseline: a full diffTexts of the same text.
import { diffTexts, updateDiff, type TextDiff } from '../../shared/diff';
import { loadAnalyzer, pageVariant, samplePages, seeded, textPair } from './lib/corpus';
import { timeMs } from './lib/measure';
import type { Benchmark } from './lib/types';

const ARTICLE_CHARS = 30_000;
const BURSTS = 120;
const KEYS_PER_BURST = 16;
const WARMUP_BURSTS = 10;
const BASELINE_EVERY = 8;

const bench: Benchmark = {
  name: 'diff-paragraph',
  unit: 'ms',
  better: 'lower',
  target: { stat: 'p95', op: '<=', value: 1 },
  async run({ log }) {
    const analyze = await loadAnalyzer();
    let ocr = '';
    let clean = '';
    const pages = samplePages();
    // The samples first, then variants of them, until the article is long enough.
    for (let n = 0; ocr.length < ARTICLE_CHARS; n++) {
      const page = pages[n % pages.length].text;
      const pair = textPair(n < pages.length ? page : pageVariant(page, n), analyze);
      ocr = ocr ? `${ocr}\n${pair.ocr}` : pair.ocr;
      clean = clean ? `${clean}\n${pair.clean}` : pair.clean;
    }
    log(`article: ${ocr.length} OCR / ${clean.length} cleaned characters, ${clean.split('\n').length} paragraphs`);

    const random = seeded(7);
    const typed = Array.from('职工工会劳模创新，。的在和了');
    const samples: number[] = [];
    const baseline: number[] = [];
    let diff: TextDiff = diffTexts(ocr, clean);
    for (let burst = 0; burst < BURSTS + WARMUP_BURSTS; burst++) {
      // A burst types a few characters at one place and deletes some of them again, like a proofreader does.
      let at = Math.floor(random() * clean.length);
      for (let key = 0; key < KEYS_PER_BURST; key++) {
        if (key % 4 === 3 && at > 0) {
          clean = clean.slice(0, at - 1) + clean.slice(at);
          at--;
        } else {
          clean = clean.slice(0, at) + typed[Math.floor(random() * typed.length)] + clean.slice(at);
          at++;
        }
        const text = clean;
        const ms = timeMs(() => (diff = updateDiff(diff, text)));
        if (burst >= WARMUP_BURSTS) {
          samples.push(ms);
          if (samples.length % BASELINE_EVERY === 0) baseline.push(timeMs(() => diffTexts(ocr, text)));
        }
      }
    }
    return {
      samples,
      baseline: { name: 'full diffTexts', samples: baseline },
      notes: { articleChars: clean.length, paragraphs: clean.split('\n').length, hunks: diff.hunks.length },
    };
  },
};

export default bench;
