import type { ApiHandlers } from '../../shared/api/contract';
import { deleteBatch, listBatches, listPages, renameBatch, setPageDate } from '../services/batches';
import type { ServiceContext } from '../services/context';
import { pageScan } from '../services/scans';

export function batchHandlers(ctx: ServiceContext): Pick<ApiHandlers, 'batches.list' | 'batches.rename' | 'batches.delete' | 'pages.list' | 'pages.setDate' | 'pages.scan'> {
  return {
    'batches.list': () => listBatches(ctx),
    'batches.rename': (req) => renameBatch(ctx, req.id, req.name),
    'batches.delete': (req) => deleteBatch(ctx, req),
    'pages.list': (req) => listPages(ctx, req.batchId),
    'pages.setDate': (req) => setPageDate(ctx, req),
    'pages.scan': (req) => pageScan(ctx, req.pageId),
  };
}
