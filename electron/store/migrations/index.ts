import { up as initial } from './001_initial';
import { up as batchWarnings } from './002_batch_warnings';
import { up as narrowArticles } from './003_narrow_articles';
import { up as segmentHistory } from './004_segment_history';
import { up as corrections } from './005_corrections';
import { up as paperProfiles } from './006_paper_profiles';
import { up as pageDates } from './007_page_dates';
import { up as warningChecks } from './008_warning_checks';
import { up as pageScans } from './009_page_scans';
import { up as nameFindings } from './010_name_findings';
import { up as articleStats } from './011_article_stats';
import { up as bigramIndex } from './012_bigram_index';
import { up as suspicionRequeue } from './013_suspicion_requeue';
import { up as scanOriginals } from './014_scan_originals';
import { up as liveArticles } from './015_live_articles';

export interface Migration {
  /** The schema version after this migration; versions are 1, 2, 3… without gaps. */
  version: number;
  name: string;
  up: string;
}

/** Every migration in order. Add new ones at the end; never edit one that has shipped. */
export const MIGRATIONS: Migration[] = [
  { version: 1, name: 'initial', up: initial },
  { version: 2, name: 'batch warnings', up: batchWarnings },
  { version: 3, name: 'narrow articles, background search index', up: narrowArticles },
  { version: 4, name: 'segmentation history', up: segmentHistory },
  { version: 5, name: 'corrections and dismissed suspicions', up: corrections },
  { version: 6, name: 'paper profiles', up: paperProfiles },
  { version: 7, name: 'page date sources', up: pageDates },
  { version: 8, name: 'warning checks', up: warningChecks },
  { version: 9, name: 'page scans', up: pageScans },
  { version: 10, name: 'name findings kept incrementally', up: nameFindings },
  { version: 11, name: 'change statistics per article', up: articleStats },
  { version: 12, name: '2-character search index', up: bigramIndex },
  { version: 13, name: 'deferred suspicion requeue', up: suspicionRequeue },
  { version: 14, name: 'original page images beside their displayable copy', up: scanOriginals },
  { version: 15, name: 'live articles index', up: liveArticles },
];
