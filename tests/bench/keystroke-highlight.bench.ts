// Diff highlighting per keystroke in the clean editor: one typed character through the editor's state update,
// which re-diffs incrementally (updateDiff), re-attributes changes to rules and rebuilds both sides' marks.
// Baseline: what a naive desk would do, jsdiff's diffChars over the whole text on every keystroke.
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { diffChars } from 'diff';
import { buildDecorations } from '../../renderer/src/editor/decorations';
import { cleanDiffField } from '../../renderer/src/editor/diffState';
import { cleanState } from '../../renderer/src/editor/setup';
import type { Edit } from '../../shared/model/types';
import { loadAnalyzer, samplePages, seeded, textPair } from './lib/corpus';
import type { Analyzer, SamplePage } from './lib/corpus';
import { timeMs } from './lib/measure';
import type { Benchmark } from './lib/types';

const KEYSTROKES = 300;

/**
 * Each sample page as one editor's worth of text: its articles' OCR bodies and cleaned texts joined, with the
 * rules' edits shifted into the joined text (so attribution has real work); the rough stand-in has no edits.
 */
export function pagePairs(pages: readonly SamplePage[], analyze: Analyzer | null): { ocr: string; clean: string; edits: Edit[] }[] {
  return pages.map((page) => {
    if (!analyze) return { ...textPair(page.text, null), edits: [] };
    const edits: Edit[] = [];
    let offset = 0;
    const articles = analyze(page.text).articles;
    for (const a of articles) {
      for (const e of a.edits) edits.push({ ...e, start: e.start + offset, end: e.end + offset });
      offset += a.body.length + 1;
    }
    return { ocr: articles.map((a) => a.body).join('\n'), clean: articles.map((a) => a.text).join('\n'), edits };
  });
}
const noop = { onChange: () => {}, revert: () => {}, goto: () => false };

const bench: Benchmark = {
  name: 'keystroke-highlight',
  unit: 'ms',
  better: 'lower',
  // One frame at 60 Hz, for a whole page typed into at random places.
  target: { stat: 'p95', op: '<=', value: 16 },
  async run({ log }) {
    const analyze = await loadAnalyzer();
    const pairs = pagePairs(samplePages(), analyze);
    log(`${pairs.length} page texts, cleaned by ${analyze ? 'analyzePage' : 'the rough stand-in'}`);
    const random = seeded(7);
    const samples: number[] = [];
    const baseline: number[] = [];
    for (const { ocr, clean, edits } of pairs) {
      let state = cleanState(clean, ocr, edits, 'bench', noop);
      for (let k = 0; k <= KEYSTROKES; k++) {
        const at = Math.floor(random() * state.doc.length);
        const before: EditorState = state;
        const ours = timeMs(() => {
          state = before.update({ changes: { from: at, insert: '字' } }).state;
          // The OCR side's marks are rebuilt from the same diff, as the desk does on each change.
          const info = state.field(cleanDiffField);
          if (info) buildDecorations(info.changes, 'ocr', (from, to) => ocr.slice(from, to));
          state.facet(EditorView.decorations);
        });
        const text = state.doc.toString();
        const theirs = timeMs(() => diffChars(ocr, text));
        // The first keystrokes warm the JIT and the differ's caches.
        if (k >= 10) {
          samples.push(ours);
          baseline.push(theirs);
        }
      }
    }
    return {
      samples,
      baseline: { name: 'jsdiff diffChars per keystroke', samples: baseline },
      notes: { keystrokes: samples.length, pageChars: Math.round(pairs.reduce((n, p) => n + p.ocr.length, 0) / pairs.length) },
    };
  },
};

export default bench;
