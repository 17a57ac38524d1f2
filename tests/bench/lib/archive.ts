// The archive library of issue 12: a year of a 12-page daily in one batch — 4,000 pages, ~30,000 articles —
// as an archive team keeps it. Pages come from the library's generator (recombined sample sentences, the real
// cleaning and lint rules on every article); each article's lead carries a byline whose reporter is drawn from a
// pool where a few names also appear misread by one character, so the batch holds name-variant findings, and
// articles carrying them, as a real year does.
//
// The build takes a minute or two. GALLEY_BENCH_CACHE=<dir> keeps the built database there (keyed by size and
// generator) and copies it in on later runs; GALLEY_BENCH_ARCHIVE_PAGES changes the size.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { insertArticles } from '../../../electron/import/import';
import { refreshBatchWarnings } from '../../../electron/services/batch-warnings';
import { serviceContext } from '../../../electron/services/context';
import { fillBatchStats } from '../../../electron/services/stats';
import { drainSearchIndex } from '../../../electron/services/search-indexer';
import { blockAnalyze } from '../../../electron/services/testing';
import { openStore } from '../../../electron/store/store';
import { EventBus } from '../../../shared/api/bus';
import { seeded } from './corpus';
import { LIBRARY_DB, pageGenerator } from './library';
import type { Material } from './types';

export const ARCHIVE_PAGES = Number(process.env.GALLEY_BENCH_ARCHIVE_PAGES ?? 4000);
export const ARCHIVE_BATCH = '年度档案';
const GENERATOR = 4;

const SURNAMES = '张王李赵陈刘杨黄吴周徐孙马朱胡郭何林罗高'.split('');
const GIVEN = '浩呈星明华伟芳娜强磊军洋勇艳杰涛超秀英丽敏静娟霞建国平志红金玉春海波宁辉鹏飞俊斌宇晨雪梅兰琳晓文亮'.split('');

/** Reporters: 300 names, of which every 20th is also written misread (one character swapped) now and then. */
function reporterPool(random: () => number): { names: string[]; misread: Map<string, string> } {
  const pick = (s: string[]) => s[Math.floor(random() * s.length)]!;
  const names = new Set<string>();
  while (names.size < 300) names.add(`${pick(SURNAMES)}${pick(GIVEN)}${pick(GIVEN)}`);
  const list = [...names];
  const misread = new Map<string, string>();
  list.forEach((n, i) => {
    if (i % 20 !== 0) return;
    const chars = [...n];
    chars[chars.length - 1] = GIVEN[(GIVEN.indexOf(chars.at(-1)!) + 1) % GIVEN.length]!;
    misread.set(n, chars.join(''));
  });
  return { names: list, misread };
}

export const ARCHIVE: Material = {
  key: `archive-${ARCHIVE_PAGES}`,
  build: (dir, log) => {
    const cache = process.env.GALLEY_BENCH_CACHE;
    // Keyed by what the build depends on: size and generator (bump GENERATOR when it changes). A copy made by an
    // older schema is migrated when the benchmark opens it, as a user's library would be.
    const cached = cache ? join(cache, `archive-${ARCHIVE_PAGES}-g${GENERATOR}.db`) : null;
    if (cached && existsSync(cached)) {
      log(`copying the archive from ${cached}`);
      copyFileSync(cached, join(dir, LIBRARY_DB));
      return;
    }
    buildArchive(dir, ARCHIVE_PAGES, log);
    if (cached) {
      mkdirSync(cache!, { recursive: true });
      copyFileSync(join(dir, LIBRARY_DB), `${cached}.tmp`);
      renameSync(`${cached}.tmp`, cached);
    }
  },
};

function buildArchive(dir: string, pages: number, log: (message: string) => void): void {
  const store = openStore(join(dir, LIBRARY_DB));
  const ctx = serviceContext(store, new EventBus());
  const page = pageGenerator(20_260_101);
  const random = seeded(42);
  const { names, misread } = reporterPool(random);
  const began = performance.now();
  let articles = 0;
  try {
    const now = '2025-12-31T12:00:00.000Z';
    const batch = store.batches.create(ARCHIVE_BATCH, now);
    const GROUP = 200;
    for (let start = 0; start < pages; start += GROUP) {
      store.transaction(() => {
        for (let n = start; n < Math.min(pages, start + GROUP); n++) {
          const day = Math.floor(n / 11);
          const date = new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
          const analyzed = blockAnalyze(withBylines(page(date), names, misread, random));
          const text = `archive page ${n}`;
          const pageId = store.pages.insert({
            batchId: batch.id,
            file: `${date}-${String((n % 11) + 1).padStart(2, '0')}.txt`,
            hash: createHash('sha256').update(`${text}\n${n}`, 'utf8').digest('hex'),
            encoding: 'utf-8',
            dateSource: 'masthead',
            version: 1,
            text,
            meta: analyzed.meta,
            date,
            noise: analyzed.noise,
            importedAt: now,
          });
          insertArticles(store, pageId, analyzed.articles, now);
          articles += analyzed.articles.length;
        }
      });
      log(`${articles} articles, ${Math.min(pages, start + GROUP)} pages (${((performance.now() - began) / 1000).toFixed(0)} s)`);
    }
    store.transaction(() => refreshBatchWarnings(ctx, batch.id, { affected: false }));
    // As the desk's idle worker would: every article's change statistics counted once.
    const counting = performance.now();
    while (fillBatchStats(ctx, batch.id, 500) > 0);
    log(`change statistics: ${((performance.now() - counting) / 1000).toFixed(1)} s`);
    const indexing = performance.now();
    drainSearchIndex(store);
    log(`search index: ${((performance.now() - indexing) / 1000).toFixed(1)} s`);
    log(`archive: ${articles} articles on ${pages} pages, ${store.names.findings(batch.id).length} name findings, in ${((performance.now() - began) / 1000).toFixed(1)} s`);
  } finally {
    store.close();
  }
}

/** Gives each article's body a lead byline (本报讯 记者… 报道), sometimes with the reporter's name misread. */
function withBylines(text: string, names: string[], misread: Map<string, string>, random: () => number): string {
  const blocks = text.split('\n\n');
  return blocks
    .map((block, i) => {
      if (i === 0) return block;
      const lines = block.split('\n');
      const at = lines[0]!.startsWith('[') ? 2 : 1;
      if (lines.length <= at) return block;
      const name = names[Math.floor(random() * names.length)]!;
      const shown = misread.has(name) && random() < 0.1 ? misread.get(name)! : name;
      lines[at] = `本报讯 记者${shown} 报道 ${lines[at]}`;
      return lines.join('\n');
    })
    .join('\n\n');
}
