// The backend's handler table: one handler per contract method, joined from the per-area modules. Typed as
// ApiHandlers, so a method missing here fails to compile.
import type { ApiHandlers } from '../../shared/api/contract';
import { catchUpNames } from '../services/batch-warnings';
import { serviceContext } from '../services/context';
import { appHandlers } from './app';
import { articleHandlers } from './articles';
import { batchHandlers } from './batches';
import { retryWhenBusy } from './busy-retry';
import type { HandlerDeps } from './deps';
import { dialogHandlers } from './dialogs';
import { exportHandlers } from './exports';
import { findHandlers } from './find';
import { importHandlers } from './imports';
import { profileHandlers } from './profiles';
import { segmentHandlers } from './segments';
import { suspicionHandlers } from './suspicions';
import { tagHandlers } from './tags';

export type { Dialogs, HandlerDeps } from './deps';

export function createHandlers(deps: HandlerDeps): ApiHandlers {
  const ctx = serviceContext(deps.store, deps.bus, deps.now);
  // A library from before migration 10 has its names read once, before the first request.
  catchUpNames(ctx);
  return retryWhenBusy({
    ...appHandlers(ctx, deps),
    ...batchHandlers(ctx),
    ...importHandlers(ctx, deps),
    ...articleHandlers(ctx),
    ...segmentHandlers(ctx),
    ...profileHandlers(ctx),
    ...tagHandlers(ctx),
    ...suspicionHandlers(ctx),
    ...findHandlers(ctx, deps.readers),
    ...exportHandlers(ctx, deps),
    ...dialogHandlers(deps),
  });
}
