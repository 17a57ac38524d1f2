import type { EventBus } from '../../shared/api/bus';
import type { ApiParsedRequest, ApiResponses, AppInfo } from '../../shared/api/contract';
import type { Readers } from '../services/reader-pool';
import type { Store } from '../store/repositories';

/** Native file dialogs; only the desktop shell has them. */
export interface Dialogs {
  openPaths(req: ApiParsedRequest<'dialog.openPaths'>): Promise<ApiResponses['dialog.openPaths']>;
  savePath(req: ApiParsedRequest<'dialog.savePath'>): Promise<ApiResponses['dialog.savePath']>;
}

export interface HandlerDeps {
  store: Store;
  bus: EventBus;
  /** What app.info answers (nativeDialogs should say whether `dialogs` is given). */
  info: AppInfo;
  dialogs?: Dialogs;
  /** The sample batch's folder; found next to the app or in the repository when absent. */
  samplesDir?: string;
  /** Where exports go when a request names no path; `exports/` beside the database when absent. */
  exportDir?: string;
  /** Where long reads (stats.batch) run: a worker of the host's (startReaders); this thread when absent. */
  readers?: Readers;
  /** The clock; tests pass their own. */
  now?: () => Date;
}
