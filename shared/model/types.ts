// The domain model shared by the parser, the cleaning rules, the store, the API and the UI.
// Offsets are UTF-16 code-unit indices into the string they name (JavaScript string indices).

export const ARTICLE_STATUSES = ['new', 'editing', 'flagged', 'approved'] as const;
/** 待校对 new, 校对中 editing, 存疑 flagged, 已通过 approved. */
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const ARTICLE_KINDS = ['news', 'photo', 'editor-note'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

/** A text in both UI languages; zh-CN is the default. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** Masthead fields of a front page; each is null when absent from the page. */
export interface Masthead {
  paper: string | null;
  /** ISO date, e.g. 2021-11-22. */
  date: string | null;
  lunarDate: string | null;
  weekday: string | null;
  /** The running number (总第N号, else 第N号 / 第N期), digits only. */
  serialNo: string | null;
  /** 国内统一刊号, e.g. CN33-0018. */
  cn: string | null;
  /** 邮发代号, e.g. 31-2. */
  postalCode: string | null;
  website: string | null;
  email: string | null;
}

/** A half-open range [start, end). */
export interface Range {
  start: number;
  end: number;
}

/** A block of raw lines that belongs to no article (masthead, slogans, ads, hotlines). */
export interface NoiseBlock {
  text: string;
  /** Range in the page text. */
  range: Range;
  reason: 'masthead' | 'slogan' | 'advertisement' | 'hotline' | 'banner' | 'caption' | 'other';
}

/** One article as the parser finds it, before cleaning. All strings are OCR text. */
export interface ParsedArticle {
  kind: ArticleKind;
  kicker: string | null;
  headline: string;
  subtitle: string | null;
  /** e.g. "本报讯 记者程雪" / "通讯员王林超 摄"; null when none was found. */
  byline: string | null;
  /** Section tags from a label above the article, quotes removed: ["产改进行时"]. */
  sections: string[];
  /** Subheads as they appear inside the body. */
  subheads: string[];
  /**
   * The body as OCR text, one paragraph per line ("\n"-joined): the lead (with its 本报讯/byline prefix),
   * subheads, body paragraphs, captions and credits, in reading order. Blank lines of the page are not kept.
   */
  body: string;
  /** The exact raw slice of the page text this article came from (heading stack included). */
  ocr: string;
  /** Range of `ocr` in the page text. */
  range: Range;
  /**
   * On a page set one printed line per text line: the breaks inside paragraphs (`line` k joins body line k and
   * k + 1), for the cleaning's reflow rule. Absent on paragraph-per-line pages.
   */
  lineJoins?: LineJoin[];
  /** Why the article starts where it does, and how sure the parser is (0–1). */
  boundary?: { reason: Bilingual; confidence: number };
  /** Heading lines inside the article that might start another one (confidence below one half), with the evidence for it. */
  uncertainStarts?: { line: string; confidence: number; reason: Bilingual }[];
  /** The role the parser gave each paragraph unit of the article (heading lines included), in page order. */
  lineRoles?: { text: string; role: LineRole; reason: Bilingual }[];
}

/**
 * Why a printed line runs on into the next: it fills its column, ends in a mark that needs more, the next starts
 * with a closing mark, it is a paragraph's first line short only by its dropped indent, or the next fills the column.
 */
export interface LineJoin {
  line: number;
  reason: 'full' | 'mark' | 'closing' | 'indent' | 'fills';
  /** The column width the decision read, in cells (a Han character one, Latin and digits half). */
  width?: number;
}

/** A parsed page. */
export interface ParsedPage {
  meta: Masthead | null;
  articles: ParsedArticle[];
  noise: NoiseBlock[];
}

/** One automatic change made by a cleaning rule, in coordinates of the text the pipeline was given. */
export interface Edit {
  rule: string;
  /** Range in the input (OCR) text that was replaced. Empty for a pure insertion. */
  start: number;
  end: number;
  before: string;
  after: string;
  reason: Bilingual;
}

export type WarningSeverity = 'info' | 'warning';

/** Something a proofreader should look at; lint never changes text. */
export interface Warning {
  rule: string;
  message: Bilingual;
  /** The text the warning is about, with a little context. */
  excerpt: string;
  /** Range in the text that was linted (cleaned body), when the warning points at a place in it. */
  range: Range | null;
  severity: WarningSeverity;
  /** Other articles the warning is about (the other spelling of a name), by id; set by the store's batch lint. */
  related?: number[];
}

/** A cleaned and linted article, as import and `galley parse` produce it. */
export interface AnalyzedArticle extends ParsedArticle {
  /** Cleaned body, one paragraph per line. */
  text: string;
  /** Edits that turn `body` into `text`, in `body` coordinates, sorted and non-overlapping. */
  edits: Edit[];
  warnings: Warning[];
}

export interface AnalyzedPage {
  meta: Masthead | null;
  articles: AnalyzedArticle[];
  noise: NoiseBlock[];
}

/** A saved state of an article's cleaned text. */
export interface Revision {
  id: number;
  articleId: number;
  /** 1, 2, 3… per article; the first is the automatic cleaning result. */
  seq: number;
  author: string;
  /** ISO timestamp. */
  createdAt: string;
  text: string;
  /** Why it exists: the import's automatic cleaning, a save by hand, a restore, a find-and-replace, a segmentation change. */
  origin: 'import' | 'edit' | 'restore' | 'replace' | 'segment';
}

/** What one line of a page is, as the parser reads it. */
export const LINE_ROLES = [
  'masthead', 'furniture', 'section', 'kicker', 'headline', 'subtitle', 'byline', 'body', 'subhead', 'caption',
  'credit', 'editor-note', 'list-item',
] as const;
export type LineRole = (typeof LINE_ROLES)[number];

/** A role decided outside the parser's own evidence (a paper profile, a proofreader), with where it came from. */
export interface LineHint {
  role: LineRole;
  reason: Bilingual;
  /** Which profile rule (or other origin) gave it, so the desk can show and remove it. */
  origin: string;
}

/** The line of a page a hint is asked for. */
export interface HintedLine {
  text: string;
  /** Index of the line in the page text (0-based, blank lines counted). */
  index: number;
  /** Among the first / last few non-blank lines of the page. */
  top: boolean;
  bottom: boolean;
}

/** A printed line's box on the page image, in image pixels, as layout formats (ALTO, hOCR, PAGE) give it. */
export interface LineBox {
  x: number;
  y: number;
  w: number;
  h: number;
  /** Font size where the format gives it in the boxes' units (hOCR x_size, a PDF's text, ALTO styles in mm10 or inch1200), in image pixels once imported. */
  fontSize?: number;
  /**
   * Type size in points where the format states it (ALTO TextStyle FONTSIZE, hOCR x_fsize, PAGE TextStyle
   * fontSize). Points are the print's own measure, so they compare across scans of any resolution; an ALTO in
   * pixels has only these (a point is no number of pixels without the scan's resolution).
   */
  fontPoints?: number;
  /** The text block the line belongs to, as the format names it. */
  block?: string;
}

/** A span of an article's text that the OCR engine probably misread, with the likely original. */
export interface Suspicion {
  /** Range in the article's cleaned text (JavaScript string indices). */
  start: number;
  end: number;
  /** The suspicious text, `text.slice(start, end)`. */
  text: string;
  /** The most likely original. */
  proposal: string;
  /** Why, in words a proofreader reads (zh-CN). */
  reason: string;
  /** 0–1. */
  confidence: number;
}
