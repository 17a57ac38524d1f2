import { bylineAndBody, FIELD_LABELS, oneLine, provenance } from './labels';
import type { ExportArticle, ExportManifest } from './types';

// Text stays text: every character CommonMark (or GFM) would read as markup is backslash-escaped, so `<script>`,
// `*`, `#` or `1. ` in an article render literally instead of as HTML, emphasis, headings or lists.
// Inline: \ ` * [ ] < > & ~ | # are escaped wherever they occur (CommonMark lets any ASCII punctuation be escaped);
// _ only where it could delimit emphasis, i.e. not between two letters or digits (`003_43f4.txt` stays readable).
// Line start: + - = (list items, setext underlines, thematic breaks) and an ordered-list marker
// ("12." / "12)" followed by a space or the line's end); leading spaces and tabs, which would start an indented
// code block, become character references.
const INLINE = /[\\`*[\]<>&~|#]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
const LINE_START = /^[+\-=]/;
const ORDERED_MARKER = /^(\d{1,9})([.)])(?=[ \t]|$)/;
const LEADING_SPACE = /^[ \t]+/;

/** Escape one line of text so Markdown renders it literally. */
export function escapeMarkdown(line: string): string {
  let out = line.replace(INLINE, '\\$&');
  out = out.replace(LINE_START, '\\$&').replace(ORDERED_MARKER, '$1\\$2');
  return out.replace(LEADING_SPACE, (ws) => [...ws].map((c) => (c === '\t' ? '&#9;' : '&#32;')).join(''));
}

const UNTITLED = '（无标题）';

function field(label: string, value: string): string {
  return `- ${label}：${escapeMarkdown(oneLine(value))}`;
}

function renderArticle(a: ExportArticle): string {
  const { byline, body } = bylineAndBody(a);
  const meta: string[] = [];
  if (a.kicker) meta.push(field(FIELD_LABELS.kicker, a.kicker));
  if (a.subtitle) meta.push(field(FIELD_LABELS.subtitle, a.subtitle));
  if (byline) meta.push(field(FIELD_LABELS.byline, byline));
  for (const [label, value] of provenance(a)) meta.push(field(label, value));
  const blocks = [`## ${a.headline.trim() ? escapeMarkdown(oneLine(a.headline.trim())) : UNTITLED}`, meta.join('\n'), ...body.map(escapeMarkdown)];
  return blocks.join('\n\n');
}

/**
 * Markdown: a title with the export's papers and dates, then per article a level-2 heading (headline), a field
 * list (kicker, subtitle, byline, paper, date, page file, sections) and one paragraph per body line, articles
 * separated by a thematic break.
 */
export function toMarkdown(articles: readonly ExportArticle[], manifest: ExportManifest): string {
  const { dates } = manifest;
  const span = dates.length > 1 ? `${dates[0]} – ${dates[dates.length - 1]}` : (dates[0] ?? '');
  const title = ['Galley 导出', ...manifest.papers, span].filter(Boolean).join(' · ');
  const head = `# ${escapeMarkdown(title)}\n\n${manifest.count} 篇 · ${escapeMarkdown(manifest.exportedAt)}`;
  return `${[head, ...articles.map(renderArticle)].join('\n\n---\n\n')}\n`;
}
