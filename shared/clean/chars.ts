// Character classes by UTF-16 code unit, for linear scans without per-character regexes.

/** Class of a code unit as the context rules see it. */
export const NONE = 0;
export const HAN = 1;
export const LATIN = 2;
export type LetterClass = typeof NONE | typeof HAN | typeof LATIN;

/** Han ideographs (BMP blocks, 〇) and the high surrogates of the supplementary ideographic planes. */
export function isHanCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    c === 0x3007 ||
    (c >= 0xd840 && c <= 0xd8bf)
  );
}

/** Whether the character at `i` is a Han ideograph, looking at the high surrogate for a low one. */
export function isHanAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0xdc00 && c <= 0xdfff) return i > 0 && isHanCode(text.charCodeAt(i - 1));
  return isHanCode(c);
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

export function isAsciiLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Latin, Greek and Cyrillic letters: the scripts a Chinese page quotes words from. */
export function isLatinLetter(c: number): boolean {
  return (
    isAsciiLetter(c) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x370 && c <= 0x52f)
  );
}

/** Kana and Hangul count as CJK context too, though no rule changes them. */
function isOtherCjkLetter(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0xac00 && c <= 0xd7af);
}

/** The letter class of a code unit: HAN (CJK letters), LATIN, or NONE for digits, spaces and punctuation. */
export function letterClass(c: number): LetterClass {
  if (c < 0x80) return isAsciiLetter(c) ? LATIN : NONE;
  if (isHanCode(c) || isOtherCjkLetter(c)) return HAN;
  if (isLatinLetter(c)) return LATIN;
  return NONE;
}

/** The class of the first letter met walking from `from` in `step` direction: NONE at a line end, -1 at `stop`. */
function nearestLetter(text: string, from: number, step: 1 | -1, stop: number): LetterClass | -1 {
  for (let j = from; j >= 0 && j < text.length; j += step) {
    if (j === stop) return -1;
    const c = text.charCodeAt(j);
    if (c === NEWLINE) return NONE;
    const cls = letterClass(c);
    if (cls !== NONE) return cls;
  }
  return NONE;
}

/**
 * For sorted positions in a text: whether the nearest letter on the left, and on the right, of each (within its
 * line, skipping digits, spaces and punctuation) is a CJK one. Each walk stops at the neighbouring position and
 * reuses its answer, so the whole scan stays linear.
 */
export function hanAround(text: string, pos: readonly number[]): { left: boolean[]; right: boolean[] } {
  const left = new Array<boolean>(pos.length);
  const right = new Array<boolean>(pos.length);
  for (let k = 0; k < pos.length; k++) {
    const found = nearestLetter(text, pos[k] - 1, -1, k > 0 ? pos[k - 1] : -1);
    left[k] = found === -1 ? left[k - 1] : found === HAN;
  }
  for (let k = pos.length - 1; k >= 0; k--) {
    const found = nearestLetter(text, pos[k] + 1, 1, k < pos.length - 1 ? pos[k + 1] : -1);
    right[k] = found === -1 ? right[k + 1] : found === HAN;
  }
  return { left, right };
}

/** Whether [start, end) of the text holds a CJK letter. */
export function hasCjkLetter(text: string, start: number, end: number): boolean {
  for (let j = start; j < end; j++) if (letterClass(text.charCodeAt(j)) === HAN) return true;
  return false;
}

/** Horizontal white space: ASCII space, tab, no-break space and the ideographic space. */
export function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000;
}

export const NEWLINE = 0x0a;

/** A lookup over every UTF-16 code unit: 1 for the units of `chars` (single-unit characters), else 0. */
export function unitTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}
