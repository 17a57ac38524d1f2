import type { ApiHandlers } from '../../shared/api/contract';
import type { ServiceContext } from '../services/context';
import { listSteps, undoStep } from '../services/segment-history';
import { listNoise, markNoise, mergeWithNext, moveParagraph, restoreNoise, splitArticle } from '../services/segments';

export function segmentHandlers(
  ctx: ServiceContext,
): Pick<ApiHandlers, 'articles.split' | 'articles.mergeNext' | 'articles.moveParagraph' | 'articles.markNoise' | 'articles.restoreNoise' | 'noise.list' | 'segments.history' | 'segments.undo'> {
  return {
    'articles.split': (req) => splitArticle(ctx, req.id, req.paragraph),
    'articles.mergeNext': (req) => mergeWithNext(ctx, req.id),
    'articles.moveParagraph': (req) => moveParagraph(ctx, req),
    'articles.markNoise': (req) => markNoise(ctx, req.id),
    'articles.restoreNoise': (req) => restoreNoise(ctx, req.id),
    'noise.list': (req) => listNoise(ctx, req.batchId),
    'segments.history': (req) => listSteps(ctx, req.pageId),
    'segments.undo': (req) => undoStep(ctx, req.pageId),
  };
}
