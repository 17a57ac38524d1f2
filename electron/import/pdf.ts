// PDFs in: each page's text layer (pdfjs-dist) becomes a page of text with a box per printed line, in the units
// of the page rendered at PDF_SCALE, so the scan pane can render the same page with pdf.js and outline its lines.
// A page without text (a scanned PDF that was never OCR'd) is refused: Galley proofreads OCR text, it does not
// read images.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { LineBox } from '../../shared/model/types';
import type { LayoutPage } from '../../shared/layout';
import { pageFromBlocks, type ReadBlock } from '../../shared/layout/lines';
import { RefusedFile } from './prepare';

/** Rendered at 2× (144 dpi), a broadsheet page is about 2,400 × 3,400 px: enough to read small type. */
export const PDF_SCALE = 2;

const pdfjsDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  page: LayoutPage;
}

async function open(bytes: Uint8Array, file: string) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  try {
    return await pdfjs.getDocument({
      // pdf.js takes ownership of the buffer it is given.
      data: new Uint8Array(bytes),
      cMapUrl: `${join(pdfjsDir, 'cmaps')}/`,
      cMapPacked: true,
      standardFontDataUrl: `${join(pdfjsDir, 'standard_fonts')}/`,
      isEvalSupported: false,
      disableFontFace: true,
      verbosity: 0,
    }).promise;
  } catch (err) {
    throw new RefusedFile(file, { zh: `无法读取 PDF:${(err as Error).message}`, en: `not a readable PDF: ${(err as Error).message}` });
  }
}

/** How many pages the PDF has; refuses what pdf.js cannot open. */
export async function pdfPageCount(bytes: Uint8Array, file: string): Promise<number> {
  const doc = await open(bytes, file);
  try {
    return doc.numPages;
  } finally {
    await doc.destroy();
  }
}

/** Items on one baseline, left to right as the PDF gives them, make a line; a jump back or down starts the next. */
function linesOf(items: readonly TextItem[], toView: (x: number, y: number) => number[]): { text: string; box: LineBox }[] {
  const lines: { text: string; box: LineBox; baseline: number; right: number }[] = [];
  for (const item of items) {
    if (item.str === '' && !item.hasEOL) continue;
    const [, , c = 0, d = 0, e = 0, f = 0] = item.transform;
    const size = Math.hypot(c, d) * PDF_SCALE || item.height * PDF_SCALE;
    const [x = 0, baseline = 0] = toView(e, f);
    const w = item.width * PDF_SCALE;
    const last = lines.at(-1);
    if (last && Math.abs(last.baseline - baseline) < size * 0.5 && x >= last.right - size) {
      last.text += item.str;
      last.right = Math.max(last.right, x + w);
      last.box.w = last.right - last.box.x;
    } else if (item.str.trim() !== '') {
      lines.push({ text: item.str, baseline, right: x + w, box: { x, y: baseline - size * 0.88, w, h: size, fontSize: size } });
    }
  }
  return lines.map(({ text, box }) => ({ text: text.trimEnd(), box: { ...box, x: Math.round(box.x), y: Math.round(box.y), w: Math.round(box.w), h: Math.round(box.h), fontSize: Math.round(box.fontSize! * 10) / 10 } }));
}

/** Lines far apart, or not in the column of the line before, belong to different blocks. */
function blocksOf(lines: { text: string; box: LineBox }[]): ReadBlock[] {
  const blocks: ReadBlock[] = [];
  let prev: LineBox | null = null;
  for (const line of lines) {
    const b = line.box;
    const apart = prev !== null && (b.y - (prev.y + prev.h) > prev.h * 0.8 || b.y < prev.y || Math.abs(b.x - prev.x) > prev.h * 2);
    if (prev === null || apart) blocks.push({ lines: [] });
    const id = `block_${blocks.length}`;
    blocks.at(-1)!.lines.push({ text: line.text, box: { ...b, block: id } });
    prev = b;
  }
  return blocks;
}

/** Page `number` (1-based) of the PDF: its text in reading order with line boxes, and its rendered size. */
export async function readPdfPage(bytes: Uint8Array, file: string, number: number): Promise<PdfPage> {
  const doc = await open(bytes, file);
  try {
    const page = await doc.getPage(number);
    const viewport = page.getViewport({ scale: PDF_SCALE });
    const content = await page.getTextContent();
    const items = content.items.flatMap((i) => ('str' in i ? [i] : []));
    const lines = linesOf(items, (x, y) => viewport.convertToViewportPoint(x, y));
    if (lines.length === 0) {
      throw new RefusedFile(file, {
        zh: `PDF 第 ${number} 页没有文字层(扫描件):请先做 OCR 再导入`,
        en: `page ${number} of the PDF has no text layer (a scan): run OCR on it first`,
      });
    }
    const width = Math.round(viewport.width);
    const height = Math.round(viewport.height);
    return { number, width, height, page: pageFromBlocks(blocksOf(lines), { format: 'pdf', width, height, image: null }) };
  } finally {
    await doc.destroy();
  }
}
