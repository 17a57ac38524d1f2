import type { ApiHandlers } from '../../shared/api/contract';
import type { ServiceContext } from '../services/context';
import { findInBatch, replaceInBatch } from '../services/find';
import { articleStats, batchStats } from '../services/stats';

export function findHandlers(ctx: ServiceContext): Pick<ApiHandlers, 'find.search' | 'find.replace' | 'stats.batch' | 'stats.article'> {
  return {
    'find.search': (req) => findInBatch(ctx, req),
    'find.replace': (req) => replaceInBatch(ctx, req),
    'stats.batch': (req) => batchStats(ctx, req.batchId),
    'stats.article': (req) => articleStats(ctx, req.id),
  };
}
