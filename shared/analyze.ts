// Page analysis: parse → clean → lint. What import stores and `galley parse` prints.
import { cleanField, cleanText, type CleanOptions } from './clean';
import { lintBatch, lintText, type BatchWarning } from './lint';
import type { AnalyzedArticle, AnalyzedPage, ParsedArticle, Warning } from './model/types';
import { parsePage, type ParseOptions } from './parse';
import { recurringLines } from './parse/furniture';
import { mastheadHint, mastheadLayouts } from './parse/masthead';
import { labelCandidates, recurringSections } from './parse/sections';
import { extractLeadByline, extractPhotoCredit, ownLineByline } from './text/byline';
import { sectionName } from './text/heading';

export interface AnalyzeOptions {
  /** Known section/column names, passed to the parser. */
  sections?: string[];
  /** Ids of cleaning rules to skip. */
  disabledRules?: string[];
  /** Line roles decided outside the page (the paper profile's rules), passed to the parser. */
  lineHint?: ParseOptions['lineHint'];
  /** Short lines recurring across the batch's pages (recurringLines): furniture. */
  recurring?: ReadonlySet<string>;
}

/** An article start the parser is less sure of than this is a warning on the article. */
const UNSURE_START = 0.65;

/**
 * Warnings about where the article starts and ends: its own start when the evidence was thin, and each heading
 * inside it that might open another article. Shown with the article's other warnings.
 */
function boundaryWarnings(article: ParsedArticle, text: string): Warning[] {
  const warnings: Warning[] = [];
  if (article.boundary && article.boundary.confidence < UNSURE_START) {
    const { reason, confidence } = article.boundary;
    warnings.push({
      rule: 'uncertain-boundary',
      message: {
        zh: `这篇文章从这里开始的把握不大（${Math.round(confidence * 100)}%）：${reason.zh}。请核对它是否应与上一篇合并`,
        en: `Not sure the article starts here (${Math.round(confidence * 100)}%): ${reason.en}. Check whether it belongs to the one before`,
      },
      excerpt: article.headline || text.slice(0, 24),
      range: null,
      severity: 'warning',
    });
  }
  for (const doubt of article.uncertainStarts ?? []) {
    const at = text.indexOf(cleanField(doubt.line));
    warnings.push({
      rule: 'uncertain-boundary',
      message: {
        zh: `这里可能是另一篇文章的开头（${Math.round(doubt.confidence * 100)}%）：${doubt.reason.zh}`,
        en: `Another article may start here (${Math.round(doubt.confidence * 100)}%): ${doubt.reason.en}`,
      },
      excerpt: doubt.line,
      range: at >= 0 ? { start: at, end: at + cleanField(doubt.line).length } : null,
      severity: 'warning',
    });
  }
  return warnings;
}

/** A heading field cleaned, or null when the article has none. */
function cleanOptional(value: string | null, clean: CleanOptions): string | null {
  return value === null ? null : cleanField(value, clean);
}

function analyzeArticle(article: ParsedArticle, clean: CleanOptions): AnalyzedArticle {
  const { text, edits } = cleanText(article.body, article.lineJoins ? { ...clean, lineJoins: article.lineJoins } : clean);
  // Every field named in ParsedArticle's order rather than spread: V8 builds a literal slowly when properties
  // follow a spread, and this runs for every article of every page.
  return {
    kind: article.kind,
    // Heading lines get the same punctuation and space fixes as the body (每年50万元! → 每年50万元！); subheads
    // too, so they still name lines of the cleaned text.
    kicker: cleanOptional(article.kicker, clean),
    headline: cleanField(article.headline, clean),
    subtitle: cleanOptional(article.subtitle, clean),
    byline: cleanOptional(article.byline, clean),
    sections: article.sections,
    subheads: article.subheads.map((s) => cleanField(s, clean)),
    body: article.body,
    ocr: article.ocr,
    range: article.range,
    lineJoins: article.lineJoins,
    boundary: article.boundary,
    uncertainStarts: article.uncertainStarts,
    lineRoles: article.lineRoles,
    text,
    edits,
    warnings: [...boundaryWarnings(article, text), ...lintText(text, { edits })],
  };
}

/** Parses one OCR page, cleans every article's body and heading lines, and lints the cleaned text. */
export function analyzePage(text: string, options: AnalyzeOptions = {}): AnalyzedPage {
  const parsed = parsePage(text, { sections: options.sections, lineHint: options.lineHint, recurring: options.recurring });
  const clean: CleanOptions = { disabled: options.disabledRules };
  return {
    meta: parsed.meta,
    articles: parsed.articles.map((a) => analyzeArticle(a, clean)),
    noise: parsed.noise,
  };
}

