// The store's interfaces. Services depend on these only; SQL lives in ./sqlite and nowhere else, so another
// backend implements these interfaces without touching the services or the API.
import type { ArticleSummary, BatchSummary, ChangeStats, CharCounts, ExportRecord, PageSummary, TagSummary } from '../../shared/api/contract';
import type { ExportArticle } from '../../shared/export/types';
import type { PackedEdits } from '../../shared/model/edits-codec';
import type { NameSpelling } from '../../shared/lint/batch';
import type { BylineName } from '../../shared/lint/names';
import type { ArticleKind, ArticleStatus, Edit, Masthead, NoiseBlock, Revision, Warning } from '../../shared/model/types';

export interface BatchRecord {
  id: number;
  name: string;
  createdAt: string;
  date: string | null;
  paper: string | null;
}

export interface PageRecord {
  id: number;
  batchId: number;
  file: string;
  hash: string;
  encoding: string;
  version: number;
  current: boolean;
  text: string;
  meta: Masthead | null;
  date: string | null;
  noise: NoiseBlock[];
  importedAt: string;
}

export type NewPage = Omit<PageRecord, 'id' | 'current'>;

export type CurrentPage = Pick<PageRecord, 'id' | 'file' | 'meta' | 'noise'>;

/** A warning lint found across the pages of a batch: on one of the page's articles, or on the page itself (null). */
export interface StoredBatchWarning {
  pageId: number;
  articleId: number | null;
  warning: Warning;
}

export type RemovedReason = 'noise' | 'merged';

/** An article as stored. */
export interface ArticleRecord {
  id: number;
  pageId: number;
  ord: number;
  kind: ArticleKind;
  kicker: string | null;
  headline: string;
  subtitle: string | null;
  byline: string | null;
  subheads: string[];
  ocrRaw: string;
  ocrText: string;
  autoText: string;
  edits: Edit[];
  text: string;
  revision: number;
  status: ArticleStatus;
  flagNote: string | null;
  approvedAt: string | null;
  approvedBy: string | null;
  warnings: Warning[];
  removed: RemovedReason | null;
  createdAt: string;
  updatedAt: string;
}

/** A new article; its edits may come packed already (the analysis worker packs them). */
export type NewArticle = Omit<ArticleRecord, 'id' | 'revision' | 'status' | 'flagNote' | 'approvedAt' | 'approvedBy' | 'removed' | 'edits'> & {
  edits: Edit[] | PackedEdits;
};

export type ArticlePatch = Partial<Omit<ArticleRecord, 'id' | 'createdAt'>>;

/** An article with what its page and batch say about it. */
export interface ArticleRow extends ArticleRecord {
  batchId: number;
  pageFile: string;
  /** Page masthead date, else the batch's. */
  date: string | null;
  /** Page masthead paper, else the batch's. */
  paper: string | null;
  pageMeta: Masthead | null;
  sections: string[];
  /** Warnings lint found across the batch about this article (a name spelled two ways); `warnings` are its text's own. */
  batchWarnings: Warning[];
}

/**
 * Which articles. By default only live articles (not marked as noise, not merged away) of the newest version of
 * each page; naming pages (pageId/pageIds) reaches older versions too.
 */
export interface ArticleFilter {
  ids?: number[];
  batchId?: number;
  pageId?: number;
  pageIds?: number[];
  status?: ArticleStatus;
  /** Any of these sections. */
  sections?: string[];
  /** Text search over headline, current text and OCR text; whitespace separates terms that must all match. */
  q?: string;
  /** Inclusive ISO dates, on the article's date (page masthead, else batch). */
  dateFrom?: string;
  dateTo?: string;
  removed?: RemovedReason;
  /** Only articles after this one in reading order (same batch, current pages). */
  after?: number;
  limit?: number;
  offset?: number;
}

