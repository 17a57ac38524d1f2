import { bylineAndBody, FIELD_LABELS, oneLine, provenance } from './labels';
import type { ExportArticle } from './types';

const RULE = '='.repeat(40);

function renderArticle(a: ExportArticle): string {
  const { byline, body } = bylineAndBody(a);
  const lines: string[] = [];
  if (a.kicker) lines.push(`${FIELD_LABELS.kicker}：${oneLine(a.kicker)}`);
  lines.push(`${FIELD_LABELS.headline}：${oneLine(a.headline)}`);
  if (a.subtitle) lines.push(`${FIELD_LABELS.subtitle}：${oneLine(a.subtitle)}`);
  if (byline) lines.push(`${FIELD_LABELS.byline}：${byline}`);
  for (const [label, value] of provenance(a)) lines.push(`${label}：${oneLine(value)}`);
  return `${lines.join('\n')}\n\n${body.join('\n')}\n`;
}

/**
 * Plain UTF-8 text: per article the labelled heading fields in print order (引题, 标题, 副题, 署名) and provenance
 * (报纸, 日期, 版面文件, 栏目), a blank line, then the body one paragraph per line; articles separated by a rule
 * of "=". Text is written exactly as it is, markup-looking or not.
 */
export function toText(articles: readonly ExportArticle[]): string {
  return articles.map(renderArticle).join(`\n${RULE}\n\n`);
}
