// Lines read from a layout file, grouped into blocks, become page text: one text line per printed line and a
// blank line after each block (paragraph or zone), as OCR engines write plain text, with the boxes indexed by
// the text's line numbers.
import type { LineBox } from '../model/types';
import type { LayoutPage, PageLayout } from './types';
import { LayoutError } from './types';

export interface ReadLine {
  text: string;
  box: LineBox;
}

export interface ReadBlock {
  lines: ReadLine[];
}

export function pageFromBlocks(blocks: readonly ReadBlock[], layout: Omit<PageLayout, 'lines'>): LayoutPage {
  const text: string[] = [];
  const lines: (LineBox | null)[] = [];
  for (const block of blocks) {
    const kept = block.lines.filter((l) => l.text.trim() !== '');
    if (kept.length === 0) continue;
    for (const l of kept) {
      text.push(l.text);
      lines.push(l.box);
    }
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