/** Lines that belong to a story even when they recur across pages: one reporter's byline, one photographer's credit. */
function isStoryLine(line: string): boolean {
  return extractLeadByline(line) !== null || ownLineByline(line) !== null || extractPhotoCredit(line) !== null;
}

/** The short lines recurring across a batch's page texts (furniture), for analyzePage's `recurring`. */
export function batchRecurring(texts: readonly string[]): ReadonlySet<string> {
  if (texts.length < 2) return new Set();
  return recurringLines(
    texts.map((t) => t.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l.length > 0)),
    isStoryLine,
  );
}

export interface BatchPage {
  file: string;
  page: AnalyzedPage;
}

/** Batch warnings (masthead disagreements, names spelled two ways) for pages already analysed. */
export function lintAnalyzedBatch(pages: readonly BatchPage[]): BatchWarning[] {
  return lintBatch(
    pages.map(({ file, page }) => ({
      file,
      meta: page.meta,
      articles: page.articles.map((a) => ({ byline: a.byline, text: a.text })),
    })),
  );
}

/**
 * Column names the batch teaches (short lines above headlines on several pages, see recurringSections): pages
 * that print one the first reading missed are read again with them. Returns the names learned.
 */
function learnBatchSections(pages: readonly { text: string }[], analysed: BatchPage[], options: AnalyzeOptions): string[] {
  const candidates = analysed.map((p, i) => labelCandidates(pages[i]!.text, p.page));
  const known = new Set((options.sections ?? []).map(sectionName));
  const learned = recurringSections(candidates).filter((name) => !known.has(name));
  if (learned.length === 0) return [];
  const vocabulary = [...(options.sections ?? []), ...learned];
  analysed.forEach((p, i) => {
    const missed = candidates[i]!.some((c) => learned.includes(sectionName(c.text)) && !p.page.articles.some((a) => a.sections.includes(sectionName(c.text))));
    if (missed) p.page = analyzePage(pages[i]!.text, { ...options, sections: vocabulary });
  });
  return learned;
}

/**
 * The masthead layout the batch's front pages show (see mastheadLayouts): a page that prints those lines outside a
 * masthead of its own (its fields garbled) is read again with them as masthead. Only where the batch is of one
 * paper: a page that does not name its paper cannot say whose layout it follows.
 */
function learnBatchMastheads(pages: readonly { text: string }[], analysed: BatchPage[], options: AnalyzeOptions): void {
  const layouts = mastheadLayouts(analysed.map((p) => p.page));
  const layout = layouts.size === 1 ? [...layouts.values()][0]! : null;
  if (!layout || layout.size === 0) return;
  const hint = mastheadHint(layout);
  const lineHint: AnalyzeOptions['lineHint'] = (line) => options.lineHint?.(line) ?? hint(line);
  analysed.forEach((p, i) => {
    if (p.page.meta?.paper != null) return;
    const leaked = p.page.articles.some((a) => [a.kicker, a.headline, a.subtitle, ...a.body.split('\n')].some((l) => l !== null && hint({ text: l, index: 0, top: true, bottom: false }) !== null));
    if (leaked) p.page = analyzePage(pages[i]!.text, { ...options, lineHint });
  });
}

/**
 * Analyses the pages of a batch and adds each batch warning that concerns an article to that article's
 * warnings. Masthead warnings belong to no article: they come back in `warnings` with the rest.
 */
export function analyzeBatch(
  pages: readonly { file: string; text: string }[],
  options: AnalyzeOptions = {},
): { pages: BatchPage[]; warnings: BatchWarning[]; sections: string[] } {
  const recurring = options.recurring ?? batchRecurring(pages.map((p) => p.text));
  const withRecurring = { ...options, recurring };
  const analysed = pages.map(({ file, text }) => ({ file, page: analyzePage(text, withRecurring) }));
  learnBatchMastheads(pages, analysed, withRecurring);
  const sections = learnBatchSections(pages, analysed, withRecurring);
  const warnings = lintAnalyzedBatch(analysed);
  const byFile = new Map(analysed.map((p) => [p.file, p.page]));
  for (const { file, article, ...warning } of warnings) {
    if (article !== null) byFile.get(file)?.articles[article]?.warnings.push(warning);
  }
  return { pages: analysed, warnings, sections };
}
