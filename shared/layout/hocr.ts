// hOCR (Tesseract, OCRopus): ocr_page → ocr_carea → ocr_par → ocr_line (and ocr_caption, ocr_header, ocr_textfloat)
// → ocrx_word, with bbox, x_size (pixels), x_fsize (points) and the page image in each element's title.
import type { Document, Element } from '@xmldom/xmldom';
import type { LineBox } from '../model/types';
import type { ReadBlock } from './lines';
import { pageFromBlocks, prevailingSize } from './lines';
import type { LayoutPage } from './types';
import { LayoutError } from './types';
import { joinWords, type PlacedWord } from './words';

const LINE_CLASSES = new Set(['ocr_line', 'ocr_caption', 'ocr_header', 'ocr_textfloat']);

/** The title's properties: `bbox 1 2 3 4; x_size 21.5; image "a.png"`. */
function properties(el: Element): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (el.getAttribute('title') ?? '').split(';')) {
    const m = /^\s*(\S+)\s+(.*?)\s*$/.exec(part);
    if (m) out.set(m[1]!, m[2]!);
  }
  return out;
}

function bboxOf(el: Element): { x: number; y: number; w: number; h: number } | null {
  const nums = properties(el).get('bbox')?.split(/\s+/).map(Number);
  if (!nums || nums.length !== 4 || nums.some((n) => !Number.isFinite(n))) return null;
  const [x0, y0, x1, y1] = nums as [number, number, number, number];
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

/** An element's x_fsize (type size in points), if it states a usable one. */
function pointsOf(el: Element): number | null {
  const points = Number(properties(el).get('x_fsize'));
  return Number.isFinite(points) && points > 0 ? points : null;
}

const classesOf = (el: Element) => (el.getAttribute('class') ?? '').split(/\s+/);

function elementsWithClass(root: Element | Document, match: (classes: string[]) => boolean): Element[] {
  return Array.from(root.getElementsByTagName('*')).filter((el) => match(classesOf(el)));
}

export function readHocr(doc: Document): LayoutPage {
  const page = elementsWithClass(doc, (c) => c.includes('ocr_page'))[0];
  if (!page) throw new LayoutError({ zh: 'hOCR 文件中没有 ocr_page', en: 'the hOCR file has no ocr_page' });
  const pageBox = bboxOf(page);
  const image = /^"(.*)"$/.exec(properties(page).get('image') ?? '')?.[1] ?? null;
  // A block is a paragraph where the engine gives them, else the content area.
  const pars = elementsWithClass(page, (c) => c.includes('ocr_par'));
  const containers = pars.length > 0 ? pars : elementsWithClass(page, (c) => c.includes('ocr_carea'));
  const blocks: ReadBlock[] = containers.map((container) => {
    const blockId = (container.parentNode as Element | null)?.getAttribute?.('id') ?? container.getAttribute('id') ?? undefined;
    const area = bboxOf(container);
    return {
      ...(area ? { left: area.x, right: area.x + area.w } : {}),
      lines: elementsWithClass(container, (c) => c.some((k) => LINE_CLASSES.has(k))).flatMap((line) => {
        const box = bboxOf(line);
        if (!box) return [];
        const props = properties(line);
        const size = Number(props.get('x_size'));
        const wordElements = elementsWithClass(line, (c) => c.includes('ocrx_word'));
        const words: PlacedWord[] = wordElements.map((w) => {
          const wb = bboxOf(w);
          return { text: (w.textContent ?? '').trim(), x: wb?.x ?? box.x, w: wb?.w ?? 0 };
        });
        // Tesseract (hocr_font_info) states x_fsize on each word; another engine may on the line.
        const points = pointsOf(line) ?? prevailingSize(wordElements.map((w, i) => ({ size: pointsOf(w), text: words[i]!.text })));
        const lineBox: LineBox = {
          ...box,
          ...(Number.isFinite(size) && size > 0 ? { fontSize: size } : {}),
          ...(points === null ? {} : { fontPoints: points }),
          block: blockId,
        };
        return [{ text: joinWords(words, box.h), box: lineBox }];
      }),
    };
  });
  return pageFromBlocks(blocks, { format: 'hocr', width: pageBox?.w ?? 0, height: pageBox?.h ?? 0, image });
}