export interface SettingsRepo {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

export interface BatchRepo {
  get(id: number): BatchRecord | null;
  findByName(name: string): BatchRecord | null;
  create(name: string, createdAt: string): BatchRecord;
  rename(id: number, name: string): void;
  /** Records a masthead date and paper where the batch has none yet. */
  fillMasthead(id: number, date: string | null, paper: string | null): void;
  /** Replaces every batch warning of the batch with these, kept in this order. */
  replaceWarnings(id: number, warnings: StoredBatchWarning[]): void;
  /** The batch's warnings in the order they were stored. */
  warnings(id: number): StoredBatchWarning[];
  list(): BatchSummary[];
  summary(id: number): BatchSummary | null;
}

export interface PageRepo {
  get(id: number): PageRecord | null;
  findByHash(hash: string): PageRecord | null;
  /** The newest version of `file` in the batch. */
  findCurrent(batchId: number, file: string): PageRecord | null;
  insert(page: NewPage): number;
  /** Marks a page as an older version. */
  supersede(id: number): void;
  /** Every version of every page of the batch, by file then newest version first. */
  list(batchId: number): PageSummary[];
  /** The newest versions in the batch, by file, without their text. */
  current(batchId: number): CurrentPage[];
}

export interface ArticleRepo {
  insert(article: NewArticle): number;
  get(id: number): ArticleRow | null;
  update(id: number, patch: ArticlePatch): void;
  summaries(filter: ArticleFilter): ArticleSummary[];
  rows(filter: ArticleFilter): ArticleRow[];
  /** The articles `rows` gives, in the same order, reading only what an export carries. */
  forExport(filter: ArticleFilter): ExportArticle[];
  count(filter: ArticleFilter): number;
  /** Every article of the page in reading order, including removed ones (they keep their place). */
  onPage(pageId: number): ArticleRecord[];
  /** Sets `ord` to 1, 2, 3… in the order given. */
  reorder(ids: number[]): void;
}

/** Two spellings of one role in a batch found to be one name misread; `name` sorts before `other`. */
export interface NameFinding {
  role: string;
  name: string;
  other: string;
}

/**
 * Byline names of the articles (kept by the article repository with every write of a byline or text) and the
 * batch's name-variant findings. Uses count while their article is live on a current page.
 */
export interface NameRepo {
  /** The names an article's byline and text hold now. */
  of(articleId: number): BylineName[];
  /** Spellings of `role` one character from `name` ever written in the batch (live or not). */
  nearby(batchId: number, role: string, name: string): string[];
  /** Pages with a live use of the spelling; the first `limit` found when given. */
  pagesOf(batchId: number, role: string, name: string, limit?: number): Set<number>;
  /** Live articles using the spelling. */
  holders(batchId: number, role: string, name: string): number[];
  /** Every spelling with live uses in the batch, with their pages. */
  spellingsInBatch(batchId: number): NameSpelling[];
  findings(batchId: number): NameFinding[];
  /** The findings pairing this spelling with another. */
  findingsWith(batchId: number, role: string, name: string): NameFinding[];
  addFinding(batchId: number, finding: NameFinding): void;
  dropFinding(batchId: number, finding: NameFinding): void;
  /** The name-variant warnings of an article, located in `text` (its current text). */
  warnings(articleId: number, text: string): Warning[];
  /** Reads the names of one batch queued by migration 004; returns it, or null once none is left. */
  backfillNext(): number | null;
}

/** One article's share of the change statistics (see changeStats). */
export interface ArticleStatsRow {
  articleId: number;
  /** The revision counted: a row for an article edited since is not kept. */
  revision: number;
  /** OCR text → current text. */
  total: CharCounts;
  /** Automatic text → current text. */
  byHand: CharCounts;
  byRule: Record<string, CharCounts>;
  /** Characters (code points) of the current text. */
  chars: number;
}

/** Change statistics kept per article and summed per batch; a row goes when a text it counts changes. */
export interface StatsRepo {
  /** Up to `max` live articles of the batch's current pages with no statistics yet. */
  missing(batchId: number, max: number): number[];
  /** Keeps the row unless the article moved past its revision meanwhile; returns whether it was kept. */
  put(row: ArticleStatsRow): boolean;
  /** The batch's statistics, over the live articles of its current pages that have theirs. */
  sum(batchId: number): ChangeStats;
}

export interface NewRevision {
  articleId: number;
  seq: number;
  author: string;
  createdAt: string;
  text: string;
  origin: Revision['origin'];
}

export interface RevisionRepo {
  insert(revision: NewRevision): Revision;
  get(id: number): Revision | null;
  latest(articleId: number): Revision | null;
  /** Oldest first. */
  list(articleId: number): Revision[];
  /** Rewrites a revision in place (coalesced autosaves); its seq moves forward so conflict checks still see it. */
  rewrite(id: number, seq: number, text: string): void;
}

export interface TagRepo {
  list(): TagSummary[];
  get(id: number): TagSummary | null;
  /** The tag's id, without counting its articles. */
  idByName(name: string): number | null;
  create(name: string): TagSummary;
  rename(id: number, name: string): void;
  /** Moves every assignment of `sourceId` to `targetId` and deletes the source. */
  merge(sourceId: number, targetId: number): void;
  assign(articleId: number, tagId: number): void;
  unassign(articleId: number, tagId: number): void;
  sectionsOf(articleId: number): string[];
  /** Live articles carrying the tag. */
  articleIds(tagId: number): number[];
}

export interface ExportRepo {
  insert(record: Omit<ExportRecord, 'id'>): ExportRecord;
  /** Newest first. */
  list(): ExportRecord[];
}

/**
 * The full-text index. New articles wait in a queue and are indexed later, in small steps, so an import does
 * not pay for indexing; searches read queued articles directly, so results never depend on the queue.
 */
export interface SearchIndexRepo {
  /** Articles waiting to be indexed. */
  pending(): number;
  /** Indexes up to `max` waiting articles, oldest first, in one transaction; returns how many. */
  indexNext(max: number): number;
}

export interface Store {
  readonly path: string;
  readonly settings: SettingsRepo;
  readonly batches: BatchRepo;
  readonly pages: PageRepo;
  readonly articles: ArticleRepo;
  readonly revisions: RevisionRepo;
  readonly tags: TagRepo;
  readonly exports: ExportRepo;
  readonly searchIndex: SearchIndexRepo;
  readonly names: NameRepo;
  readonly stats: StatsRepo;
  /** Runs `fn` as one transaction: everything it writes is committed together or not at all. Nests. */
  transaction<T>(fn: () => T): T;
  /**
   * Like `transaction`, for runs of bulk writes (an import's groups of pages): the commit is not flushed to disk
   * and does not checkpoint, so it is durable only once a later `transaction` commits (which flushes everything
   * before it; a power loss in between loses the unflushed commits whole, never part of one). A run of bulk
   * transactions must end with a `transaction` before its writes are reported as stored. Nests like `transaction`.
   */
  bulkTransaction<T>(fn: () => T): T;
  /** The backend's own consistency check; 'ok' when sound. */
  integrityCheck(): string;
  close(): void;
}
