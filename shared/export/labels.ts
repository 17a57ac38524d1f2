import type { ExportArticle } from './types';

/** Field labels used by the human-readable formats (Markdown, plain text, DOCX). Exports are zh-CN documents. */
export const FIELD_LABELS = {
  kicker: '引题',
  headline: '标题',
  subtitle: '副题',
  byline: '署名',
  paper: '报纸',
  date: '日期',
  pageFile: '版面文件',
  sections: '栏目',
} as const;

/** Separator between section names in one-line renderings. */
export const SECTION_SEPARATOR = '、';

/** The provenance lines (paper, date, page file, sections) of an article, label and value, present fields only. */
export function provenance(article: ExportArticle): [string, string][] {
  const lines: [string, string][] = [];
  if (article.paper) lines.push([FIELD_LABELS.paper, article.paper]);
  if (article.date) lines.push([FIELD_LABELS.date, article.date]);
  lines.push([FIELD_LABELS.pageFile, article.pageFile]);
  if (article.sections.length > 0) lines.push([FIELD_LABELS.sections, article.sections.join(SECTION_SEPARATOR)]);
  return lines;
}

/** The body's paragraphs: one per line, blank lines dropped. */
export function paragraphs(body: string): string[] {
  return body.split(/\r?\n/).filter((line) => line.trim() !== '');
}

/** A heading field on one line: line breaks inside it become a space (the body is the only multi-line field). */
export function oneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ');
}

/** Paragraphs near the body's start where an own-line byline is taken as the one the byline field prints. */
const BYLINE_LEAD_WITHIN = 2;

const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * The byline and body paragraphs the human-readable formats print, the byline once: the parser keeps the byline's
 * line in the body, so an own-line byline at the body's start is printed as the field only, and a byline the body
 * carries elsewhere (inside the lead's dateline, a closing credit) is printed where the body has it, without the field.
 */
export function bylineAndBody(article: Pick<ExportArticle, 'byline' | 'body'>): { byline: string | null; body: string[] } {
  const body = paragraphs(article.body);
  const byline = article.byline ? oneLine(article.byline).trim() : '';
  if (byline === '') return { byline: null, body };
  const key = squash(byline);
  const own = body.slice(0, BYLINE_LEAD_WITHIN).findIndex((p) => squash(p) === key);
  if (own >= 0) return { byline, body: body.filter((_, i) => i !== own) };
  if (body.some((p) => squash(p).includes(key))) return { byline: null, body };
  return { byline, body };
}
