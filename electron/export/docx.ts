// DOCX export, written a group of articles at a time so memory stays flat however many articles are exported:
// the docx library builds a whole document in memory (its object tree, the XML as one string, the zip), which for
// a year of articles is gigabytes. Every byte of XML still comes from the docx library: a skeleton document gives
// every part but the body, each group of articles is rendered by docx as a document of its own, and its body's
// paragraphs are streamed into the skeleton's body, deflated into the zip as they come (fflate).
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate } from 'fflate';
import { FIELD_LABELS, oneLine, paragraphs, provenance } from '../../shared/export/labels';
import type { ExportArticle, ExportManifest } from '../../shared/export/types';

const UNTITLED = '（无标题）';
/** Articles rendered per docx document: large enough to keep the per-group cost small, small enough to stay flat. */
export const DOCX_GROUP = 100;
/** Stands for the body in the skeleton document (private-use characters: no article carries them). */
const BODY_MARK = '\ue000GALLEY-BODY\ue000';
const DOCUMENT_PART = 'word/document.xml';

type ParagraphOptions = Exclude<ConstructorParameters<typeof Paragraph>[0], string>;

function labelled(label: string, value: string, opts: { italics?: boolean; color?: string } = {}): ParagraphOptions {
  return { children: [new TextRun({ text: `${label}：`, bold: true, color: opts.color }), new TextRun({ text: oneLine(value), ...opts })] };
}

/** An article's paragraphs; every article but the first starts a new page. */
function articleParagraphs(a: ExportArticle, newPage: boolean): Paragraph[] {
  const out: ParagraphOptions[] = [];
  if (a.kicker) out.push({ children: [new TextRun({ text: oneLine(a.kicker), bold: true })] });
  out.push({ heading: HeadingLevel.HEADING_1, children: [new TextRun(a.headline.trim() ? oneLine(a.headline.trim()) : UNTITLED)] });
  if (a.subtitle) out.push({ heading: HeadingLevel.HEADING_2, children: [new TextRun(oneLine(a.subtitle))] });
  if (a.byline) out.push(labelled(FIELD_LABELS.byline, a.byline, { italics: true }));
  for (const [label, value] of provenance(a)) out.push(labelled(label, value, { color: '666666' }));
  for (const text of paragraphs(a.body)) out.push({ spacing: { before: 120 }, children: [new TextRun(text)] });
  if (newPage) out[0] = { ...out[0]!, pageBreakBefore: true };
  return out.map((options) => new Paragraph(options));
}

async function documentXml(doc: Document): Promise<string> {
  const parts = unzipSync(new Uint8Array(await Packer.toBuffer(doc)), { filter: (f) => f.name === DOCUMENT_PART });
  return strFromU8(parts[DOCUMENT_PART]!);
}

/** What lies between <w:body> and the body's closing section properties: the paragraphs. */
function bodyParagraphs(xml: string): string {
  const start = xml.indexOf('<w:body>') + '<w:body>'.length;
  const end = xml.lastIndexOf('<w:sectPr');
  if (start < '<w:body>'.length || end < start) throw new Error('docx wrote a document without the expected body');
  return xml.slice(start, end);
}

/**
 * A Word document: per article the kicker (bold), the headline (Heading 1), the subtitle (Heading 2), the byline
 * and provenance, then one Word paragraph per body line; each article starts a new page. Every string goes in
 * as a text run, so markup-looking text stays text. The manifest fills the document properties. The bytes come
 * as a stream of chunks, each group of `group` articles rendered only when the previous ones were written.
 */
export async function* docxChunks(articles: readonly ExportArticle[], manifest: ExportManifest, group = DOCX_GROUP): AsyncGenerator<Uint8Array> {
  const skeleton = new Document({
    creator: `${manifest.generator} ${manifest.version}`,
    title: ['Galley 导出', ...manifest.papers].join(' · '),
    description: `${manifest.count} articles; pages: ${manifest.pages.join(', ')}; dates: ${manifest.dates.join(', ')}; exported ${manifest.exportedAt}`,
    sections: [{ children: [new Paragraph({ children: [new TextRun(BODY_MARK)] })] }],
  });
  const parts = unzipSync(new Uint8Array(await Packer.toBuffer(skeleton)));
  const xml = strFromU8(parts[DOCUMENT_PART]!);
  const body = bodyParagraphs(xml);
  if (!body.includes(BODY_MARK)) throw new Error('docx wrote the skeleton document without its body mark');
  const head = xml.slice(0, xml.indexOf(body));
  const tail = xml.slice(xml.indexOf(body) + body.length);

  const out: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    out.push(data);
  });
  for (const [name, data] of Object.entries(parts)) {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    if (name !== DOCUMENT_PART) {
      entry.push(data, true);
      yield* out.splice(0);
      continue;
    }
    entry.push(strToU8(head));
    for (let from = 0; from < articles.length; from += group) {
      const children = articles.slice(from, from + group).flatMap((a, i) => articleParagraphs(a, from + i > 0));
      entry.push(strToU8(bodyParagraphs(await documentXml(new Document({ sections: [{ children }] })))));
      yield* out.splice(0);
    }
    entry.push(strToU8(tail), true);
    yield* out.splice(0);
  }
  zip.end();
  yield* out.splice(0);
}
