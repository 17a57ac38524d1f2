import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { FIELD_LABELS, oneLine, paragraphs, provenance } from '../../shared/export/labels';
import type { ExportArticle, ExportManifest } from '../../shared/export/types';

const UNTITLED = '（无标题）';

function labelled(label: string, value: string, opts: { italics?: boolean; color?: string } = {}): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}：`, bold: true, color: opts.color }), new TextRun({ text: oneLine(value), ...opts })] });
}

function articleParagraphs(a: ExportArticle): Paragraph[] {
  const out: Paragraph[] = [];
  if (a.kicker) out.push(new Paragraph({ children: [new TextRun({ text: oneLine(a.kicker), bold: true })] }));
  out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(a.headline.trim() ? oneLine(a.headline.trim()) : UNTITLED)] }));
  if (a.subtitle) out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(oneLine(a.subtitle))] }));
  if (a.byline) out.push(labelled(FIELD_LABELS.byline, a.byline, { italics: true }));
  for (const [label, value] of provenance(a)) out.push(labelled(label, value, { color: '666666' }));
  for (const text of paragraphs(a.body)) out.push(new Paragraph({ spacing: { before: 120 }, children: [new TextRun(text)] }));
  return out;
}

/**
 * A Word document: per article the kicker (bold), the headline (Heading 1), the subtitle (Heading 2), the byline
 * and provenance, then one Word paragraph per body line; each article starts a new page. Every string goes in
 * as a text run, so markup-looking text stays text. The manifest fills the document properties.
 */
export async function toDocx(articles: readonly ExportArticle[], manifest: ExportManifest): Promise<Buffer> {
  const doc = new Document({
    creator: `${manifest.generator} ${manifest.version}`,
    title: ['Galley 导出', ...manifest.papers].join(' · '),
    description: `${manifest.count} articles; pages: ${manifest.pages.join(', ')}; dates: ${manifest.dates.join(', ')}; exported ${manifest.exportedAt}`,
    sections: articles.map((a) => ({ children: articleParagraphs(a) })),
  });
  return Packer.toBuffer(doc);
}
