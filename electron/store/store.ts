// openStore: the SQLite-backed Store. Callers see only the repository interfaces.
import { bulkTransaction, openDatabase, type DatabaseOptions } from './database';
import type { Store } from './repositories';
import { articleRepo } from './sqlite/articles';
import { batchRepo } from './sqlite/batches';
import { correctionRepo, dismissalRepo, suspicionRepo } from './sqlite/corrections';
import { exportRepo } from './sqlite/exports';
import { nameRepo } from './sqlite/names';
import { pageRepo } from './sqlite/pages';
import { profileRepo } from './sqlite/profiles';
import { revisionRepo } from './sqlite/revisions';
import { scanRepo } from './sqlite/scans';
import { searchIndexRepo } from './sqlite/search';
import { segmentHistoryRepo } from './sqlite/segments';
import { settingsRepo } from './sqlite/settings';
import { statsRepo } from './sqlite/stats';
import { tagRepo } from './sqlite/tags';
import { warningCheckRepo } from './sqlite/warning-checks';

export function openStore(path: string, options: DatabaseOptions = {}): Store {
  const db = openDatabase(path, undefined, options);
  const names = nameRepo(db);
  return {
    path,
    settings: settingsRepo(db),
    batches: batchRepo(db),
    pages: pageRepo(db),
    scans: scanRepo(db),
    articles: articleRepo(db, names),
    revisions: revisionRepo(db),
    tags: tagRepo(db),
    segments: segmentHistoryRepo(db),
    warningChecks: warningCheckRepo(db),
    exports: exportRepo(db),
    searchIndex: searchIndexRepo(db),
    corrections: correctionRepo(db),
    dismissals: dismissalRepo(db),
    suspicions: suspicionRepo(db),
    profiles: profileRepo(db),
    names,
    stats: statsRepo(db),
    // IMMEDIATE takes the write lock up front, so a transaction never fails half-way on a lock upgrade.
    transaction: (fn) => db.transaction(fn).immediate(),
    bulkTransaction: (fn) => bulkTransaction(db, fn),
    integrityCheck: () => (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('\n'),
    close: () => db.close(),
  };
}
