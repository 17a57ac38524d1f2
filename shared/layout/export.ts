// Layout formats out: ALTO 4.4 and PAGE XML 2019-07-15, the corrected text on the original line boxes. Boxes are
// written in the image's pixels (scaled when the stored image is not the size the layout was made at); without an
// image, ALTO keeps the layout's own MeasurementUnit and PAGE (pixels only) converts at the default resolution. Only line
// boxes are known, so a line's words are its text split at spaces, each given a share of the line's width by its
// length. Documents are built as DOM and serialised by @xmldom/xmldom, which does the escaping.
import { DOMImplementation, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import type { LineBox } from '../model/types';
import type { PageLayout } from './types';
import { layoutInPixels } from './units';

export const ALTO4_NS = 'http://www.loc.gov/standards/alto/ns-v4#';
export const PAGE2019_NS = 'http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15';

export interface LayoutExportPage {
  layout: PageLayout;
  /** Per line of the page text, its corrected text (correctedLines). */
  lines: string[];
  /** The image the export refers to (its file name beside the XML) and its size in pixels. */
  image: { file: string; width: number; height: number } | null;
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Block {
  box: Box;
  lines: { box: Box; text: string }[];
}

const round = (b: Box): Box => ({ x: Math.round(b.x), y: Math.round(b.y), w: Math.max(1, Math.round(b.w)), h: Math.max(1, Math.round(b.h)) });

function union(boxes: readonly Box[]): Box {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, w: Math.max(...boxes.map((b) => b.x + b.w)) - x, h: Math.max(...boxes.map((b) => b.y + b.h)) - y };
}

/** The page's size and blocks in output pixels: blocks as the layout grouped them (blank lines between them). */
function blocksOf(page: LayoutExportPage): { width: number; height: number; blocks: Block[] } {
  const { layout } = page;
  const sx = page.image && layout.width > 0 ? page.image.width / layout.width : 1;
  const sy = page.image && layout.height > 0 ? page.image.height / layout.height : 1;
  const scale = (b: LineBox): Box => round({ x: b.x * sx, y: b.y * sy, w: b.w * sx, h: b.h * sy });
  const blocks: Block[] = [];
  let open: Block['lines'] = [];
  let openBlock: string | undefined;
  const close = () => {
    if (open.length > 0) blocks.push({ box: union(open.map((l) => l.box)), lines: open });
    open = [];
  };
  layout.lines.forEach((box, i) => {
    if (!box || (openBlock !== undefined && box.block !== openBlock)) close();
    if (!box) return;
    openBlock = box.block;
    const text = (page.lines[i] ?? '').trim();
    if (text !== '') open.push({ box: scale(box), text });
  });
  close();
  return { width: Math.round(layout.width * sx), height: Math.round(layout.height * sy), blocks };
}

/**
 * The line's words (split at spaces), each with a share of the line's box by its length; the spaces keep theirs,
 * so the gaps read back as spaces.
 */
function words(line: { box: Box; text: string }): { text: string; box: Box }[] {
  const unit = line.box.w / Math.max(1, [...line.text].length);
  const out: { text: string; box: Box }[] = [];
  let x = line.box.x;
  for (const run of line.text.match(/\s+|\S+/g) ?? []) {
    const w = unit * [...run].length;
    if (/\S/.test(run)) out.push({ text: run, box: round({ x, y: line.box.y, w, h: line.box.h }) });
    x += w;
  }
  return out;
}

function element(doc: Document, parent: Element | Document, ns: string, name: string, attrs: Record<string, string | number> = {}): Element {
  const el = doc.createElementNS(ns, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  parent.appendChild(el);
  return el;
}

const serialize = (doc: Document) => `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;

const altoBox = (b: Box) => ({ HPOS: b.x, VPOS: b.y, WIDTH: b.w, HEIGHT: b.h });

export function toAlto(page: LayoutExportPage): string {
  const { width, height, blocks } = blocksOf(page);
  const doc = new DOMImplementation().createDocument(ALTO4_NS, 'alto', null);
  const root = doc.documentElement!;
  root.setAttribute('SCHEMAVERSION', '4.4');
  const description = element(doc, root, ALTO4_NS, 'Description');
  const unit = page.image ? 'pixel' : (page.layout.unit ?? 'pixel');
  element(doc, description, ALTO4_NS, 'MeasurementUnit').appendChild(doc.createTextNode(unit));
  if (page.image) {
    const source = element(doc, description, ALTO4_NS, 'sourceImageInformation');
    element(doc, source, ALTO4_NS, 'fileName').appendChild(doc.createTextNode(page.image.file));
  }
  const layout = element(doc, root, ALTO4_NS, 'Layout');
  const pageEl = element(doc, layout, ALTO4_NS, 'Page', { ID: 'page_1', PHYSICAL_IMG_NR: 1, WIDTH: width, HEIGHT: height });
  const space = element(doc, pageEl, ALTO4_NS, 'PrintSpace', { HPOS: 0, VPOS: 0, WIDTH: width, HEIGHT: height });
  let nLine = 0;
  let nWord = 0;
  blocks.forEach((block, b) => {
    const blockEl = element(doc, space, ALTO4_NS, 'TextBlock', { ID: `block_${b + 1}`, ...altoBox(block.box) });
    for (const line of block.lines) {
      const lineEl = element(doc, blockEl, ALTO4_NS, 'TextLine', { ID: `line_${++nLine}`, ...altoBox(line.box) });
      words(line).forEach((word, i, all) => {
        if (i > 0) {
          const prev = all[i - 1]!.box;
          element(doc, lineEl, ALTO4_NS, 'SP', { WIDTH: Math.max(0, word.box.x - prev.x - prev.w), HPOS: prev.x + prev.w, VPOS: line.box.y });
        }
        element(doc, lineEl, ALTO4_NS, 'String', { ID: `string_${++nWord}`, ...altoBox(word.box), CONTENT: word.text });
      });
    }
  });
  return serialize(doc);
}

const points = (b: Box) => `${b.x},${b.y} ${b.x + b.w},${b.y} ${b.x + b.w},${b.y + b.h} ${b.x},${b.y + b.h}`;

function textEquiv(doc: Document, parent: Element, text: string): void {
  const equiv = element(doc, parent, PAGE2019_NS, 'TextEquiv');
  element(doc, equiv, PAGE2019_NS, 'Unicode').appendChild(doc.createTextNode(text));
}

/** `created` is the export's time (ISO), written as both Created and LastChange. */
export function toPage(page: LayoutExportPage, created: string): string {
  const { width, height, blocks } = blocksOf(page.image ? page : { ...page, layout: layoutInPixels(page.layout, null) });
  const doc = new DOMImplementation().createDocument(PAGE2019_NS, 'PcGts', null);
  const root = doc.documentElement!;
  const meta = element(doc, root, PAGE2019_NS, 'Metadata');
  element(doc, meta, PAGE2019_NS, 'Creator').appendChild(doc.createTextNode('Galley'));
  const time = created.replace(/\.\d+Z$/, '').replace(/Z$/, '');
  element(doc, meta, PAGE2019_NS, 'Created').appendChild(doc.createTextNode(time));
  element(doc, meta, PAGE2019_NS, 'LastChange').appendChild(doc.createTextNode(time));
  const pageEl = element(doc, root, PAGE2019_NS, 'Page', { imageFilename: page.image?.file ?? page.layout.image ?? '', imageWidth: width, imageHeight: height });
  if (blocks.length > 0) {
    const group = element(doc, element(doc, pageEl, PAGE2019_NS, 'ReadingOrder'), PAGE2019_NS, 'OrderedGroup', { id: 'reading_order' });
    blocks.forEach((_, b) => element(doc, group, PAGE2019_NS, 'RegionRefIndexed', { index: b, regionRef: `region_${b + 1}` }));
  }
  blocks.forEach((block, b) => {
    const region = element(doc, pageEl, PAGE2019_NS, 'TextRegion', { id: `region_${b + 1}` });
    element(doc, region, PAGE2019_NS, 'Coords', { points: points(block.box) });
    block.lines.forEach((line, l) => {
      const lineId = `region_${b + 1}_line_${l + 1}`;
      const lineEl = element(doc, region, PAGE2019_NS, 'TextLine', { id: lineId });
      element(doc, lineEl, PAGE2019_NS, 'Coords', { points: points(line.box) });
      words(line).forEach((word, w) => {
        const wordEl = element(doc, lineEl, PAGE2019_NS, 'Word', { id: `${lineId}_word_${w + 1}` });
        element(doc, wordEl, PAGE2019_NS, 'Coords', { points: points(word.box) });
        textEquiv(doc, wordEl, word.text);
      });
      textEquiv(doc, lineEl, line.text);
    });
    textEquiv(doc, region, block.lines.map((l) => l.text).join('\n'));
  });
  return serialize(doc);
}
