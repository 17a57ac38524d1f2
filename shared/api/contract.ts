// The one API contract. Every method and event is declared here once; the Electron IPC handlers, the preload
// bridge, the HTTP host and the renderer's client are all typed from it, so a method missing anywhere fails to
// compile. Requests are validated at the boundary with these schemas (see ./validate.ts).
import { z } from 'zod';
import type { CorrectionPattern } from '../corrections/series';
import type { ArticleKind, ArticleStatus, Edit, LineBox, Masthead, Revision, Suspicion, Warning } from '../model/types';
import { ARTICLE_STATUSES } from '../model/types';
import type { PageDateSource } from '../parse/page-date';
import type { ProfileRule } from '../profile/profile';

const id = z.number().int().positive();
const status = z.enum(ARTICLE_STATUSES);
const name = z.string().trim().min(1).max(200);

export const EXPORT_FORMATS = ['json', 'jsonl', 'md', 'txt', 'csv', 'docx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const LAYOUT_EXPORT_FORMATS = ['alto', 'page'] as const;
export type LayoutExportFormat = (typeof LAYOUT_EXPORT_FORMATS)[number];

export const LANGUAGES = ['zh-CN', 'en'] as const;

/** Where a find match is: the cleaned text or one of the heading fields. */
export const FIND_FIELDS = ['text', 'kicker', 'headline', 'subtitle', 'byline'] as const;
/** The heading lines a proofreader can set apart as furniture. */
export const HEADING_FIELDS = ['kicker', 'headline', 'subtitle'] as const;
export type HeadingField = (typeof HEADING_FIELDS)[number];
export type Language = (typeof LANGUAGES)[number];

/** What to export or count. Status defaults to approved only. */
export const selectionSchema = z.object({
  batchId: id.optional(),
  pageIds: z.array(id).optional(),
  /** ISO dates, inclusive, compared with the page's own date (pages without one match no date range). */
  dateFrom: z.string().date().optional(),
  dateTo: z.string().date().optional(),
  sections: z.array(name).optional(),
  status: z.union([status, z.literal('all')]).default('approved'),
});
export type Selection = z.input<typeof selectionSchema>;

const fieldsSchema = z.object({
  kicker: z.string().max(500).nullable().optional(),
  headline: z.string().max(500).optional(),
  subtitle: z.string().max(500).nullable().optional(),
  byline: z.string().max(500).nullable().optional(),
});

/** A suspicion's string and the proposal accepted for it. */
const suggestedSchema = z.object({ text: z.string().min(1).max(100), proposal: z.string().max(100) });
/** A recorded correction: the OCR string, its fix and the context it was made in. */
const correctionSchema = z.object({ ocr: z.string().min(1).max(100), fix: z.string().max(100), before: z.string().max(20), after: z.string().max(20) });
const place = z.object({ articleId: id, start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

export const requestSchemas = {
  'app.info': z.object({}),
  'settings.get': z.object({}),
  'settings.set': z.object({ reviewer: z.string().trim().max(100).optional(), language: z.enum(LANGUAGES).optional() }),

  'batches.list': z.object({}),
  'batches.rename': z.object({ id, name }),
  /**
   * Deletes a batch with its pages and articles; it cannot be undone. `articles` and `approved` are the counts the
   * person confirmed (BatchSummary's articleCount and byStatus.approved); if either changed meanwhile it is refused
   * with `conflict`, so no article goes unannounced.
   */
  'batches.delete': z.object({ id, articles: z.number().int().nonnegative(), approved: z.number().int().nonnegative() }),

  /** Import files or folders (recursive) by path on the backend's machine. */
  'import.paths': z.object({ paths: z.array(z.string().min(1)).min(1), batch: name.optional() }),
  /** Import file contents sent by the client (drag-and-drop, file picker in the browser). */
  'import.files': z.object({
    files: z.array(z.object({ name: z.string().min(1).max(255), base64: z.string() })).min(1),
    batch: name.optional(),
  }),
  /** Import the bundled sample batch. */
  'import.sample': z.object({}),

  'pages.list': z.object({ batchId: id }),
  /** Set one page's date (pageId), or the date of every undated current page of a batch (batchId); null clears it. */
  'pages.setDate': z.object({ pageId: id.optional(), batchId: id.optional(), date: z.string().date().nullable() }),
  /** The page's image (where to load it, its size) and line boxes, for the scan pane. */
  'pages.scan': z.object({ pageId: id }),

  'articles.list': z.object({
    batchId: id.optional(),
    pageId: id.optional(),
    status: status.optional(),
    section: name.optional(),
    q: z.string().max(200).optional(),
    limit: z.number().int().positive().max(100_000).optional(),
    offset: z.number().int().nonnegative().optional(),
  }),
  'articles.get': z.object({ id }),
  /**
   * Save the cleaned text (and optionally heading fields); refused with `conflict` when baseRevision is stale.
   * `suggested`: suspicions accepted since the last save, so their corrections are recorded as made by suggestion.
   */
  'articles.save': z.object({
    id,
    baseRevision: z.number().int().nonnegative(),
    text: z.string().max(2_000_000),
    fields: fieldsSchema.optional(),
    suggested: z.array(suggestedSchema).max(10_000).optional(),
  }),
  /** Refused with `conflict` when baseRevision (the revision the person saw) is stale, as saves are. */
  'articles.setStatus': z.object({
    id,
    status,
    baseRevision: z.number().int().nonnegative(),
    note: z.string().max(2000).optional(),
    /** With an approval: the approver checked every open warning (each is marked checked, by them, now). */
    acknowledgeWarnings: z.boolean().optional(),
  }),
  /** Mark one warning of an article checked (or not); `key` as warningKey gives it. */
  'warnings.check': z.object({ articleId: id, key: z.string().min(1).max(2000), checked: z.boolean() }),
  'articles.revisions': z.object({ id }),
  'articles.restore': z.object({ id, revisionId: id, baseRevision: z.number().int().nonnegative() }),
  /** Split before paragraph `paragraph` (0-based index into the cleaned text's lines). */
  'articles.split': z.object({ id, paragraph: z.number().int().positive() }),
  'articles.mergeNext': z.object({ id }),
  'articles.moveParagraph': z.object({ id, paragraph: z.number().int().nonnegative(), targetId: id, position: z.enum(['start', 'end']) }),
  'articles.markNoise': z.object({ id }),
  'articles.restoreNoise': z.object({ id }),
  /** A block the parser set apart as noise becomes an article of its page; `text` is the block as listed (else `conflict`). */
  'noise.restoreParsed': z.object({ pageId: id, index: z.number().int().nonnegative(), text: z.string() }),
  /** One heading line of the article is page furniture (a running head read as a heading): it leaves the stack. */
  'articles.markHeadingNoise': z.object({ id, field: z.enum(HEADING_FIELDS) }),
  'noise.list': z.object({ batchId: id }),
  /** The page's segmentation steps (split, merge, move, noise), newest first. */
  'segments.history': z.object({ pageId: id }),
  /** Undo the page's newest step not yet undone; `conflict` when an article it touched was edited since. */
  'segments.undo': z.object({ pageId: id }),

  /** Dismiss one suspicion of the article's current text; it stays dismissed there (same string and context). */
  'suspicions.dismiss': z.object({ id, start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string().min(1).max(100), proposal: z.string().max(100) }),
  /** Every other place in the batch where a correction recurs (same OCR string, matching context). */
  'suspicions.series': z.object({ batchId: id, correction: correctionSchema }),
  /** Apply a correction at the chosen places only, as series returned them; recorded as made by suggestion. */
  'suspicions.acceptSeries': z.object({ batchId: id, correction: correctionSchema, places: z.array(place).min(1).max(100_000) }),

  /** The paper profile the batch reads with (its paper's, else the batch's own). */
  'profiles.get': z.object({ batchId: id }),
  'profiles.removeRule': z.object({ batchId: id, ruleId: z.string().min(1).max(20) }),
  /** What re-reading the batch's pages with the profile would change, page by page. Changes nothing. */
  'profiles.preview': z.object({ batchId: id }),
  /** Re-reads with the profile the batch's pages nobody has worked on; edited pages are left as they are. */
  'profiles.apply': z.object({ batchId: id }),

  'tags.list': z.object({}),
  'tags.create': z.object({ name }),
  'tags.rename': z.object({ id, name }),
  /** Move every article of `sourceId` to `targetId`, then delete the source. */
  'tags.merge': z.object({ sourceId: id, targetId: id }),
  /** Deletes a section name; its articles stay, without it. `count` is the article count the person confirmed (else `conflict`). */
  'tags.delete': z.object({ id, count: z.number().int().nonnegative() }),
  'tags.assign': z.object({ articleId: id, name }),
  'tags.unassign': z.object({ articleId: id, name }),

  /**
   * Matches in reading order. With `limit`, one page: the matches of the articles read until `limit` were found
   * (all of the last article's, so a page may hold a few more); the next page continues after the last match's
   * article (`afterArticleId`). Without it, every match.
   * Text and heading fields; with `replacement`, each match says what it would become ($1, $<name> filled in).
   */
  'find.search': z.object({
    batchId: id,
    query: z.string().min(1).max(500),
    regex: z.boolean().default(false),
    caseSensitive: z.boolean().default(true),
    replacement: z.string().max(500).optional(),
    limit: z.number().int().min(1).max(5000).optional(),
    afterArticleId: id.optional(),
  }),
  'find.replace': z.object({
    batchId: id,
    query: z.string().min(1).max(500),
    regex: z.boolean().default(false),
    caseSensitive: z.boolean().default(true),
    replacement: z.string().max(500),
    /** The chosen matches only, as find.search returned them. */
    matches: z
      .array(z.object({ articleId: id, field: z.enum(FIND_FIELDS).default('text'), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }))
      .min(1),
  }),

  'stats.batch': z.object({ batchId: id }),
  'stats.article': z.object({ id }),

  'export.count': z.object({ selection: selectionSchema }),
  /** Write an export. `path` is a file on the backend's machine; without it the host picks one in its export folder. */
  'export.run': z.object({ selection: selectionSchema, format: z.enum(EXPORT_FORMATS), path: z.string().min(1).optional() }),
  'export.history': z.object({}),
  /** ALTO 4 or PAGE 2019 XML, one file per page with line boxes, written as `dir/<page file stem>.xml`. */
  'export.layout': z.object({ selection: selectionSchema, format: z.enum(LAYOUT_EXPORT_FORMATS), dir: z.string().min(1), images: z.boolean().default(false), mets: z.boolean().default(false) }),

  /** Native dialogs; only the desktop host has them (`app.info` says so). */
  'dialog.openPaths': z.object({ directories: z.boolean().default(false) }),
  'dialog.savePath': z.object({ defaultName: z.string().min(1).max(255) }),
};

export type ApiMethod = keyof typeof requestSchemas;
/** What a caller passes (defaults may be omitted). */
export type ApiRequest<M extends ApiMethod> = z.input<(typeof requestSchemas)[M]>;
/** What a handler receives, after validation filled in the defaults. */
export type ApiParsedRequest<M extends ApiMethod> = z.output<(typeof requestSchemas)[M]>;

export interface AppInfo {
  version: string;
  host: 'electron' | 'http';
  /** Whether dialog.* methods work (desktop host only). */
  nativeDialogs: boolean;
  dbPath: string;
}

export interface Settings {
  reviewer: string;
  language: Language;
}

export type StatusCounts = Record<ArticleStatus, number>;

export interface BatchSummary {
  id: number;
  name: string;
  createdAt: string;
  pageCount: number;
  articleCount: number;
  byStatus: StatusCounts;
}

export interface BatchDeleteResult {
  /** Page files deleted, every version counted. */
  pages: number;
  /** Articles deleted, including those of older page versions and those marked as noise. */
  articles: number;
}

export interface PageSummary {
  id: number;
  batchId: number;
  file: string;
  hash: string;
  encoding: string;
  /** 1 for the first import of this file; a changed file becomes version 2, 3… */
  version: number;
  meta: Masthead | null;
  /** The page's own date (masthead, running head, file name or set by hand), or null: it has none. */
  date: string | null;
  /** Where the date came from; anything but 'masthead' and 'manual' is shown as inferred. */
  dateSource: PageDateSource | null;
  articleCount: number;
  byStatus: StatusCounts;
  importedAt: string;
  /**
   * Warnings about the page itself found by comparing it with the other pages of its batch (a masthead field
   * that disagrees with theirs); empty on older versions. Recomputed when the batch's pages change.
   */
  warnings: Warning[];
  /** Whether the page has its printed image (an image file or a PDF page) beside its text. */
  hasImage: boolean;
  /** Whether the page came from a layout format (ALTO, hOCR, PAGE, a PDF's text layer): a box per printed line. */
  hasLayout: boolean;
}

export interface ScanImageInfo {
  /** Where the client loads it: a path on the host's own origin (token-checked over HTTP, the app protocol in Electron). */
  url: string;
  type: 'png' | 'jpg' | 'webp' | 'tiff' | 'pdf';
  width: number;
  height: number;
  /** The PDF page (1-based) when `type` is pdf. */
  page: number | null;
}

export interface PageScanInfo {
  pageId: number;
  image: ScanImageInfo | null;
  /** The boxes in the layout's own units; `width`/`height` is the page in those units (scale to the image). */
  layout: { format: string; width: number; height: number; lines: (LineBox | null)[] } | null;
}

export interface ArticleSummary {
  id: number;
  pageId: number;
  batchId: number;
  /** Reading order within the page. */
  ord: number;
  kind: ArticleKind;
  kicker: string | null;
  headline: string;
  status: ArticleStatus;
  warningCount: number;
  sections: string[];
  pageFile: string;
  date: string | null;
  /** Seq of the newest revision. */
  revision: number;
  updatedAt: string;
}

export interface ArticleDetail extends ArticleSummary {
  subtitle: string | null;
  byline: string | null;
  subheads: string[];
  /** The raw OCR slice of the page. */
  ocrRaw: string;
  /** The OCR body, one paragraph per line: the left pane, and what the diff compares against. */
  ocrText: string;
  /** What the cleaning rules made of ocrText. */
  autoText: string;
  /** The current cleaned text (newest revision). */
  text: string;
  /** The rules' edits, in ocrText coordinates. */
  edits: Edit[];
  /** Lint warnings on the current text, with those found by comparing it across the batch (a name spelled two ways). */
  warnings: Warning[];
  /** Warnings a person marked checked (by warningKey), with who and when. */
  checks: WarningCheck[];
  /** Spans of the current text the OCR probably misread, with the likely original; dismissed ones left out. */
  suspicions: Suspicion[];
  flagNote: string | null;
  approvedAt: string | null;
  approvedBy: string | null;
  pageMeta: Masthead | null;
  /** Whether the article's page has an image, and line boxes (see PageSummary). */
  hasImage: boolean;
  hasLayout: boolean;
  /** For each line of ocrText, the box of the printed line it came from (page layout units); null without a layout. */
  lineBoxes: (LineBox | null)[] | null;
}

export interface WarningCheck {
  key: string;
  by: string;
  at: string;
}

export interface SaveResult {
  id: number;
  revision: number;
  status: ArticleStatus;
  savedAt: string;
  warnings: Warning[];
  suspicions: Suspicion[];
  /** Corrections this save made that recur elsewhere in the batch: offered there at once. */
  series: SeriesOffer[];
}

/** A correction just made, and how many other places of the batch hold the same misreading. */
export interface SeriesOffer extends CorrectionPattern {
  count: number;
}

/** One place of a series, with context to judge it by. */
export interface SeriesPlace {
  articleId: number;
  headline: string;
  pageFile: string;
  /** Offsets in the article's current text. */
  start: number;
  end: number;
  before: string;
  after: string;
}

export type ImportFileStatus = 'imported' | 'duplicate' | 'updated' | 'refused';

export interface ImportFileResult {
  file: string;
  status: ImportFileStatus;
  /** Why a file was refused, in the UI language of the message catalogue (zh-CN and en). */
  reason: { zh: string; en: string } | null;
  pageId: number | null;
  articles: number;
  /** For a duplicate: the page already holding the same text, by batch and file name. */
  existing?: { batchName: string; file: string } | null;
  /** For a duplicate that brought what the stored page lacked: its image, its line boxes, now stored with it. */
  completed?: { image: boolean; layout: boolean } | null;
  /** What the import did with a file that the user should know, e.g. a TIFF of several pages shown by its first. */
  warnings?: { zh: string; en: string }[];
}

export interface ImportReport {
  batchId: number | null;
  batchName: string | null;
  files: ImportFileResult[];
  /**
   * The paper profile the batch can be re-read with, when it has rules: learned on earlier batches of the same
   * paper, or from this batch (column names standing above headlines on several pages). Never applied silently.
   */
  profile?: ProfileOffer | null;
  /**
   * Articles the batch holds after the import (its current pages). 0 means the batch has nothing to proofread
   * (pages without Chinese articles): the desk warns and offers to delete it.
   */
  batchArticles?: number | null;
  /** Files in the folders given that are neither page files nor a page's image: left out, named here. */
  skipped?: string[];
}

export interface ProfileOffer {
  key: string;
  paper: string | null;
  rules: number;
  /** Pages of the batch a re-read would change (all unedited right after an import). */
  pages: number;
}

export interface ProfileView {
  key: string;
  paper: string | null;
  rules: ProfileRule[];
}

/** One thing a re-read would change on a page. */
export interface ProfileChange {
  kind: 'noise' | 'section' | 'masthead';
  /** The line as printed. */
  text: string;
  ruleId: string | null;
}

export interface ProfilePreviewPage {
  pageId: number;
  pageFile: string;
  /** Someone worked on one of its articles: apply leaves the page alone. */
  edited: boolean;
  changes: ProfileChange[];
  /** Headlines now, and after a re-read. */
  before: string[];
  after: string[];
}

export interface ProfilePreview {
  key: string;
  /** Pages a re-read would change, edited ones included (flagged). */
  pages: ProfilePreviewPage[];
}

export interface ProfileApplyResult {
  /** Pages re-read. */
  applied: number[];
  /** Pages that would have changed but were left alone because someone worked on them. */
  skipped: number[];
}

export interface NoiseItem {
  /** The article id for a block a person marked as noise; null for noise the parser set apart. */
  articleId: number | null;
  pageId: number;
  pageFile: string;
  text: string;
  reason: string;
  /** For the parser's noise: the block's place among its page's noise blocks (for noise.restoreParsed). */
  index?: number;
}

export type SegmentOp = 'split' | 'merge' | 'move' | 'noise';

export interface SegmentStep {
  id: number;
  op: SegmentOp;
  author: string;
  createdAt: string;
  /** The articles the step touched or created, with their headlines now. */
  articles: { id: number; headline: string }[];
  undone: boolean;
  /** Only the newest step not yet undone can be undone. */
  undoable: boolean;
}

/** A restore that would have dropped text held by no other article keeps it: these articles hold it now. */
export interface RestoreResult extends SaveResult {
  kept: number[];
}

export interface TagSummary {
  id: number;
  name: string;
  count: number;
}

export interface FindMatch {
  articleId: number;
  headline: string;
  pageFile: string;
  field: (typeof FIND_FIELDS)[number];
  /** The article's status: replacing in an approved article reopens it. */
  status: ArticleStatus;
  /** 0-based paragraph (line) index in the article's cleaned text; 0 in a heading field. */
  paragraph: number;
  /** Offsets in the field's text. */
  start: number;
  end: number;
  match: string;
  before: string;
  after: string;
  /** What the search's replacement becomes here; null when the search gave none. */
  replacement: string | null;
}

export interface ReplaceResult {
  replaced: number;
  articles: number[];
}

export interface CharCounts {
  inserted: number;
  deleted: number;
  substituted: number;
}

export interface ChangeStats extends CharCounts {
  /** Changes attributed to each cleaning rule. */
  byRule: Record<string, CharCounts>;
  /** Changes made by hand (and find-and-replace). */
  byHand: CharCounts;
  /** Character error rate of the OCR against the approved text; null when nothing is approved. */
  cer: number | null;
  /** The same, with punctuation width ignored (`，` and `,` the same character). */
  cerIgnoringWidth: number | null;
  articles: number;
  approved: number;
}

export interface LayoutExportResult {
  /** The XML files written, one per page. */
  files: string[];
  /** Page files of the selection without line boxes (plain-text pages), not written in a layout format. */
  skipped: string[];
  /** With `mets`: DIR/mets.xml, a METS 1.12 wrapper listing each written page's XML and image; else null. */
  mets: string | null;
}

export interface ExportRecord {
  id: number;
  createdAt: string;
  format: ExportFormat;
  count: number;
  path: string;
  selection: Selection;
}

export interface ApiResponses {
  'app.info': AppInfo;
  'settings.get': Settings;
  'settings.set': Settings;
  'batches.list': BatchSummary[];
  'batches.rename': BatchSummary;
  'batches.delete': BatchDeleteResult;
  'import.paths': ImportReport;
  'import.files': ImportReport;
  'import.sample': ImportReport;
  'pages.list': PageSummary[];
  'pages.setDate': PageSummary[];
  'pages.scan': PageScanInfo;
  'articles.list': ArticleSummary[];
  'articles.get': ArticleDetail;
  'articles.save': SaveResult;
  'articles.setStatus': ArticleSummary;
  'warnings.check': WarningCheck[];
  'articles.revisions': Revision[];
  'articles.restore': RestoreResult;
  'articles.split': { ids: [number, number] };
  'articles.mergeNext': { id: number };
  'articles.moveParagraph': { ids: [number, number] };
  'articles.markNoise': { id: number };
  'articles.restoreNoise': { id: number };
  'noise.restoreParsed': { id: number };
  'articles.markHeadingNoise': { id: number; rule: ProfileRule | null };
  'noise.list': NoiseItem[];
  'segments.history': SegmentStep[];
  'segments.undo': { step: SegmentStep; ids: number[] };
  'suspicions.dismiss': Suspicion[];
  'suspicions.series': SeriesPlace[];
  'suspicions.acceptSeries': ReplaceResult;
  'profiles.get': ProfileView;
  'profiles.removeRule': ProfileView;
  'profiles.preview': ProfilePreview;
  'profiles.apply': ProfileApplyResult;
  'tags.list': TagSummary[];
  'tags.create': TagSummary;
  'tags.rename': TagSummary;
  'tags.merge': TagSummary;
  'tags.delete': { articles: number };
  'tags.assign': { sections: string[] };
  'tags.unassign': { sections: string[] };
  'find.search': FindMatch[];
  'find.replace': ReplaceResult;
  'stats.batch': ChangeStats;
  'stats.article': ChangeStats;
  'export.count': { count: number };
  'export.run': ExportRecord;
  'export.history': ExportRecord[];
  'export.layout': LayoutExportResult;
  'dialog.openPaths': { paths: string[] };
  'dialog.savePath': { path: string | null };
}

export type { CorrectionPattern };

/** Events the backend pushes to every client. */
export interface ApiEvents {
  'import.progress': { file: string; index: number; total: number; status: ImportFileStatus | 'reading' };
  /** warningCount: its text's own warnings and the batch's about it, as in ArticleSummary. */
  'article.changed': { id: number; revision: number; status: ArticleStatus; warningCount: number };
  'export.progress': { done: number; total: number };
  /** The suspicion engine read the article's text at this revision: its suspicions may have changed. */
  'article.suspicions': { id: number; revision: number };
}
export type ApiEventName = keyof ApiEvents;
export const API_EVENTS = ['import.progress', 'article.changed', 'export.progress', 'article.suspicions'] as const satisfies readonly ApiEventName[];

// Both halves of the contract must name the same methods.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _sameMethods: Exact<ApiMethod, keyof ApiResponses> = true;
void _sameMethods;

export const API_METHODS = Object.keys(requestSchemas) as ApiMethod[];

/** Who is calling; transports fill this in. */
export interface CallContext {
  transport: 'ipc' | 'http' | 'cli' | 'test';
}

/** The backend: one handler per method. A missing or mistyped handler fails to compile. */
export type ApiHandlers = {
  [M in ApiMethod]: (req: ApiParsedRequest<M>, ctx: CallContext) => Promise<ApiResponses[M]> | ApiResponses[M];
};

/** What the renderer (and tests) hold: one call function, one event subscription. */
export interface ApiClient {
  call<M extends ApiMethod>(method: M, req: ApiRequest<M>): Promise<ApiResponses[M]>;
  on<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
}

/** Every reply crosses a transport in this envelope. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export const API_ERROR_CODES = ['invalid-request', 'not-found', 'conflict', 'refused', 'forbidden', 'unsupported', 'internal'] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
  details?: unknown;
}
