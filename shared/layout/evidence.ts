// What a page's line boxes say that its text cannot: how large each line is set against the page's body type.
// A headline is set larger than the text under it, a subhead or a paragraph cut by a column break in the body's
// size; the parser weighs that as evidence for and against an article start (shared/parse/segment.ts).
import type { LineBox } from '../model/types';

/** One line of the page as the evidence needs it: its box (null without one) and how many characters it holds. */
export interface SizedLine {
  box: LineBox | null;
  chars: number;
}

/**
 * The size measure every boxed line states, in order of trust: the type size in points, the engine's character
 * size in pixels, else the box's height (what ALTO without styles, as Tesseract writes it, gives).
 */
function measureOf(lines: readonly SizedLine[]): (box: LineBox) => number {
  const boxed = lines.flatMap((l) => (l.box ? [l.box] : []));
  if (boxed.every((b) => b.fontPoints !== undefined)) return (b) => b.fontPoints!;
  if (boxed.every((b) => b.fontSize !== undefined)) return (b) => b.fontSize!;
  return (b) => b.h;
}

/**
 * Each line's size against the page's body size (1: set like the body), null for a line without a box. The body
 * size is the one most characters are set in: the median over characters, not lines, since a page holds more
 * short heading and furniture lines than their share of its text.
 */
export function relativeSizes(lines: readonly SizedLine[]): (number | null)[] {
  const measure = measureOf(lines);
  const sized = lines.flatMap((l) => (l.box && l.chars > 0 ? [{ size: measure(l.box), chars: l.chars }] : []));
  const total = sized.reduce((n, s) => n + s.chars, 0);
  sized.sort((a, b) => a.size - b.size);
  let body = 0;
  for (let seen = 0, k = 0; k < sized.length; k++) {
    seen += sized[k]!.chars;
    if (seen * 2 >= total) {
      body = sized[k]!.size;
      break;
    }
  }
  return lines.map((l) => (l.box && body > 0 ? measure(l.box) / body : null));
}
