import { dirname, join } from 'node:path';
import type { ApiHandlers } from '../../shared/api/contract';
import { removeStaleTemps } from '../export/atomic';
import { runExport } from '../export/run';
import type { ServiceContext } from '../services/context';
import { countForExport, exportHistory, recordExport, selectForExport } from '../services/exports';
import type { HandlerDeps } from './deps';

export function exportHandlers(ctx: ServiceContext, deps: HandlerDeps): Pick<ApiHandlers, 'export.count' | 'export.run' | 'export.history'> {
  const defaultDir = deps.exportDir ?? join(dirname(ctx.store.path), 'exports');
  // At start, what exports killed in an earlier run left behind, in every folder exports went to.
  const folders = new Set([defaultDir, ...exportHistory(ctx).map((r) => dirname(r.path))]);
  const cleaned = Promise.all([...folders].map((dir) => removeStaleTemps(dir).catch(() => [])));
  return {
    'export.count': (req) => ({ count: countForExport(ctx, req.selection) }),
    'export.run': async (req) => {
      await cleaned;
      return runExport(
        { select: (sel) => selectForExport(ctx, sel), record: (r) => recordExport(ctx, r), defaultDir },
        req,
        (done, total) => ctx.bus.emit('export.progress', { done, total }),
      );
    },
    'export.history': () => exportHistory(ctx),
  };
}
