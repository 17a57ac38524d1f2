// Saving an article that carries a batch warning (a name spelled two ways) in one large batch: articles.save
// through dispatch and the handlers, p95 over repeated saves. Saves alternate between an edit of the body (the
// names stay) and an edit of the byline (a spelling comes or goes, so batch lint must look again).
// Baseline, in the same run: the same body edits on an article of the same batch with no names, i.e. a save
// without batch lint.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { insertArticles } from '../../electron/import/import';
import { refreshBatchWarnings } from '../../electron/services/batch-warnings';
import { serviceContext } from '../../electron/services/context';
import { blockAnalyze } from '../../electron/services/testing';
import { openStore } from '../../electron/store/store';
import { EventBus } from '../../shared/api/bus';
import { openBackend } from './lib/backend';
import { seeded } from './lib/corpus';
import { pageGenerator } from './lib/library';
import type { Benchmark, BenchRun, Material } from './lib/types';

/** Pages in the batch: large enough that whole-batch work shows, small enough to build in well under a minute here. */
const PAGES = 1000;
const SAVES = 60;
const DB = 'galley.db';
const REPORTERS = ['张浩星', '陈怡然', '曾刚毅', '邹伟锋', '毛朝阳', '姚磊明', '王建国', '李晓燕'];
/** One character away from the first reporter: the name-variant warning. */
const VARIANT = '张浩昆';

const MATERIAL: Material = {
  key: `batch-warned-${PAGES}`,
  build: (dir, log) => {
    const store = openStore(join(dir, DB));
    const ctx = serviceContext(store, new EventBus());
    const page = pageGenerator(7);
    const random = seeded(8);
    const now = '2016-01-01T12:00:00.000Z';
    try {
      store.transaction(() => {
        const batch = store.batches.create('浙江工人日报 2016', now);
        for (let n = 1; n <= PAGES; n++) {
          const [date, ...blocks] = page('2016-01-01').split('\n\n');
          // A byline line after each headline; the variant spelling on the first page only.
          const bylined = blocks.map((b, k) => {
            const lines = b.split('\n');
            const at = lines[0]!.startsWith('[') ? 2 : 1;
            const name = n === 1 && k === 0 ? VARIANT : REPORTERS[Math.floor(random() * REPORTERS.length)]!;
            return [...lines.slice(0, at), `本报记者 ${name}`, ...lines.slice(at)].join('\n');
          });
          const text = [date, ...bylined].join('\n\n');
          const analyzed = blockAnalyze(text);
          const pageId = store.pages.insert({
            batchId: batch.id,
            file: `${String(n).padStart(4, '0')}.txt`,
            hash: createHash('sha256').update(text, 'utf8').digest('hex'),
            encoding: 'utf-8',
            version: 1,
            text,
            meta: analyzed.meta,
            date: '2016-01-01',
            dateSource: 'masthead',
            noise: analyzed.noise,
            importedAt: now,
          });
          insertArticles(store, pageId, analyzed.articles, now);
        }
        refreshBatchWarnings(ctx, batch.id, { affected: false });
      });
      log(`${PAGES} pages, ${store.articles.count({})} articles`);
    } finally {
      store.close();
    }
  },
};

const bench: Benchmark = {
  name: 'save-large-batch',
  unit: 'ms',
  better: 'lower',
  target: { stat: 'p95', op: '<=', value: 20 },
  material: MATERIAL,
  async run({ materialDir, log }): Promise<BenchRun> {
    if (materialDir === null) throw new Error('the batch was not built');
    const backend = openBackend(join(materialDir, DB));
    try {
      const all = backend.store.articles.summaries({});
      const warned = all.find((a) => backend.store.articles.get(a.id)!.batchWarnings.length > 0);
      if (!warned) throw new Error('no article carries a batch warning');
      const plain = all.find((a) => backend.store.names.of(a.id).length === 0) ?? all.find((a) => a.id !== warned.id)!;
      const save = async (id: number, edit: (text: string) => string) => {
        const a = await backend.call('articles.get', { id });
        const start = performance.now();
        await backend.call('articles.save', { id, baseRevision: a.revision, text: edit(a.text) });
        return performance.now() - start;
      };
      const samples: number[] = [];
      const baseline: number[] = [];
      for (let k = 0; k < SAVES; k++) {
        const body = (t: string) => `${t}${k % 10}`;
        const byline = (t: string) => (t.includes(VARIANT) ? t.replace(VARIANT, REPORTERS[0]!) : t.replace(REPORTERS[0]!, VARIANT));
        samples.push(await save(warned.id, k % 2 === 0 ? body : byline));
        baseline.push(await save(plain.id, body));
      }
      log(`${all.length} articles; saved article ${warned.id} ${SAVES} times`);
      return { samples, baseline: { name: 'save without names', samples: baseline }, notes: { pages: PAGES, articles: all.length } };
    } finally {
      await backend.close();
    }
  },
};

export default bench;
