import type { ApiHandlers, ImportReport } from '../../shared/api/contract';
import { analyzePage } from '../../shared/analyze';
import { ApiError } from '../../shared/api/errors';
import { preparerFor } from '../import/analysis-pool';
import { importSources, type ImportOptions } from '../import/import';
import { findSamplesDir, SAMPLE_BATCH } from '../import/samples';
import { scanFilesOf, sweepScans } from '../scans/files';
import { collectPaths, collectUploads, expandPdfs, expandTiffTexts, type PageSource } from '../import/sources';
import type { ServiceContext } from '../services/context';
import { profileOffer } from '../services/profiles';
import type { HandlerDeps } from './deps';

/** analyzePage, in the analysis worker when the import is large enough for it to pay. */
const analysis = (files: number): Pick<ImportOptions, 'analyze' | 'prepare'> => ({ analyze: analyzePage, prepare: preparerFor(files, analyzePage) });

/**
 * The report, with what the batch now holds (an import of pages without articles leaves it empty), the files left
 * out of the folders given, and the paper profile's offer to re-read the batch when it has one (see profileOffer).
 */
function finish(ctx: ServiceContext, report: ImportReport, skipped: string[], sections: string[] | null): ImportReport {
  const batch = report.batchId === null ? null : ctx.store.batches.summary(report.batchId);
  const pageIds = new Set(report.files.filter((f) => f.status === 'imported' || f.status === 'updated').map((f) => f.pageId!));
  return {
    ...report,
    batchArticles: batch?.articleCount ?? null,
    skipped,
    ...(sections ? { profile: report.batchId === null ? null : profileOffer(ctx, report.batchId, { pageIds, sections }) } : {}),
  };
}

/** A PDF's pages, and a multi-page text's pages beside a multi-page TIFF, each a source of its own. */
const expandPages = async (sources: PageSource[]) => expandTiffTexts(await expandPdfs(sources));

/** The section names an import starting now passes to the parser (as importSources reads them). */
const importSections = (ctx: ServiceContext) => ctx.store.tags.list().map((t) => t.name);

export function importHandlers(ctx: ServiceContext, deps: HandlerDeps): Pick<ApiHandlers, 'import.paths' | 'import.files' | 'import.sample'> {
  // At start, the page images an earlier run left without a page (a crash between writing one and committing its
  // page). Imports wait for it, so the sweep never takes a file an import is about to refer to.
  const swept = sweepScans(scanFilesOf(ctx.store), ctx.store.scans).catch(() => []);
  return {
    'import.paths': async (req) => {
      await swept;
      const collected = await collectPaths(req.paths);
      const sources = await expandPages(collected.sources);
      const sections = importSections(ctx);
      return finish(ctx, await importSources(ctx, sources, { batch: req.batch, folderName: collected.folderName, ...analysis(sources.length) }), collected.skipped, sections);
    },
    'import.files': async (req) => {
      await swept;
      const sources = await expandPages(collectUploads(req.files));
      const sections = importSections(ctx);
      return finish(ctx, await importSources(ctx, sources, { batch: req.batch, ...analysis(sources.length) }), [], sections);
    },
    'import.sample': async () => {
      const dir = findSamplesDir(deps.samplesDir);
      if (!dir) throw new ApiError('not-found', `找不到示例文件夹 / The sample folder was not found${deps.samplesDir ? `: ${deps.samplesDir}` : ''}`);
      await swept;
      const { sources, skipped } = await collectPaths([dir]);
      return finish(ctx, await importSources(ctx, sources, { batch: SAMPLE_BATCH, ...analysis(sources.length) }), skipped, null);
    },
  };
}
