// A large library database for the store-side benchmarks (search, export): tens of thousands of articles written
// through the store's repositories as an import writes them (page, articles, first revisions, section tags, the
// FTS index kept by its triggers), from generated pages whose articles recombine the sample pages' sentences.
//
// Why not page variants of the samples: every article would then be one of ~30 sample articles with a few
// characters changed, so any search term would match a fifth of the library. With recombined sentences and
// swapped characters a term cut from an article matches ~4% of the library (median): closer to an archive,
// though five pages' vocabulary is narrower than a real one's, so hit counts (and search times) err high.
// The pages are in blockAnalyze's format (electron/services/testing.ts): the real cleaning and lint rules run on
// every article, so edits and warnings are as large as real ones; only the page segmentation is controlled.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { insertArticles } from '../../../electron/import/import';
import { refreshBatchWarnings } from '../../../electron/services/batch-warnings';
import { serviceContext } from '../../../electron/services/context';
import { drainSearchIndex } from '../../../electron/services/search-indexer';
import { blockAnalyze } from '../../../electron/services/testing';
import { EventBus } from '../../../shared/api/bus';
import type { Store } from '../../../electron/store/repositories';
import { openStore } from '../../../electron/store/store';
import { samplePages, seeded } from './corpus';
import type { Material } from './types';

export const LIBRARY_DB = 'galley.db';
export const LIBRARY_ARTICLES = 50_000;
export const LIBRARY_APPROVED = 10_000;

/** The library the search and export benchmarks share: 50,000+ articles, 10,000 of them approved. */
export const LIBRARY: Material = {
  key: 'library-50k',
  build: (dir, log) => {
    buildLibrary(dir, { articles: LIBRARY_ARTICLES, approved: LIBRARY_APPROVED, pagesPerBatch: 10, seed: 20_240_501 }, log);
  },
};

export interface LibraryOptions {
  /** At least this many articles. */
  articles: number;
  /** This many of them are approved (spread over the library). */
  approved: number;
  pagesPerBatch: number;
  seed: number;
}

const HAN = /\p{Script=Han}/u;
const SECTIONS = ['要闻', '工会动态', '产改进行时', '职工生活', '法治在线', '文化'];

/** Sentences of the sample pages as OCR gives them (half-width punctuation, no line breaks). */
function sentencePool(): string[] {
  const sentences = samplePages().flatMap(({ text }) =>
    text
      .split(/\n+/)
      .join('')
      .split(/(?<=[。！？][”’」]?)(?![”’」])/u),
  );
  return sentences.map((s) => s.trim()).filter((s) => s.length <= 160 && Array.from(s).filter((c) => HAN.test(c)).length >= 8);
}

/** Generates pages in blockAnalyze's format: a DATE block, then articles ("[section]", headline, body lines). */
export function pageGenerator(seed: number): (date: string) => string {
  const random = seeded(seed);
  const pool = sentencePool();
  const han = pool.flatMap((s) => Array.from(s).filter((c) => HAN.test(c)));
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  // A few characters swapped, as another article (or another OCR run) would have them.
  const vary = (s: string) => Array.from(s, (c) => (HAN.test(c) && random() < 0.03 ? pick(han) : c)).join('');
  const headline = () => {
    const clauses = pick(pool)
      .split(/[,，。！？:：;；]/u)
      .filter((c) => c.length >= 6);
    return vary((clauses.length > 0 ? pick(clauses) : pick(pool)).slice(0, 28));
  };
  const body = () => {
    // Lengths like the samples': mostly a few hundred characters, now and then over two thousand.
    const length = 100 + Math.floor(random() ** 2 * 2300);
    const lines: string[] = [];
    let size = 0;
    while (size < length) {
      const paragraph = Array.from({ length: 1 + Math.floor(random() * 4) }, () => vary(pick(pool))).join('');
      size += paragraph.length;
      // An OCR line break in the middle of a paragraph, for the cleaning rules to rejoin.
      const cut = random() < 0.15 ? Math.floor(paragraph.length / 2) : 0;
      lines.push(...(cut > 0 ? [paragraph.slice(0, cut), paragraph.slice(cut)] : [paragraph]));
    }
    return lines.join('\n');
  };
  return (date) => {
    const count = 4 + Math.floor(random() * 7);
    const blocks = Array.from({ length: count }, () => [...(random() < 0.3 ? [`[${pick(SECTIONS)}]`] : []), headline(), body()].join('\n'));
    return [`DATE ${date}`, ...blocks].join('\n\n');
  };
}

