// The store's interfaces. Services depend on these only; SQL lives in ./sqlite and nowhere else, so another
// backend implements these interfaces without touching the services or the API.
import type { ArticleSummary, BatchSummary, ChangeStats, CharCounts, ExportRecord, PageSummary, SegmentOp, TagSummary, WarningCheck } from '../../shared/api/contract';
import type { RecordedCorrection } from '../../shared/corrections/series';
import type { Substitution } from '../../shared/corrections/substitutions';
import type { ExportArticle } from '../../shared/export/types';
import type { NameSpelling } from '../../shared/lint/batch';
import type { BylineName } from '../../shared/lint/names';
import type { PackedEdits } from '../../shared/model/edits-codec';
import type { PageLayout } from '../../shared/layout/types';
import type { ScanImageType } from '../scans/images';
import type { ArticleKind, ArticleStatus, Edit, Masthead, NoiseBlock, Revision, Suspicion, Warning } from '../../shared/model/types';
import type { PageDateSource } from '../../shared/parse/page-date';
import type { PaperProfile } from '../../shared/profile/profile';

export type { SegmentOp };

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
  /** Where the date came from; null when the page has none. */
  dateSource: PageDateSource | null;
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

/** An article as its page's reading made it, and whether anyone has worked on it since (ArticleRepo.readings). */
export type ArticleReading = Pick<ArticleRecord, 'id' | 'pageId' | 'kicker' | 'headline' | 'subtitle' | 'text' | 'revision' | 'status' | 'removed'> & {
  sections: string[];
};

/** A new article; its edits may come packed already (the analysis worker packs them). */
export type NewArticle = Omit<ArticleRecord, 'id' | 'revision' | 'status' | 'flagNote' | 'approvedAt' | 'approvedBy' | 'removed' | 'edits'> & {
  edits: Edit[] | PackedEdits;
};

/** An article's current text and byline. */
export type ArticleText = Pick<ArticleRecord, 'id' | 'pageId' | 'byline' | 'text'>;

export type ArticlePatch = Partial<Omit<ArticleRecord, 'id' | 'createdAt'>>;

/** An article with what its page and batch say about it. */
export interface ArticleRow extends ArticleRecord {
  batchId: number;
  pageFile: string;
  /** The page's own date (see PageRecord.dateSource); null when it has none. */
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
  /** `q` also matches the kicker, subtitle and byline (find searches every heading field; the index holds only the headline). */
  qInHeadings?: boolean;
  /** Inclusive ISO dates, on the article's page's own date; undated pages match no range. */
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
  /**
   * Deletes the batch with every version of its pages and their articles, revisions, warnings and index entries
   * (the schema's cascades). Returns what went: page rows of every version, article rows (removed ones too).
   */
  delete(id: number): { pages: number; articles: number };
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
  setDate(id: number, date: string | null, source: PageDateSource | null): void;
  /** Replaces what the parser read of the page besides its articles and date (a page re-read with a profile). */
  setReading(id: number, reading: Pick<PageRecord, 'meta' | 'noise'>): void;
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
  /**
   * What a re-read of the batch's current pages is compared with: every article (removed ones included), each
   * page's in reading order, with only the fields a reading decides.
   */
  readings(batchId: number): ArticleReading[];
  /** The live articles of the batch's newest page versions, each page's in reading order. */
  texts(batchId: number): ArticleText[];
  /** Those of `texts` holding any of `needles`, in the same order; found through the search indexes where they can. */
  textsHolding(batchId: number, needles: readonly string[]): ArticleText[];
  /** How often `needle` occurs in `texts`, counted without overlaps; found through the search indexes where they can. */
  countIn(batchId: number, needle: string): number;
  /** Sets `ord` to 1, 2, 3… in the order given. */
  reorder(ids: number[]): void;
  /** The approved live articles of a paper (every version and batch): what its suspicion evidence learns from. */
  approvedOfPaper(paper: string): Pick<ArticleRecord, 'text' | 'byline'>[];
  /** Changes whenever the paper's approved articles do (one approved or reopened). */
  approvedStamp(paper: string): string;
  /** Changes whenever the batch's live articles (those `texts` gives) may have. */
  textsStamp(batchId: number): string;
  /** Deletes every article of the page with its revisions, tags and warnings (a page re-read before anyone worked on it). */
  deleteOnPage(pageId: number): void;
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
  /** Reads the names of one batch queued by migration 10; returns it, or null once none is left. */
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
  /** The OCR text's errors against the current text, exactly and ignoring width; null unless approved when counted. */
  cer: { errors: number; length: number } | null;
  cerIgnoringWidth: { errors: number; length: number } | null;
}

