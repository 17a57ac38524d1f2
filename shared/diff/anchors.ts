// Anchors for the character diff inside aligned paragraphs. Myers' diff (jsdiff) costs about D² steps for D
// changes, and a cleaned paragraph differs from its OCR line at every comma; cutting the pair at words that
// occur once on each side (patience diff's anchors), again inside each piece, leaves pieces with one or two
// changes each. Words are the runs between punctuation: in Chinese text, phrases.

/** A stretch equal on both sides: x[xStart, xStart+length) === y[yStart, yStart+length). */
export interface Anchor {
  xStart: number;
  yStart: number;
  length: number;
}

/** Whether a UTF-16 unit separates words: whitespace, ASCII and CJK punctuation, general punctuation. */
function isSeparator(c: number): boolean {
  if (c < 0x80) return !((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a));
  return (
    (c >= 0x2000 && c <= 0x206f) || // general punctuation: “” ‘’ — … and spaces
    (c >= 0x3000 && c <= 0x303f) || // CJK symbols and punctuation: 、。《》「」
    (c >= 0xff00 && c <= 0xff0f) || // full-width ！＂＃…／
    (c >= 0xff1a && c <= 0xff20) || // ：；＜＝＞？＠
    (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65) ||
    c === 0xa0 ||
    c === 0xb7
  );
}

/** Each word (run of two or more non-separators) occurring exactly once in `text`, with its offset. */
function uniqueWords(text: string): Map<string, number> {
  const seen = new Map<string, number>();
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSeparator(text.charCodeAt(i))) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && i - start >= 2) {
      const word = text.slice(start, i);
      seen.set(word, seen.has(word) ? -1 : start);
    }
    start = -1;
  }
  return seen;
}

/** Indices of a longest strictly increasing subsequence of `values` (patience sorting). */
function longestIncreasing(values: readonly number[]): number[] {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (values[tails[mid]] < values[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const out: number[] = [];
  for (let i = tails.length > 0 ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]) out.push(i);
  return out.reverse();
}

/** Stretches unique on both sides, in the same order on both, not overlapping. */
function anchorsFrom(inX: Map<string, number>, inY: Map<string, number>): Anchor[] {
  const candidates: Anchor[] = [];
  for (const [token, xStart] of inX) {
    const yStart = inY.get(token);
    if (xStart >= 0 && yStart !== undefined && yStart >= 0) candidates.push({ xStart, yStart, length: token.length });
  }
  candidates.sort((a, b) => a.xStart - b.xStart);
  const anchors: Anchor[] = [];
  for (const i of longestIncreasing(candidates.map((a) => a.yStart))) {
    const a = candidates[i];
    const last = anchors.at(-1);
    if (!last || (a.xStart >= last.xStart + last.length && a.yStart >= last.yStart + last.length)) anchors.push(a);
  }
  return anchors;
}

/** Words unique on both sides, in the same order on both, as non-overlapping anchors. */
export function uniqueAnchors(x: string, y: string): Anchor[] {
  return anchorsFrom(uniqueWords(x), uniqueWords(y));
}

/** Length of the character n-grams used where words give no anchors. */
const GRAM = 3;

/** Each n-gram occurring exactly once in `text`, with its offset (n-grams cutting a surrogate pair left out). */
function uniqueGrams(text: string): Map<string, number> {
  const seen = new Map<string, number>();
  for (let i = 0; i + GRAM <= text.length; i++) {
    if (isLowSurrogate(text.charCodeAt(i)) || isHighSurrogate(text.charCodeAt(i + GRAM - 1))) continue;
    const gram = text.slice(i, i + GRAM);
    seen.set(gram, seen.has(gram) ? -1 : i);
  }
  return seen;
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/**
 * Character n-grams unique on both sides, as non-overlapping anchors: for a stretch that words cannot cut,
 * such as a phrase edited in several places.
 */
export function uniqueGramAnchors(x: string, y: string): Anchor[] {
  return anchorsFrom(uniqueGrams(x), uniqueGrams(y));
}
