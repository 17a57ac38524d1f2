// PAGE XML (Transkribus, OCR-D; the 2013 to 2019 schemas): Page → TextRegion → TextLine with Coords points and
// TextEquiv/Unicode, regions in the ReadingOrder where one is given.
import type { Document, Element } from '@xmldom/xmldom';
import type { ReadBlock } from './lines';
import { pageFromBlocks } from './lines';
import type { LayoutPage } from './types';
import { LayoutError } from './types';
import { childrenNamed, descendantsNamed, numberAttr } from './xml';

export const PAGE_NAMESPACE = /^http:\/\/schema\.primaresearch\.org\/PAGE\/gts\/pagecontent\/\d{4}-\d{2}-\d{2}$/;

function boxOfPoints(el: Element): { x: number; y: number; w: number; h: number } | null {
  const coords = childrenNamed(el, 'Coords')[0];
  const points = (coords?.getAttribute('points') ?? '')
    .trim()
    .split(/\s+/)
    .map((p) => p.split(',').map(Number))
    .filter((p) => p.length === 2 && p.every(Number.isFinite));
  if (points.length === 0) return null;
  const xs = points.map((p) => p[0]!);
  const ys = points.map((p) => p[1]!);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y };
}

/** A region's left and right edges, from its outline. */
function regionEdges(region: Element): { left?: number; right?: number } {
  const box = boxOfPoints(region);
  return box ? { left: box.x, right: box.x + box.w } : {};
}

/** An element's own text: its TextEquiv (the first, by index), else its words' joined. */
function textOf(el: Element): string {
  const equivs = childrenNamed(el, 'TextEquiv').sort((a, b) => (numberAttr(a, 'index') ?? 0) - (numberAttr(b, 'index') ?? 0));
  const unicode = equivs[0] ? childrenNamed(equivs[0], 'Unicode')[0] : undefined;
  if (unicode) return unicode.textContent ?? '';
  return childrenNamed(el, 'Word').map(textOf).join(' ');
}

/** The type size (points) of an element's own TextStyle, if it states one. */
function fontPoints(el: Element): number | null {
  const style = childrenNamed(el, 'TextStyle')[0];
  const size = style ? numberAttr(style, 'fontSize') : null;
  return size !== null && size > 0 ? size : null;
}

/** Region ids in reading order, when the file gives one. */
function readingOrder(page: Element): string[] {
  const order = childrenNamed(page, 'ReadingOrder')[0];
  if (!order) return [];
  const refs = descendantsNamed(order, 'RegionRefIndexed').sort((a, b) => (numberAttr(a, 'index') ?? 0) - (numberAttr(b, 'index') ?? 0));
  const ids = refs.length > 0 ? refs : descendantsNamed(order, 'RegionRef');
  return ids.map((r) => r.getAttribute('regionRef') ?? '');
}

export function readPage(doc: Document): LayoutPage {
  const page = descendantsNamed(doc, 'Page')[0];
  if (!page) throw new LayoutError({ zh: 'PAGE 文件中没有 Page 元素', en: 'the PAGE file has no Page element' });
  const regions = descendantsNamed(page, 'TextRegion');
  const order = readingOrder(page);
  const rank = new Map(order.map((id, i) => [id, i]));
  // Regions the reading order names come in its order, the rest after them in document order.
  const sorted = regions
    .map((r, i) => ({ r, key: rank.get(r.getAttribute('id') ?? '') ?? order.length + i }))
    .sort((a, b) => a.key - b.key)
    .map((e) => e.r);
  const blocks: ReadBlock[] = sorted.map((region) => ({
    ...regionEdges(region),
    lines: childrenNamed(region, 'TextLine').flatMap((line) => {
      const box = boxOfPoints(line);
      const points = fontPoints(line) ?? fontPoints(region);
      return box ? [{ text: textOf(line), box: { ...box, ...(points === null ? {} : { fontPoints: points }), block: region.getAttribute('id') ?? undefined } }] : [];
    }),
  }));
  return pageFromBlocks(blocks, {
    format: 'page',
    width: numberAttr(page, 'imageWidth') ?? 0,
    height: numberAttr(page, 'imageHeight') ?? 0,
    image: page.getAttribute('imageFilename') || null,
  });
}