/** Change statistics kept per article and summed per batch; a row goes when a text it counts changes. */
export interface StatsRepo {
  /** Up to `max` live articles of the batch's current pages (any batch's, for null) with no statistics yet, or approved without error counts. */
  missing(batchId: number | null, max: number): number[];
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


/** A touched article as it was before a segmentation step. */
export interface SegmentSnapshot {
  record: ArticleRecord;
  sections: string[];
}

export interface SegmentStepRecord {
  id: number;
  pageId: number;
  op: SegmentOp;
  author: string;
  createdAt: string;
  before: SegmentSnapshot[];
  /** Articles the step created (the second half of a split). */
  created: number[];
  /** Each touched or created article's revision right after the step, by id. */
  after: Record<number, number>;
  undoneAt: string | null;
}

export interface SegmentHistoryRepo {
  insert(step: Omit<SegmentStepRecord, 'id' | 'undoneAt'>): number;
  /** The page's steps, newest first, undone ones included. */
  list(pageId: number): SegmentStepRecord[];
  markUndone(id: number, at: string): void;
  /** Replaces a step's revisions-after (an undo of a later step put its articles back as this step left them). */
  setAfter(id: number, after: Record<number, number>): void;
  /** Steps not undone that merged other articles into `articleId`, newest first. */
  mergesInto(articleId: number): SegmentStepRecord[];
}

export interface WarningCheckRepo {
  list(articleId: number): WarningCheck[];
  /** Marks a warning checked; a mark already there keeps its first checker. */
  set(articleId: number, key: string, by: string, at: string): void;
  clear(articleId: number, key: string): void;
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
  /** Deletes the tag and its assignments; the articles stay. */
  delete(id: number): void;
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

/** A page's scan: its layout (boxes per line of the page text) and its image, each where the import had one. */
export interface PageScan {
  layout: PageLayout | null;
  image: ScanImage | null;
}

export interface ScanImage {
  /** SHA-256 of the image file: its name in the data folder's scans/. */
  hash: string;
  type: ScanImageType;
  width: number;
  height: number;
  /** The PDF page (1-based) when the image is a page of a PDF. */
  page: number | null;
  /** The file as imported when `hash` is a displayable copy of it (a TIFF converted to PNG); absent otherwise. */
  original?: { hash: string; type: ScanImageType } | null;
}

export interface ScanRepo {
  put(pageId: number, scan: PageScan): void;
  get(pageId: number): PageScan | null;
  /** Whether any page still refers to the image. */
  imageInUse(hash: string): boolean;
  /** The image files (shown and original) the batch's pages refer to, every version, each once. */
  filesOfBatch(batchId: number): ScanFile[];
}

/** A file in the data folder's scans/, by content hash and type. */
export interface ScanFile {
  hash: string;
  type: ScanImageType;
}

/** A hand substitution as stored: in an article of a paper, typed or accepted from a suggestion. */
export interface NewCorrection extends Substitution {
  articleId: number;
  /** The paper's name, '' when unknown. */
  paper: string;
  bySuggestion: boolean;
  createdAt: string;
}

export interface StoredCorrection extends NewCorrection {
  id: number;
}

/** How often a paper's proofreaders replaced one OCR string by another, whatever the context. */
export interface Confusion {
  ocr: string;
  fix: string;
  count: number;
}

export interface CorrectionRepo {
  /** The article's corrections in text order. */
  ofArticle(articleId: number): StoredCorrection[];
  /** Replaces every correction of the article with these. */
  replace(articleId: number, rows: NewCorrection[]): void;
  /** The paper's corrections, one per OCR string, fix and context, with how often each was made; most often first. */
  patterns(paper: string): RecordedCorrection[];
  /** The paper's confusion counts, most frequent first. */
  confusions(paper: string): Confusion[];
}

/** An article whose current text the suspicion engine has not read yet. */
export interface PendingSuspicion {
  id: number;
  batchId: number;
  text: string;
  paper: string | null;
  revision: number;
}

/** The suspicion engine's findings, kept with the text they were computed on. */
export interface SuspicionRepo {
  /** Up to `max` articles waiting for the engine, oldest first. */
  pending(max: number): PendingSuspicion[];
  pendingCount(): number;
  /**
   * Stores the engine's findings for `text` and takes the article off the queue, unless its text changed since it
   * was read (then it stays queued). Returns whether they were stored.
   */
  save(articleId: number, text: string, found: Suspicion[]): boolean;
  /** The engine's latest findings for the article, possibly for an older text; null before the first run. */
  latest(articleId: number): Suspicion[] | null;
  /**
   * Asks for the batch's live, unapproved articles whose text holds `containing` to be queued: recorded now (in
   * the caller's transaction), done before the queue is next read (pending, pendingCount), off the save.
   */
  requeue(batchId: number, containing: string): void;
}

export interface DismissalRepo {
  /** Keys of the suspicions dismissed in the article (see suspicionKey). */
  keys(articleId: number): Set<string>;
  add(articleId: number, key: string, createdAt: string): void;
}

/** Paper profiles by key (see shared/profile). */
export interface ProfileRepo {
  get(key: string): PaperProfile | null;
  /** Writes the profile whole. */
  put(profile: PaperProfile, updatedAt: string): void;
  remove(key: string): void;
}

export interface Store {
  readonly path: string;
  readonly scans: ScanRepo;
  readonly settings: SettingsRepo;
  readonly batches: BatchRepo;
  readonly pages: PageRepo;
  readonly articles: ArticleRepo;
  readonly revisions: RevisionRepo;
  readonly tags: TagRepo;
  readonly segments: SegmentHistoryRepo;
  readonly warningChecks: WarningCheckRepo;
  readonly exports: ExportRepo;
  readonly searchIndex: SearchIndexRepo;
  readonly corrections: CorrectionRepo;
  readonly dismissals: DismissalRepo;
  readonly suspicions: SuspicionRepo;
  readonly profiles: ProfileRepo;
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
