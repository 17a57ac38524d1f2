// Page analysis: parse → clean → lint. What import stores and `galley parse` prints.
import { cleanField, cleanText, type CleanOptions } from './clean';
import { lintBatch, lintText, type BatchWarning } from './lint';
import type { AnalyzedArticle, AnalyzedPage, LineBox, ParsedArticle } from './model/types';
import { parsePage } from './parse';

export interface AnalyzeOptions {
  /** Known section/column names, passed to the parser. */
  sections?: string[];
  /** Ids of cleaning rules to skip. */
  disabledRules?: string[];
  /** Line boxes from a layout file (ALTO, hOCR, PAGE), by line of the page text: evidence for the parser. */
  layout?: readonly (LineBox | null)[];
}

/** A heading field cleaned, or null when the article has none. */
function cleanOptional(value: string | null, clean: CleanOptions): string | null {
  return value === null ? null : cleanField(value, clean);
}

function analyzeArticle(article: ParsedArticle, clean: CleanOptions): AnalyzedArticle {
  const { text, edits } = cleanText(article.body, clean);
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
    text,
    edits,
    warnings: lintText(text, { edits }),
  };
}

/** Parses one OCR page, cleans every article's body and heading lines, and lints the cleaned text. */
export function analyzePage(text: string, options: AnalyzeOptions = {}): AnalyzedPage {
  const parsed = parsePage(text, { sections: options.sections, layout: options.layout });
  const clean: CleanOptions = { disabled: options.disabledRules };
  return {
    meta: parsed.meta,
    articles: parsed.articles.map((a) => analyzeArticle(a, clean)),
    noise: parsed.noise,
  };
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
 * Analyses the pages of a batch and adds each batch warning that concerns an article to that article's
 * warnings. Masthead warnings belong to no article: they come back in `warnings` with the rest.
 */
export function analyzeBatch(
  pages: readonly { file: string; text: string; layout?: readonly (LineBox | null)[] }[],
  options: AnalyzeOptions = {},
): { pages: BatchPage[]; warnings: BatchWarning[] } {
  const analysed = pages.map(({ file, text, layout }) => ({ file, page: analyzePage(text, layout ? { ...options, layout } : options) }));
  const warnings = lintAnalyzedBatch(analysed);
  const byFile = new Map(analysed.map((p) => [p.file, p.page]));
  for (const { file, article, ...warning } of warnings) {
    if (article !== null) byFile.get(file)?.articles[article]?.warnings.push(warning);
  }
  return { pages: analysed, warnings };
}
