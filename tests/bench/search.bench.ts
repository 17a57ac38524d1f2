// Full-text search over a 50,000-article library, as a results list asks for it: articles.list with q over the
// whole library (no batch), one page of PAGE hits in library order, through dispatch and the handlers. Terms are
// cut from articles' current text.
// - search: 3- and 4-character terms, which the trigram FTS index answers.
// - search-short: 2-character terms (most Chinese words), too short for trigrams: the bigram FTS index.
// Baseline for both: a bare LIKE scan for the same term over headline, text and OCR text (one SQL statement on a
// read-only connection, no joins or summaries), i.e. what the term costs without an index. The ratio is each
// index's gain over it. Notes give the number of hits (median, largest), the
// same queries within one batch (what the desk's list sends, every hit), and every hit library-wide in one
// response (allHits*, on the first terms): that grows with the hit count (tens of thousands for common terms),
// which is why a library-wide list is asked for a page at a time.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { openBackend, type Backend } from './lib/backend';
import { seeded } from './lib/corpus';
import { LIBRARY, LIBRARY_DB } from './lib/library';
import { timeMsAsync } from './lib/measure';
import { median, percentile } from './lib/stats';
import type { Benchmark, BenchContext, BenchRun } from './lib/types';

const HAN = /^\p{Script=Han}+$/u;
/** Hits per request: a few screens of the list. */
const PAGE = 200;
const ALL_HITS_QUERIES = 30;

/** `count` distinct all-Han terms of `lengths` characters, cut at random from random live articles' text. */
function pickTerms(backend: Backend, count: number, lengths: readonly number[], seed: number): string[] {
  const random = seeded(seed);
  const total = backend.store.articles.count({});
  const terms = new Set<string>();
  for (let tries = 0; terms.size < count && tries < count * 100; tries++) {
    const article = backend.store.articles.get(1 + Math.floor(random() * total));
    if (!article || article.removed) continue;
    const chars = Array.from(article.text);
    const length = lengths[terms.size % lengths.length]!;
    const at = Math.floor(random() * Math.max(1, chars.length - length));
    const term = chars.slice(at, at + length).join('');
    if (HAN.test(term) && [...term].length === length) terms.add(term);
  }
  return [...terms];
}

interface SearchPlan {
  name: string;
  lengths: readonly number[];
  /** Terms timed library-wide; fewer when each query scans the whole library. */
  queries: number;
  /** Stop adding queries after this long (the LIKE path takes seconds per query). */
  budgetMs: number;
  baselineQueries: number;
  /** Terms also timed returning every hit. */
  allHitsQueries: number;
}

async function runSearch(plan: SearchPlan, { materialDir, log }: BenchContext): Promise<BenchRun> {
  if (materialDir === null) throw new Error('the library was not built');
  const path = join(materialDir, LIBRARY_DB);
  const backend = openBackend(path);
  const raw = new Database(path, { readonly: true });
  try {
    const articles = backend.store.articles.count({});
    const batches = (await backend.call('batches.list', {})).map((b) => b.id);
    const warmup = pickTerms(backend, 5, plan.lengths, 1);
    const terms = pickTerms(backend, plan.queries, plan.lengths, 2);
    log(`${articles} articles; ${terms.length} terms like ${terms.slice(0, 5).join(' ')}`);
    for (const q of warmup) await backend.call('articles.list', { q });

    const samples: number[] = [];
    const hits: number[] = [];
    const until = performance.now() + plan.budgetMs;
    for (const q of terms) {
      const start = performance.now();
      const found = await backend.call('articles.list', { q, limit: PAGE });
      samples.push(performance.now() - start);
      const total = backend.store.articles.count({ q });
      if (found.length !== Math.min(PAGE, total)) throw new Error(`"${q}": ${found.length} hits listed of ${total}`);
      hits.push(total);
      if (samples.length >= 10 && performance.now() > until) break;
    }

    const allHits: number[] = [];
    for (const q of terms.slice(0, Math.min(ALL_HITS_QUERIES, plan.allHitsQueries))) allHits.push(await timeMsAsync(() => backend.call('articles.list', { q })));

    const random = seeded(3);
    const inBatch: number[] = [];
    for (const q of terms.slice(0, 50)) {
      const batchId = batches[Math.floor(random() * batches.length)]!;
      inBatch.push(await timeMsAsync(() => backend.call('articles.list', { batchId, q })));
    }

    const like = raw.prepare<[string, string, string], { id: number }>(
      `SELECT a.id FROM articles a JOIN article_texts t ON t.article_id = a.id
       WHERE a.removed IS NULL AND (a.headline LIKE ? ESCAPE '\\' OR t.text LIKE ? ESCAPE '\\' OR t.ocr_text LIKE ? ESCAPE '\\')`,
    );
    const baseline = terms.slice(0, plan.baselineQueries).map((term) => {
      const pattern = `%${term}%`;
      const start = performance.now();
      like.all(pattern, pattern, pattern);
      return performance.now() - start;
    });
    return {
      samples,
      baseline: { name: 'bare LIKE scan', samples: baseline },
      notes: {
        articles,
        batches: batches.length,
        termChars: plan.lengths.join('/'),
        medianHits: median(hits),
        maxHits: Math.max(...hits),
        pageSize: PAGE,
        inBatchMedianMs: Number(median(inBatch).toFixed(2)),
        allHitsMedianMs: Number(median(allHits).toFixed(1)),
        allHitsP95Ms: Number(percentile(allHits, 0.95).toFixed(1)),
      },
    };
  } finally {
    raw.close();
    backend.close();
  }
}

const search = (plan: SearchPlan): Benchmark => ({
  name: plan.name,
  unit: 'ms',
  better: 'lower',
  // Results while typing: a search should answer within two frames or so.
  target: { stat: 'p95', op: '<=', value: 30 },
  material: LIBRARY,
  run: (ctx) => runSearch(plan, ctx),
});

export default [
  search({ name: 'search', lengths: [3, 4], queries: 200, budgetMs: 20_000, baselineQueries: 8, allHitsQueries: 30 }),
  search({ name: 'search-short', lengths: [2], queries: 40, budgetMs: 20_000, baselineQueries: 8, allHitsQueries: 5 }),
];
