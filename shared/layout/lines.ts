// Lines read from a layout file, grouped into blocks, become page text: one text line per printed line and a
// blank line after each block (paragraph or zone), as OCR engines write plain text, with the boxes indexed by
// the text's line numbers. A line that starts well inside its block's left edge (a paragraph's first line, a
// centred heading) is written indented, as FineReader writes it and Tesseract's plain text does not: the boxes
// show the indent the text alone loses.
import type { LineBox } from '../model/types';
import type { LayoutPage, PageLayout } from './types';
import { LayoutError } from './types';

export interface ReadLine {
  text: string;
  box: LineBox;
}

export interface ReadBlock {
  lines: ReadLine[];
  /** The block's left and right edges where the format states its box (a region may be wider than its lines). */
  left?: number;
  right?: number;
}

/** An indent as Chinese text sets it: two ideographic spaces (what the parser reads as one). */
export const INDENT = '\u3000\u3000';
/** A line starting this many of its block's line heights right of the block's left edge is indented (an indent is two). */
const INDENT_EMS = 1.5;

/** The median of non-empty numbers. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? 0;
}

/**
 * Which lines of a block start indented: against the block's edges (its stated box, else its outermost lines), a
 * line set in by INDENT_EMS of the block's usual line height (about the type size) on the left and not as much on
 * the right. A line set in on both sides alike is centred (a heading's short last line), not indented.
 */
function indentedLines(block: ReadBlock, kept: readonly ReadLine[]): boolean[] {
  const left = Math.min(block.left ?? Infinity, ...kept.map((l) => l.box.x));
  const right = Math.max(block.right ?? -Infinity, ...kept.map((l) => l.box.x + l.box.w));
  const em = median(kept.map((l) => l.box.h));
  return kept.map((l) => {
    const inset = l.box.x - left;
    return em > 0 && inset >= INDENT_EMS * em && right - (l.box.x + l.box.w) < inset / 2;
  });
}

export function pageFromBlocks(blocks: readonly ReadBlock[], layout: Omit<PageLayout, 'lines'>): LayoutPage {
  const text: string[] = [];
  const lines: (LineBox | null)[] = [];
  for (const block of blocks) {
    const kept = block.lines.filter((l) => l.text.trim() !== '');
    if (kept.length === 0) continue;
    const indented = indentedLines(block, kept);
    kept.forEach((l, k) => {
      text.push(indented[k] ? INDENT + l.text : l.text);
      lines.push(l.box);
    });
    text.push('');
    lines.push(null);
  }
  if (lines.length === 0) throw new LayoutError({ zh: '文件中没有文字行', en: 'the file has no text lines' });
  return { text: text.join('\n'), layout: { ...layout, lines } };
}

/**
 * The type size most of a line's characters are set in, from its words' sizes (null where a word states none);
 * between sizes of as many characters, the larger. Null when no word states one.
 */
export function prevailingSize(words: readonly { size: number | null; text: string }[]): number | null {
  const chars = new Map<number, number>();
  for (const w of words) if (w.size !== null) chars.set(w.size, (chars.get(w.size) ?? 0) + [...w.text].length);
  return [...chars].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
}
