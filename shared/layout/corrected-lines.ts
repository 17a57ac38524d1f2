// The corrected text placed back on the printed lines it came from. An article's OCR text has one line per
// printed line; its cleaned text joins and edits them. The diff between the two maps every OCR offset to a clean
// one, so each printed line gets the stretch of cleaned text between its ends (paragraph joins fall on line ends,
// where the diff deletes the break). Lines outside every article body (headings, furniture) keep the OCR text.
import { diffTexts } from '../diff';
import type { Hunk } from '../diff/types';
import { pageLinesOf } from './article-lines';

/** The clean offset for OCR offset `at`: shifted past the hunks before it, clamped inside a hunk it falls in. */
function cleanOffset(hunks: readonly Hunk[], at: number): number {
  let delta = 0;
  for (const h of hunks) {
    if (at <= h.ocrStart) break;
    if (at < h.ocrEnd) return h.cleanStart + Math.min(at - h.ocrStart, h.cleanEnd - h.cleanStart);
    delta = h.cleanEnd - h.ocrEnd;
  }
  return at + delta;
}

export interface CorrectedArticle {
  ocrText: string;
  ocrRaw: string;
  /** The current cleaned text. */
  text: string;
}

/** Per line of the page text, its corrected text (the OCR line itself where no article body covers it). */
export function correctedLines(pageText: string, articles: readonly CorrectedArticle[]): string[] {
  const out = pageText.split('\n');
  for (const a of articles) {
    const { hunks } = diffTexts(a.ocrText, a.text);
    const lines = a.ocrText.split('\n');
    const at = pageLinesOf(a.ocrText, pageText, a.ocrRaw);
    let start = 0;
    lines.forEach((line, k) => {
      const end = start + line.length;
      const page = at[k];
      // Text inserted at a line break goes to the line after it; after the last line, to the last.
      const cleanEnd = k === lines.length - 1 ? a.text.length : cleanOffset(hunks, end);
      if (page !== null && page !== undefined) out[page] = a.text.slice(cleanOffset(hunks, start), cleanEnd).replace(/\n/g, '');
      start = end + 1;
    });
  }
  return out;
}
