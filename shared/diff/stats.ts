import { diffTexts } from './differ';
import type { ChangeCounts, TextDiff } from './types';

/** Characters (code points) in text[start, end): a surrogate pair counts once. */
function charCount(text: string, start = 0, end = text.length): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff || i === start || !isHighSurrogate(text.charCodeAt(i - 1))) n++;
  }
  return n;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/**
 * Inserted, deleted and substituted characters of a diff (paragraph breaks count as characters). Touching text
 * hunks — a paragraph deleted right where another is inserted — count together, as one replacement.
 */
export function countDiff(diff: TextDiff): ChangeCounts {
  const counts: ChangeCounts = { inserted: 0, deleted: 0, substituted: 0 };
  let removed = 0;
  let added = 0;
  const settle = () => {
    const both = Math.min(removed, added);
    counts.substituted += both;
    counts.deleted += removed - both;
    counts.inserted += added - both;
    removed = 0;
    added = 0;
  };
  diff.hunks.forEach((h, i) => {
    const previous = i > 0 ? diff.hunks[i - 1] : null;
    const touching = previous && !previous.linebreak && !h.linebreak && previous.ocrEnd === h.ocrStart && previous.cleanEnd === h.cleanStart;
    if (!touching) settle();
    removed += charCount(diff.ocr, h.ocrStart, h.ocrEnd);
    added += charCount(diff.clean, h.cleanStart, h.cleanEnd);
  });
  settle();
  return counts;
}

/** Characters the cleaned text inserts, deletes and substitutes relative to the OCR text. */
export function countChanges(ocr: string, clean: string): ChangeCounts {
  return countDiff(diffTexts(ocr, clean));
}
