// Which printed line each line of an article's OCR text came from. The parser builds an article's OCR body from
// whole page lines (in reading order, headings apart), so a body line is found among the page's lines by its text:
// first inside the article's own slice of the page, then anywhere (after a split, merge or move the body holds
// lines of other slices), preferring the line after the one matched last.
import type { LineBox } from '../model/types';

const squash = (s: string) => s.replace(/\s+/g, '');

/** For each line of `ocrText`, the page line index it came from, or null. */
export function pageLinesOf(ocrText: string, pageText: string, ocrRaw: string): (number | null)[] {
  const pageLines = pageText.split('\n').map(squash);
  const rawStart = pageText.indexOf(ocrRaw);
  const first = rawStart < 0 ? 0 : pageText.slice(0, rawStart).split('\n').length - 1;
  const last = rawStart < 0 ? pageLines.length - 1 : first + ocrRaw.split('\n').length - 1;
  const byText = new Map<string, number[]>();
  pageLines.forEach((t, i) => {
    if (t !== '') byText.set(t, [...(byText.get(t) ?? []), i]);
  });
  const used = new Set<number>();
  let previous = first - 1;
  return ocrText.split('\n').map((line) => {
    const candidates = (byText.get(squash(line)) ?? []).filter((i) => !used.has(i));
    if (candidates.length === 0) return null;
    const score = (i: number) => (i >= first && i <= last ? 0 : 1) * 1e6 + (i > previous ? i - previous : 1e5 + previous - i);
    const best = candidates.reduce((a, b) => (score(b) < score(a) ? b : a));
    used.add(best);
    previous = best;
    return best;
  });
}

/** For each line of `ocrText`, the box of the printed line it came from. */
export function lineBoxesOf(ocrText: string, pageText: string, ocrRaw: string, boxes: readonly (LineBox | null)[]): (LineBox | null)[] {
  return pageLinesOf(ocrText, pageText, ocrRaw).map((i) => (i === null ? null : (boxes[i] ?? null)));
}
