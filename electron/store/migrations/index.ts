import { up as initial } from './001_initial';
import { up as batchWarnings } from './002_batch_warnings';
import { up as narrowArticles } from './003_narrow_articles';
import { up as segmentHistory } from './004_segment_history';
import { up as corrections } from './005_corrections';
import { up as paperProfiles } from './006_paper_profiles';
import { up as nameFindings } from './007_name_findings';
import { up as articleStats } from './008_article_stats';
import { up as bigramIndex } from './009_bigram_index';

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
  { version: 7, name: 'name findings kept incrementally', up: nameFindings },
  { version: 8, name: 'change statistics per article', up: articleStats },
  { version: 9, name: '2-character search index', up: bigramIndex },
];
