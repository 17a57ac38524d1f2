import type { ApiHandlers } from '../../shared/api/contract';
import { analyzePage } from '../../shared/analyze';
import { ApiError } from '../../shared/api/errors';
import { importSources } from '../import/import';
import { findSamplesDir, SAMPLE_BATCH } from '../import/samples';
import { collectPaths, collectUploads } from '../import/sources';
import type { ServiceContext } from '../services/context';
import type { HandlerDeps } from './deps';

export function importHandlers(ctx: ServiceContext, deps: HandlerDeps): Pick<ApiHandlers, 'import.paths' | 'import.files' | 'import.sample'> {
  return {
    'import.paths': async (req) => {
      const { sources, folderName } = await collectPaths(req.paths);
      return importSources(ctx, sources, { batch: req.batch, folderName, analyze: analyzePage });
    },
    'import.files': (req) => importSources(ctx, collectUploads(req.files), { batch: req.batch, analyze: analyzePage }),
    'import.sample': async () => {
      const dir = findSamplesDir(deps.samplesDir);
      if (!dir) throw new ApiError('not-found', `找不到示例文件夹 / The sample folder was not found${deps.samplesDir ? `: ${deps.samplesDir}` : ''}`);
      const { sources } = await collectPaths([dir]);
      return importSources(ctx, sources, { batch: SAMPLE_BATCH, analyze: analyzePage });
    },
  };
}
