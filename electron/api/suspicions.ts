import type { ApiHandlers } from '../../shared/api/contract';
import type { ServiceContext } from '../services/context';
import { acceptSeries, dismissSuspicion, seriesPlaces } from '../services/suspicions';

export function suspicionHandlers(ctx: ServiceContext): Pick<ApiHandlers, 'suspicions.dismiss' | 'suspicions.series' | 'suspicions.acceptSeries'> {
  return {
    'suspicions.dismiss': (req) => dismissSuspicion(ctx, req),
    'suspicions.series': (req) => seriesPlaces(ctx, req),
    'suspicions.acceptSeries': (req) => acceptSeries(ctx, req),
  };
}
