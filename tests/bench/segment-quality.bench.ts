// Segmentation quality next to the speed figures: article F1, join recall, wrong joins and noise leaked on the
// dev corpus and the Tesseract set (tests/fixtures/segment-quality), scored as shared/tools/score-pages.mjs
// scores `galley parse --json`. The samples are the corpora's F1; the row passes when the lower one reaches
// issue 9's target. Every figure per corpus is in the notes (`--json`) and on stderr.
import { CORPORA, parseAndScore } from '../fixtures/segment-quality/score';
import type { Benchmark } from './lib/types';

const bench: Benchmark = {
  name: 'segment-quality',
  unit: 'F1',
  better: 'higher',
  target: { stat: 'p95', op: '>=', value: 0.95 },
  run({ log }) {
    const notes: Record<string, string | number> = {};
    const samples: number[] = [];
    for (const corpus of CORPORA) {
      const s = parseAndScore(corpus);
      samples.push(s.articleF1);
      notes[`${corpus}.articleF1`] = s.articleF1;
      notes[`${corpus}.joinRecall`] = s.joinRecall;
      notes[`${corpus}.wrongJoins`] = s.wrongJoins;
      notes[`${corpus}.noiseLeaked`] = `${s.noiseLeaked}/${s.noiseLines}`;
      notes[`${corpus}.sections`] = `${s.sections[0]}/${s.sections[1]}`;
      notes[`${corpus}.meta`] = `${s.meta[0]}/${s.meta[1]}`;
      log(`${corpus}: F1 ${s.articleF1}, joins ${s.joinRecall}, wrong joins ${s.wrongJoins}, noise leaked ${s.noiseLeaked}/${s.noiseLines}, sections ${s.sections.join('/')}, meta ${s.meta.join('/')}`);
    }
    return { samples, notes };
  },
};

export default bench;
