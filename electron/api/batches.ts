import type { ApiHandlers } from '../../shared/api/contract';
import { listBatches, listPages, renameBatch, setPageDate } from '../services/batches';
import type { ServiceContext } from '../services/context';

export function batchHandlers(ctx: ServiceContext): Pick<ApiHandlers, 'batches.list' | 'batches.rename' | 'pages.list' | 'pages.setDate'> {
  return {
    'batches.list': () => listBatches(ctx),
    'batches.rename': (req) => renameBatch(ctx, req.id, req.name),
    'pages.list': (req) => listPages(ctx, req.batchId),
    'pages.setDate': (req) => setPageDate(ctx, req),
  };
}
