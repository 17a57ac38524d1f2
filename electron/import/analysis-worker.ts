// The analysis worker: prepares pages (decode, hash, analyzePage) for the import in the main thread.
import { analyzePage } from '../../shared/analyze';
import { serveJobs } from '../platform/job-worker';
import type { AnalysisJob } from './analysis-pool';
import { preparePage, reasonOf } from './prepare';

serveJobs<AnalysisJob>(({ bytes, file, sections }) => preparePage(bytes, file, sections, analyzePage), reasonOf);
