// The archive library (tests/bench/lib/archive.ts: 4,000 pages, ~30,000 articles in one batch) through dispatch
// and the handlers, as the desk calls them.
// - save-large-batch: articles.save of articles in the big batch, half of them carrying a name-variant warning,
//   each save a small text edit, every fourth one changing the byline name (misread ⇄ fixed), so both the
//   no-relint and the relint paths are timed. Notes: articles.get on the same articles (a save must not be
//   bought with a slower read).
// - find-batch: find.search's first page (200 matches) for 2- and 3-character terms, through the reader
//   worker; the time for every match of a term is a note.
// - stats-batch: stats.batch of the big batch, repeated. The first call counts the articles not counted yet
//   (all of them in a fresh library; the idle worker does it in the desk) and is a note (firstCallMs).
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ARCHIVE, ARCHIVE_BATCH } from './lib/archive';
import { openBackend, type Backend } from './lib/backend';
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

const HAN = /^\p{Script=Han}+$/u;

/** `count` all-Han terms of 2 and 3 characters cut from random articles of the batch. */
function terms(backend: Backend, ids: number[], count: number, seed: number): string[] {
  const random = seeded(seed);
  const out = new Set<string>();
  for (let tries = 0; out.size < count && tries < count * 50; tries++) {
    const chars = Array.from(backend.store.articles.get(ids[Math.floor(random() * ids.length)]!)!.text);
    const length = 2 + (out.size % 2);
    const at = Math.floor(random() * Math.max(1, chars.length - length));
    const term = chars.slice(at, at + length).join('');
    if (HAN.test(term)) out.add(term);
  }
  return [...out];
}

const PAGE = 200;

const findBatch: Benchmark = {
  name: 'find-batch',
  unit: 'ms',
  better: 'lower',
  target: { stat: 'median', op: '<=', value: 300 },
  material: ARCHIVE,
  async run({ materialDir, log }) {
    const backend = openBackend(join(materialDir!, LIBRARY_DB), undefined, { readers: true });
    try {
      const batch = (await backend.call('batches.list', {})).find((b) => b.name === ARCHIVE_BATCH)!;
      const ids = backend.store.articles.summaries({ batchId: batch.id }).map((a) => a.id);
      const queries = terms(backend, ids, 40, 11);
      log(`${queries.length} terms like ${queries.slice(0, 5).join(' ')}`);
      const samples: number[] = [];
      const hits: number[] = [];
      const full: number[] = [];
      for (const [i, query] of queries.entries()) {
        let start = performance.now();
        const page = await backend.call('find.search', { batchId: batch.id, query, limit: PAGE });
        samples.push(performance.now() - start);
        hits.push(page.length);
        if (i < 5) {
          start = performance.now();
          await backend.call('find.search', { batchId: batch.id, query });
          full.push(performance.now() - start);
        }
      }
      return {
        samples,
        notes: {
          articles: ids.length,
          pageSize: PAGE,
          firstPageMedianHits: median(hits),
          everyMatchMedianMs: Math.round(median(full)),
          readerWorker: backend.readersInWorker ? 'yes' : 'no',
        },
      };
    } finally {
      await backend.close();
    }
  },
};

/**
 * host-under-load: app.info every 10 ms while the batch's statistics and finds over the whole batch (every
 * match, not a page) run back to back, as a busy desk's other windows would ask for them. Baseline: app.info
 * with nothing else running.
 */
const hostUnderLoad: Benchmark = {
  name: 'host-under-load',
  unit: 'ms',
  better: 'lower',
  target: { stat: 'p95', op: '<=', value: 50 },
  material: ARCHIVE,
  async run({ materialDir }) {
    const backend = openBackend(join(materialDir!, LIBRARY_DB), undefined, { readers: true });
    const sampleInfo = async (ms: number) => {
      const out: number[] = [];
      const until = performance.now() + ms;
      while (performance.now() < until) {
        // From when the request would arrive (10 ms on) to its answer: a thread held up by other work shows as the
        // time the request waited, not only the time it took.
        const start = performance.now();
        await new Promise((resolve) => setTimeout(resolve, 10));
        await backend.call('app.info', {});
        out.push(Math.max(0, performance.now() - start - 10));
      }
      return out;
    };
    try {
      const batch = (await backend.call('batches.list', {})).find((b) => b.name === ARCHIVE_BATCH)!;
      const ids = backend.store.articles.summaries({ batchId: batch.id }).map((a) => a.id);
      const queries = terms(backend, ids, 10, 13);
      const baseline = await sampleInfo(2000);
      let running = true;
      let heavy = 0;
      const load = (async () => {
        for (let i = 0; running; i++) {
          await (i % 2 === 0 ? backend.call('stats.batch', { batchId: batch.id }) : backend.call('find.search', { batchId: batch.id, query: queries[i % queries.length]! }));
          heavy++;
        }
      })();
      const samples = await sampleInfo(10_000);
      running = false;
      await load;
      return { samples, baseline: { name: 'app.info, idle', samples: baseline }, notes: { heavyCalls: heavy, readerWorker: backend.readersInWorker ? 'yes' : 'no' } };
    } finally {
      await backend.close();
    }
  },
};

export default [saveLargeBatch, statsBatch, findBatch, hostUnderLoad];
