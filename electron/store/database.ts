// Opens the one SQLite database file: durable settings first, then the numbered migrations.
import Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations';
import { bigrams } from './sqlite/bigrams';

export type Db = Database.Database;

/** The database was written by a newer Galley; opening it here could damage it. */
export class StoreVersionError extends Error {
  constructor(
    readonly path: string,
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `数据库 ${path} 由更新版本的 Galley 创建(结构版本 ${found},本版本最高支持 ${known}),请升级 Galley 后再打开。 / ` +
        `The database ${path} was written by a newer Galley (schema version ${found}; this version knows up to ${known}). Update Galley to open it.`,
    );
    this.name = 'StoreVersionError';
  }
}

export interface DatabaseOptions {
  /** The native module to load instead of node_modules/better-sqlite3's own (Electron's build in development). */
  nativeBinding?: string;
  /** How long a statement waits for another connection's lock before failing with SQLITE_BUSY (a synchronous wait). */
  busyTimeoutMs?: number;
}

export function openDatabase(path: string, migrations: Migration[] = MIGRATIONS, { nativeBinding, busyTimeoutMs = 5000 }: DatabaseOptions = {}): Db {
  const db = new Database(path, { timeout: busyTimeoutMs, nativeBinding });
  try {
    db.pragma('journal_mode = WAL');
    // FULL: a commit is on disk before it returns, so an acknowledged save survives a crash or power loss.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.function('bigrams', { deterministic: true }, (text: unknown) => bigrams(String(text ?? '')));
    migrate(db, path, migrations);
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}

/** SQLite's default: a checkpoint once the WAL holds this many pages. */
const AUTOCHECKPOINT_PAGES = 1000;

/**
 * One IMMEDIATE transaction committed with synchronous=NORMAL and no automatic checkpoint (Store.bulkTransaction).
 * In WAL mode every FULL commit first syncs the whole log, so this commit becomes durable with the next one; the
 * settings are per connection and restored before anything else can run on it.
 */
export function bulkTransaction<T>(db: Db, fn: () => T): T {
  if (db.inTransaction) return db.transaction(fn)();
  db.pragma('synchronous = NORMAL');
  db.pragma('wal_autocheckpoint = 0');
  try {
    return db.transaction(fn).immediate();
  } finally {
    db.pragma('synchronous = FULL');
    db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function migrate(db: Db, path: string, migrations: Migration[]): void {
  const known = migrations.at(-1)?.version ?? 0;
  const found = schemaVersion(db);
  if (found > known) throw new StoreVersionError(path, found, known);
  if (found === known) return;
  // Foreign keys off while the schema changes (SQLite's procedure for rebuilding a table: dropping the old one
  // must not cascade); each migration checks them before it commits. The pragma is a no-op inside a transaction.
  db.pragma('foreign_keys = OFF');
  try {
    for (const m of migrations) {
      if (m.version <= found) continue;
      // Re-read inside the write lock: another process may have migrated meanwhile.
      db.transaction(() => {
        if (schemaVersion(db) >= m.version) return;
        db.exec(m.up);
        const broken = db.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0) throw new Error(`migration ${m.version} (${m.name}) would leave ${broken.length} broken references`);
        db.pragma(`user_version = ${m.version}`);
      }).immediate();
    }
  } finally {
    db.pragma('foreign_keys = ON');
  }
}
