import type { ApiHandlers } from '../../shared/api/contract';
import type { ServiceContext } from '../services/context';
import { applyProfile, getProfile, markHeadingNoise, previewProfile, removeProfileRule } from '../services/profiles';

export function profileHandlers(
  ctx: ServiceContext,
): Pick<ApiHandlers, 'profiles.get' | 'profiles.removeRule' | 'profiles.preview' | 'profiles.apply' | 'articles.markHeadingNoise'> {
  return {
    'profiles.get': (req) => getProfile(ctx, req.batchId),
    'profiles.removeRule': (req) => removeProfileRule(ctx, req.batchId, req.ruleId),
    'profiles.preview': (req) => previewProfile(ctx, req.batchId),
    'profiles.apply': (req) => applyProfile(ctx, req.batchId),
    'articles.markHeadingNoise': (req) => markHeadingNoise(ctx, req.id, req.field),
  };
}
