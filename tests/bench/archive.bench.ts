// The archive library (tests/bench/lib/archive.ts: 4,000 pages, ~30,000 articles in one batch) through dispatch
// and the handlers, as the desk calls them.
// - save-large-batch: articles.save of articles in the big batch, half of them carrying a name-variant warning,
//   each save a small text edit, every fourth one changing the byline name (misread ⇄ fixed), so both the
//   no-relint and the relint paths are timed. Notes: articles.get on the same articles (a save must not be
//   bought with a slower read).
// - stats-batch: stats.batch of the big batch, repeated. The first call counts the articles not counted yet
//   (all of them in a fresh library; the idle worker does it in the desk) and is a note (firstCallMs).
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ARCHIVE, ARCHIVE_BATCH } from './lib/archive';
import { openBackend } from './lib/backend';
import { seeded } from './lib/corpus';
import { LIBRARY_DB } from './lib/library';
import { median, percentile } from './lib/stats';
import type { Benchmark } from './lib/types';

const SAVES = 200;
const round = (n: number) => Number(n.toFixed(2));

const saveLargeBatch: Benchmark = {
  name: 'save-large-batch',
  unit: 'ms',
  better: 'lower',
  target: { stat: 'p95', op: '<=', value: 20 },
  material: ARCHIVE,
  async run({ materialDir, log }) {
    const backend = openBackend(join(materialDir!, LIBRARY_DB));
    try {
      const batch = (await backend.call('batches.list', {})).find((b) => b.name === ARCHIVE_BATCH)!;
      const ids = backend.store.articles.summaries({ batchId: batch.id }).map((a) => a.id);
      const random = seeded(7);
      const flagged: number[] = [];
      const plain: number[] = [];
      while ((flagged.length < SAVES / 2 || plain.length < SAVES / 2) && flagged.length + plain.length < ids.length) {
        const id = ids[Math.floor(random() * ids.length)]!;
        const warned = backend.store.articles.get(id)!.batchWarnings.length > 0;
        if (warned && flagged.length < SAVES / 2) flagged.push(id);
        else if (!warned && plain.length < SAVES / 2) plain.push(id);
      }
      log(`${ids.length} articles in the batch; saving ${flagged.length} with name warnings, ${plain.length} without`);
      const order = flagged.flatMap((id, i) => [id, plain[i]!]).filter((id) => id !== undefined);
      const gets: number[] = [];
      const samples: number[] = [];
      let relinted = 0;
      for (const [i, id] of order.entries()) {
        let start = performance.now();
        const a = await backend.call('articles.get', { id });
        gets.push(performance.now() - start);
        const name = a.warnings.find((w) => w.rule === 'name-variant')?.message.zh.match(/“(.+?)”在 .* 写作“(.+?)”/);
        // Every fourth flagged save writes the other spelling (fixing or making the misread): a relint.
        const text = i % 8 === 0 && name ? a.text.replace(name[1]!, name[2]!) : `${a.text}。`;
        if (text !== `${a.text}。`) relinted++;
        start = performance.now();
        await backend.call('articles.save', { id, baseRevision: a.revision, text });
        samples.push(performance.now() - start);
      }
      return {
        samples,
        notes: {
          articles: ids.length,
          saves: samples.length,
          nameChangingSaves: relinted,
          findings: backend.store.names.findings(batch.id).length,
          getMedianMs: round(median(gets)),
          getP95Ms: round(percentile(gets, 0.95)),
        },
      };
    } finally {
      backend.close();
    }
  },
};

const statsBatch: Benchmark = {
  name: 'stats-batch',
  unit: 'ms',
  better: 'lower',
  target: { stat: 'median', op: '<=', value: 200 },
  material: ARCHIVE,
  async run({ materialDir }) {
    const backend = openBackend(join(materialDir!, LIBRARY_DB));
    try {
      const batch = (await backend.call('batches.list', {})).find((b) => b.name === ARCHIVE_BATCH)!;
      let start = performance.now();
      const first = await backend.call('stats.batch', { batchId: batch.id });
      const firstCallMs = performance.now() - start;
      const samples: number[] = [];
      for (let i = 0; i < 20; i++) {
        start = performance.now();
        const again = await backend.call('stats.batch', { batchId: batch.id });
        samples.push(performance.now() - start);
        if (again.articles !== first.articles) throw new Error(`stats.batch counted ${again.articles} articles, then ${first.articles}`);
      }
      return { samples, notes: { articles: first.articles, approved: first.approved, firstCallMs: Math.round(firstCallMs) } };
    } finally {
      backend.close();
    }
  },
};

export default [saveLargeBatch, statsBatch];
