import type { ApiHandlers } from '../../shared/api/contract';
import type { ServiceContext } from '../services/context';
import { getSettings, setSettings } from '../services/settings';
import type { HandlerDeps } from './deps';

export function appHandlers(ctx: ServiceContext, deps: HandlerDeps): Pick<ApiHandlers, 'app.info' | 'settings.get' | 'settings.set'> {
  return {
    'app.info': () => ({ ...deps.info }),
    'settings.get': () => getSettings(ctx.store),
    'settings.set': (req) => setSettings(ctx.store, req),
  };
}
