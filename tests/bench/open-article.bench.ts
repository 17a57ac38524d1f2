// Opening an article in the desk: both editor states built (OCR and clean), the diff computed from scratch,
// changes attributed to rules and both sides' marks built. Baseline: the same two editors without any diff.
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { cleanDiffField, setOcrChanges } from '../../renderer/src/editor/diffState';
import { cleanState, ocrState } from '../../renderer/src/editor/setup';
import { pagePairs } from './keystroke-highlight.bench';
import { loadAnalyzer, samplePages } from './lib/corpus';
import type { Analyzer } from './lib/corpus';
import type { Edit } from '../../shared/model/types';
import { sampleMs } from './lib/measure';
import type { Benchmark } from './lib/types';

const noop = { onChange: () => {}, revert: () => {}, goto: () => false };

/** Every article of the sample pages as the desk opens it; whole pages when the analyzer is not there yet. */
function articlePairs(analyze: Analyzer | null): { ocr: string; clean: string; edits: Edit[] }[] {
  if (!analyze) return pagePairs(samplePages(), null);
  return samplePages().flatMap((page) => analyze(page.text).articles.map((a) => ({ ocr: a.body, clean: a.text, edits: a.edits })));
}

const bench: Benchmark = {
  name: 'open-article',
  unit: 'ms',
  better: 'lower',
  // Opening an article feels instant: within three frames at 60 Hz.
  target: { stat: 'p95', op: '<=', value: 50 },
  async run({ log }) {
    const analyze = await loadAnalyzer();
    const pairs = articlePairs(analyze);
    log(`${pairs.length} ${analyze ? 'articles' : 'page texts (rough stand-in cleaner)'}`);
    const samples: number[] = [];
    const baseline: number[] = [];
    const fast = { minSamples: 5, minTimeMs: 50 };
    for (const { ocr, clean, edits } of pairs) {
      const open = () => {
        const cleanSide = cleanState(clean, ocr, edits, 'bench', noop);
        const info = cleanSide.field(cleanDiffField);
        const ocrSide = ocrState(ocr, 'bench', () => {}).update({ effects: info ? setOcrChanges.of(info) : [] }).state;
        return [cleanSide.facet(EditorView.decorations), ocrSide.facet(EditorView.decorations)];
      };
      const plain = () => [EditorState.create({ doc: clean, extensions: [EditorView.lineWrapping] }), EditorState.create({ doc: ocr, extensions: [EditorState.readOnly.of(true)] })];
      samples.push(...sampleMs(open, fast));
      baseline.push(...sampleMs(plain, fast));
    }
    return {
      samples,
      baseline: { name: 'two plain editor states', samples: baseline },
      notes: { articles: pairs.length, chars: Math.round(pairs.reduce((n, p) => n + p.ocr.length, 0) / pairs.length) },
    };
  },
};

export default bench;