const isoDay = (start: number, day: number) => new Date(start + day * 86_400_000).toISOString().slice(0, 10);

/**
 * Builds the library in `dir`: one transaction per batch of pages, written through the repositories the way
 * writePage (electron/import/import.ts) writes an imported page: page, articles, first revisions, section tags;
 * then the batch's cross-page warnings, as an import ends; at the end the search index catches up, as the
 * desk's indexer does when idle. Not through importSources itself (files, reading, analysis): the rows are
 * written by the same insertArticles.
 */
export function buildLibrary(dir: string, options: LibraryOptions, log: (message: string) => void): { articles: number; pages: number } {
  const store = openStore(join(dir, LIBRARY_DB));
  const ctx = serviceContext(store, new EventBus());
  const page = pageGenerator(options.seed);
  const start = Date.parse('2016-01-01T00:00:00Z');
  const began = performance.now();
  let articles = 0;
  let pages = 0;
  try {
    for (let day = 0; articles < options.articles; day++) {
      const date = isoDay(start, day);
      const now = `${date}T12:00:00.000Z`;
      store.transaction(() => {
        const batch = store.batches.create(`浙江工人日报 ${date}`, now);
        for (let n = 1; n <= options.pagesPerBatch; n++) {
          const text = page(date);
          const analyzed = blockAnalyze(text);
          const pageId = store.pages.insert({
            batchId: batch.id,
            file: `${String(n).padStart(2, '0')}.txt`,
            hash: createHash('sha256').update(text, 'utf8').digest('hex'),
            encoding: 'utf-8',
            version: 1,
            text,
            meta: analyzed.meta,
            date,
            dateSource: 'masthead',
            noise: analyzed.noise,
            importedAt: now,
          });
          store.batches.fillMasthead(batch.id, date, analyzed.meta?.paper ?? null);
          insertArticles(store, pageId, analyzed.articles, now);
          articles += analyzed.articles.length;
          pages++;
        }
        refreshBatchWarnings(ctx, batch.id);
      });
      if (day % 100 === 99) log(`${articles} articles, ${pages} pages (${((performance.now() - began) / 1000).toFixed(0)} s)`);
    }
    approveSpread(store, options.approved, articles);
    // As the desk's indexer would once idle: the search benchmarks measure an index that has caught up.
    const indexing = performance.now();
    drainSearchIndex(store);
    log(`search index: ${articles} articles in ${((performance.now() - indexing) / 1000).toFixed(1)} s`);
    log(`library: ${articles} articles on ${pages} pages, ${options.approved} approved, in ${((performance.now() - began) / 1000).toFixed(1)} s`);
    return { articles, pages };
  } finally {
    store.close();
  }
}

/** Approves `count` articles spread evenly over the library (ids are 1…total in insertion order). */
function approveSpread(store: Store, count: number, total: number): void {
  const stride = total / count;
  const at = '2024-05-01T08:00:00.000Z';
  store.transaction(() => {
    for (let n = 0; n < count; n++) {
      store.articles.update(1 + Math.floor(n * stride), { status: 'approved', approvedAt: at, approvedBy: '校对员', updatedAt: at });
    }
  });
  const approved = store.articles.count({ status: 'approved' });
  if (approved !== count) throw new Error(`library: ${approved} articles approved, expected ${count}`);
}
