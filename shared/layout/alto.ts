// ALTO v2–v4 (the METS/ALTO of newspaper digitisation; Tesseract writes v3): TextBlock → TextLine → String/SP/HYP.
// Boxes are in the file's MeasurementUnit (pixel, mm10 or inch1200), the page's WIDTH/HEIGHT in the same unit,
// so the desk scales them to whatever image it shows.
import type { Document, Element } from '@xmldom/xmldom';
import type { LineBox } from '../model/types';
import type { ReadBlock } from './lines';
import { pageFromBlocks, prevailingSize } from './lines';
import type { LayoutPage, MeasurementUnit } from './types';
import { LayoutError, MEASUREMENT_UNITS } from './types';
import { childrenNamed, descendantsNamed, numberAttr } from './xml';
import { joinWords, type PlacedWord } from './words';

export const ALTO_NAMESPACE = /^http:\/\/www\.loc\.gov\/standards\/alto\/ns-v[234]#$/;

function lineWords(line: Element): PlacedWord[] {
  const words: PlacedWord[] = [];
  for (const el of [...childrenNamed(line, 'String'), ...childrenNamed(line, 'HYP')].sort(documentOrder)) {
    const text = el.getAttribute('CONTENT') ?? '';
    const x = numberAttr(el, 'HPOS');
    const w = numberAttr(el, 'WIDTH');
    // A word without a position still counts: it follows the previous one solid.
    const last = words.at(-1);
    words.push({ text, x: x ?? (last ? last.x + last.w : 0), w: w ?? 0 });
  }
  return words;
}

/** A TextBlock's stated left and right edges. */
function edges(block: Element): { left?: number; right?: number } {
  const x = numberAttr(block, 'HPOS');
  const w = numberAttr(block, 'WIDTH');
  return x === null ? {} : { left: x, ...(w === null ? {} : { right: x + w }) };
}

function documentOrder(a: Element, b: Element): number {
  return a.compareDocumentPosition(b) & 4 ? -1 : 1;
}

/** The file's MeasurementUnit; ALTO 2 allowed leaving it out, which means pixel. */
function measurementUnit(doc: Document): MeasurementUnit {
  const stated = descendantsNamed(doc, 'MeasurementUnit')[0]?.textContent?.trim() || 'pixel';
  const unit = MEASUREMENT_UNITS.find((u) => u === stated);
  if (!unit) {
    throw new LayoutError({
      zh: `ALTO 的 MeasurementUnit 不认识:${stated}(应为 pixel、mm10 或 inch1200)`,
      en: `unknown ALTO MeasurementUnit ${stated} (pixel, mm10 or inch1200 are defined)`,
    });
  }
  return unit;
}

/** The type size (points) of each TextStyle the file declares, by ID. */
function textStyles(doc: Document): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const style of descendantsNamed(doc, 'TextStyle')) {
    const id = style.getAttribute('ID');
    const size = numberAttr(style, 'FONTSIZE');
    if (id && size !== null && size > 0) sizes.set(id, size);
  }
  return sizes;
}

/** The type size an element's STYLEREFS name (a TextStyle among its ParagraphStyle and others), if any. */
function styledSize(el: Element, sizes: ReadonlyMap<string, number>): number | null {
  for (const ref of (el.getAttribute('STYLEREFS') ?? '').split(/\s+/)) {
    const size = sizes.get(ref);
    if (size !== undefined) return size;
  }
  return null;
}

/**
 * A line's type size: its own style, else the size most of its characters are set in (their Strings' styles),
 * else its block's. ALTO lets each level name a style, the nearest one applying.
 */
function lineFontPoints(line: Element, block: Element, sizes: ReadonlyMap<string, number>): number | null {
  if (sizes.size === 0) return null;
  const own = styledSize(line, sizes);
  if (own !== null) return own;
  const words = childrenNamed(line, 'String').map((s) => ({ size: styledSize(s, sizes), text: s.getAttribute('CONTENT') ?? '' }));
  return prevailingSize(words) ?? styledSize(block, sizes);
}

/** How many of the unit make a point (1/72 inch); none for pixels, whose size in points needs the scan's resolution. */
const PER_POINT: Partial<Record<MeasurementUnit, number>> = { mm10: 254 / 72, inch1200: 1200 / 72 };

export function readAlto(doc: Document): LayoutPage {
  const unit = measurementUnit(doc);
  const sizes = textStyles(doc);
  const page = descendantsNamed(doc, 'Page')[0];
  if (!page) throw new LayoutError({ zh: 'ALTO 文件中没有 Page 元素', en: 'the ALTO file has no Page element' });
  const fileName = descendantsNamed(doc, 'fileName')[0]?.textContent?.trim() || null;
  const blocks: ReadBlock[] = descendantsNamed(page, 'TextBlock').map((block) => ({
    ...edges(block),
    lines: childrenNamed(block, 'TextLine').map((line) => {
      const points = lineFontPoints(line, block, sizes);
      const box: LineBox = {
        x: numberAttr(line, 'HPOS') ?? 0,
        y: numberAttr(line, 'VPOS') ?? 0,
        w: numberAttr(line, 'WIDTH') ?? 0,
        h: numberAttr(line, 'HEIGHT') ?? 0,
        ...(points === null ? {} : { fontPoints: points }),
        ...(points !== null && PER_POINT[unit] ? { fontSize: points * PER_POINT[unit] } : {}),
        block: block.getAttribute('ID') ?? undefined,
      };
      return { text: joinWords(lineWords(line), box.h), box };
    }),
  }));
  return pageFromBlocks(blocks, {
    format: 'alto',
    ...(unit === 'pixel' ? {} : { unit }),
    width: numberAttr(page, 'WIDTH') ?? 0,
    height: numberAttr(page, 'HEIGHT') ?? 0,
    image: fileName,
  });
}
