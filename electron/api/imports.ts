import type { ApiHandlers, ImportReport } from '../../shared/api/contract';
import { analyzePage } from '../../shared/analyze';
import { ApiError } from '../../shared/api/errors';
import { preparerFor } from '../import/analysis-pool';
import { importSources, type ImportOptions } from '../import/import';
import { findSamplesDir, SAMPLE_BATCH } from '../import/samples';
import { collectPaths, collectUploads, expandPdfs } from '../import/sources';
import type { ServiceContext } from '../services/context';
import { profileOffer } from '../services/profiles';
import type { HandlerDeps } from './deps';

/** analyzePage, in the analysis worker when the import is large enough for it to pay. */
const analysis = (files: number): Pick<ImportOptions, 'analyze' | 'prepare'> => ({ analyze: analyzePage, prepare: preparerFor(files, analyzePage) });

/** The report, with the paper profile's offer to re-read the batch when it has one (see profileOffer). */
function withOffer(ctx: ServiceContext, report: ImportReport): ImportReport {
  return { ...report, profile: report.batchId === null ? null : profileOffer(ctx, report.batchId) };
}

export function importHandlers(ctx: ServiceContext, deps: HandlerDeps): Pick<ApiHandlers, 'import.paths' | 'import.files' | 'import.sample'> {
  return {
    'import.paths': async (req) => {
      const collected = await collectPaths(req.paths);
      const sources = await expandPdfs(collected.sources);
      const report = await importSources(ctx, sources, { batch: req.batch, folderName: collected.folderName, ...analysis(sources.length) });
      return withOffer(ctx, { ...report, skipped: collected.skipped });
    },
    'import.files': async (req) => {
      const sources = await expandPdfs(collectUploads(req.files));
      return withOffer(ctx, await importSources(ctx, sources, { batch: req.batch, ...analysis(sources.length) }));
    },
    'import.sample': async () => {
      const dir = findSamplesDir(deps.samplesDir);
      if (!dir) throw new ApiError('not-found', `找不到示例文件夹 / The sample folder was not found${deps.samplesDir ? `: ${deps.samplesDir}` : ''}`);
      const { sources } = await collectPaths([dir]);
      return importSources(ctx, sources, { batch: SAMPLE_BATCH, ...analysis(sources.length) });
    },
  };
}
