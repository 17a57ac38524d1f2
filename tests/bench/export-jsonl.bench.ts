// Exporting 10,000 approved articles as JSON Lines from a 50,000-article library: export.run through dispatch
// and the handlers, i.e. runExport with the store's selection (selectForExport), serialisation, the atomic
// write with fsync, and the export record. Baseline: serialising the same articles (toJsonl of rows selected
// beforehand) to a string, with no store and no file, so the ratio shows what selecting and writing add.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { selectForExport } from '../../electron/services/exports';
import { serviceContext } from '../../electron/services/context';
import { EventBus } from '../../shared/api/bus';
import { toJsonl } from '../../shared/export/jsonl';
import { openBackend } from './lib/backend';
import { LIBRARY, LIBRARY_APPROVED, LIBRARY_DB } from './lib/library';
import { timeMsAsync } from './lib/measure';
import type { Benchmark } from './lib/types';

const RUNS = 6;

const bench: Benchmark = {
  name: 'export-jsonl',
  unit: 's',
  better: 'lower',
  target: { stat: 'median', op: '<=', value: 2 },
  material: LIBRARY,
  async run({ materialDir, tmpDir, log }) {
    if (materialDir === null) throw new Error('the library was not built');
    const backend = openBackend(join(materialDir, LIBRARY_DB));
    try {
      const selection = { status: 'approved' as const };
      const path = join(tmpDir, 'export.jsonl');
      const exportOnce = () => backend.call('export.run', { selection, format: 'jsonl', path });

      const first = await exportOnce();
      const lines = readFileSync(first.path, 'utf8').split('\n').filter(Boolean).length;
      if (first.count !== LIBRARY_APPROVED || lines !== first.count) throw new Error(`exported ${first.count} articles in ${lines} lines, expected ${LIBRARY_APPROVED}`);
      log(`${first.count} articles, ${(readFileSync(first.path).length / 1e6).toFixed(1)} MB per export`);

      const samples: number[] = [];
      for (let n = 0; n < RUNS; n++) samples.push((await timeMsAsync(exportOnce)) / 1000);

      const articles = selectForExport(serviceContext(backend.store, new EventBus()), selection);
      const baseline = Array.from({ length: RUNS }, () => {
        const start = performance.now();
        toJsonl(articles);
        return (performance.now() - start) / 1000;
      });
      return {
        samples,
        baseline: { name: 'toJsonl only', samples: baseline },
        notes: { articles: first.count, libraryArticles: backend.store.articles.count({}), megabytes: Number((readFileSync(first.path).length / 1e6).toFixed(1)) },
      };
    } finally {
      backend.close();
    }
  },
};

export default bench;
