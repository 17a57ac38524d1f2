import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { EventBus } from '../../shared/api/bus';
import type { ApiHandlers, ApiMethod, ApiRequest, ApiResponses } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import { createHandlers } from '../api/handlers';
import { serviceContext } from '../services/context';
import { startReaders } from '../services/reader-pool';
import { GALLEY_VERSION } from '../platform/version';
import { openStore } from '../store/store';
import type { Store } from '../store/repositories';
import { CliFailure } from './failure';

/** The backend as a command uses it: the same handlers and validation as every other transport. */
export interface Backend {
  dbPath: string;
  store: Store;
  bus: EventBus;
  handlers: ApiHandlers;
  call<M extends ApiMethod>(method: M, req: ApiRequest<M>): Promise<ApiResponses[M]>;
  close(): void;
}

/**
 * Open the store at `db` and build the handlers on it. With `create`, a missing database (and its folder) is
 * created; otherwise a missing file is an error rather than a silently empty store.
 */
export function openBackend(db: string, opts: { create: boolean; /** Long reads in a worker (a host serving requests). */ readers?: boolean }): Backend {
  const dbPath = resolve(db);
  if (!opts.create && !existsSync(dbPath)) throw new CliFailure(`no database at ${dbPath}`);
  if (opts.create) mkdirSync(dirname(dbPath), { recursive: true });
  let store: Store;
  try {
    store = openStore(dbPath);
  } catch (err) {
    throw new CliFailure(`cannot open the database ${dbPath}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const bus = new EventBus();
  const readers = opts.readers ? startReaders(serviceContext(store, bus), dbPath) : undefined;
  const handlers = createHandlers({ store, bus, readers, info: { version: GALLEY_VERSION, host: 'http', nativeDialogs: false, dbPath } });
  return {
    dbPath,
    store,
    bus,
    handlers,
    async call(method, req) {
      const envelope = await dispatch(handlers, method, req, { transport: 'cli' });
      if (!envelope.ok) throw new CliFailure(`${method}: ${envelope.error.message}`);
      return envelope.value as ApiResponses[typeof method];
    },
    close: () => {
      void readers?.close();
      store.close();
    },
  };
}

/** Run `fn` on the backend and close the store whatever happens. */
export async function withBackend<T>(db: string, opts: { create: boolean }, fn: (backend: Backend) => Promise<T>): Promise<T> {
  const backend = openBackend(db, opts);
  try {
    return await fn(backend);
  } finally {
    backend.close();
  }
}
