import type { ApiHandlers } from '../../shared/api/contract';
import { checkWarning, getArticle, listArticles, listRevisions, restoreRevision, saveArticle, setStatus } from '../services/articles';
import type { ServiceContext } from '../services/context';

export function articleHandlers(
  ctx: ServiceContext,
): Pick<ApiHandlers, 'articles.list' | 'articles.get' | 'articles.save' | 'articles.setStatus' | 'articles.revisions' | 'articles.restore' | 'warnings.check'> {
  return {
    'articles.list': (req) => listArticles(ctx, req),
    'articles.get': (req) => getArticle(ctx, req.id),
    'articles.save': (req) => saveArticle(ctx, req),
    'articles.setStatus': (req) => setStatus(ctx, req),
    'warnings.check': (req) => checkWarning(ctx, req),
    'articles.revisions': (req) => listRevisions(ctx, req.id),
    'articles.restore': (req) => restoreRevision(ctx, req),
  };
}
