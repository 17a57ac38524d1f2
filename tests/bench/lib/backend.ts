// The backend as its transports serve it: the handler table (createHandlers) over a store, called through
// dispatch, so request validation and the envelope are part of what a benchmark measures.
import { join } from 'node:path';
import { createHandlers } from '../../../electron/api/handlers';
import { GALLEY_VERSION } from '../../../electron/platform/version';
import type { Store } from '../../../electron/store/repositories';
import { openStore } from '../../../electron/store/store';
import { serviceContext } from '../../../electron/services/context';
import { startReaders } from '../../../electron/services/reader-pool';
import { EventBus } from '../../../shared/api/bus';
import type { ApiMethod, ApiRequest, ApiResponses } from '../../../shared/api/contract';
import { dispatch } from '../../../shared/api/dispatch';

export type Call = <M extends ApiMethod>(method: M, req: ApiRequest<M>) => Promise<ApiResponses[M]>;

export interface Backend {
  store: Store;
  call: Call;
  /** Whether long reads run in the reader worker. */
  readersInWorker: boolean;
  close(): Promise<void>;
}

/**
 * Opens (or creates) the database at `dbPath`; exports without a path go to `exportDir`. With `readers`, long
 * reads go to a reader worker, as the hosts run them.
 */
export function openBackend(dbPath: string, exportDir = join(dbPath, '..', 'exports'), { readers: withReaders = false } = {}): Backend {
  const store = openStore(dbPath);
  const bus = new EventBus();
  const info = { version: GALLEY_VERSION, host: 'http' as const, nativeDialogs: false, dbPath };
  const readers = withReaders ? startReaders(serviceContext(store, bus), dbPath) : undefined;
  const handlers = createHandlers({ store, bus, info, exportDir, readers });
  const call: Call = async (method, req) => {
    const envelope = await dispatch(handlers, method, req, { transport: 'test' });
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code}: ${envelope.error.message}`);
    return envelope.value as ApiResponses[typeof method];
  };
  return {
    store,
    call,
    readersInWorker: readers?.inWorker ?? false,
    // The store closes at once when there is no worker to stop first.
    close: () => (readers ? readers.close().then(() => store.close()) : Promise.resolve(store.close())),
  };
}
