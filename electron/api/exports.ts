import { dirname, join } from 'node:path';
import type { ApiHandlers } from '../../shared/api/contract';
import { exportLayout } from '../export/layout';
import { runExport } from '../export/run';
import type { ServiceContext } from '../services/context';
import { countForExport, exportHistory, recordExport, selectForExport } from '../services/exports';
import type { HandlerDeps } from './deps';

export function exportHandlers(ctx: ServiceContext, deps: HandlerDeps): Pick<ApiHandlers, 'export.count' | 'export.run' | 'export.history' | 'export.layout'> {
  const defaultDir = deps.exportDir ?? join(dirname(ctx.store.path), 'exports');
  return {
    'export.count': (req) => ({ count: countForExport(ctx, req.selection) }),
    'export.run': (req) =>
      runExport(
        { select: (sel) => selectForExport(ctx, sel), record: (r) => recordExport(ctx, r), defaultDir },
        req,
        (done, total) => ctx.bus.emit('export.progress', { done, total }),
      ),
    'export.history': () => exportHistory(ctx),
    'export.layout': (req) => exportLayout(ctx, req),
  };
}
