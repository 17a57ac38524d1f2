import type { ApiHandlers } from '../../shared/api/contract';
import type { ServiceContext } from '../services/context';
import type { Readers } from '../services/reader-pool';
import { findInBatch, replaceInBatch } from '../services/find';
import { articleStats, batchStats } from '../services/stats';

/** stats.batch goes to `readers` (a worker) when the host started one; find.search to its own (find-pool.ts). */
export function findHandlers(ctx: ServiceContext, readers?: Readers): Pick<ApiHandlers, 'find.search' | 'find.replace' | 'stats.batch' | 'stats.article'> {
  return {
    'find.search': (req) => findInBatch(ctx, req),
    'find.replace': (req) => replaceInBatch(ctx, req),
    'stats.batch': (req) => (readers ? readers.run('stats.batch', req) : batchStats(ctx, req.batchId)),
    'stats.article': (req) => articleStats(ctx, req.id),
  };
}
