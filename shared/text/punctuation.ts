// Punctuation classes and bracket balance for OCR'd Chinese lines. OCR turns ，（）：；！？ into ASCII, so every
// class below accepts both widths.

/** The code units of single-unit marks, so lines are read by code unit rather than one-character strings. */
function codes(marks: readonly string[]): ReadonlySet<number> {
  return new Set(marks.map((m) => m.charCodeAt(0)));
}

/** Marks after which a sentence is over. */
const FINAL = codes(['。', '．', '.', '！', '!', '？', '?', '…', '；', ';', '：', ':']);

/** Closing quotes/brackets that may follow a final mark ("…对症。”"). */
const TRAILING_CLOSERS = codes(['”', '’', '）', ')', '》', '」', '』', '】', '〕', ']', '"', "'"]);

/** Marks that cannot end a sentence: the text must go on. */
const CONTINUATION = codes(['，', ',', '、', '“', '‘', '（', '(', '《', '〈', '【', '「', '『', '〔', '[', '—', '－', '·']);

/** Marks that cannot start a sentence: a line starting with one continues the previous line. */
const CLOSING_START = codes(['，', ',', '、', '。', '；', ';', '：', ':', '！', '!', '？', '?', '”', '’', '）', ')', '》', '」', '』', '】', '〕', ']']);

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'],
  ['‘', '’'],
  ['(', ')'],
  ['（', '）'],
  ['《', '》'],
  ['〈', '〉'],
  ['【', '】'],
  ['「', '」'],
  ['『', '』'],
  ['〔', '〕'],
  ['[', ']'],
];
/** Per UTF-16 unit: pair index + 1 for an opening mark, -(pair index + 1) for a closing one, 0 otherwise. */
const BRACKET = new Int8Array(0x10000);
PAIRS.forEach(([open, close], i) => {
  BRACKET[open.charCodeAt(0)] = i + 1;
  BRACKET[close.charCodeAt(0)] = -(i + 1);
});

/** True for a whitespace code unit, including the ideographic space and a stray BOM. */
function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0 || (c > 0x3000 && c !== 0xfeff)) return false;
  return (
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0xfeff ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f
  );
}

/** True for whitespace, including the ideographic space and a stray BOM. */
export function isSpace(ch: string): boolean {
  return ch.length > 0 && isSpaceCode(ch.charCodeAt(0));
}

/**
 * Where the line's content lies: [start, end) without surrounding whitespace. `from` and `to` bound a line
 * inside a longer text (offsets stay the text's).
 */
export function contentBounds(line: string, from = 0, to = line.length): [number, number] {
  // A loop, not /\s+$/: that regex is quadratic on long inner runs of spaces.
  let start = from;
  let end = to;
  while (start < end && isSpaceCode(line.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(line.charCodeAt(end - 1))) end--;
  return [start, end];
}

/** The line without surrounding whitespace (ASCII, ideographic and no-break spaces). */
export function trimLine(line: string): string {
  // Most lines come trimmed already: check the two ends before building bounds.
  const n = line.length;
  if (n === 0 || (!isSpaceCode(line.charCodeAt(0)) && !isSpaceCode(line.charCodeAt(n - 1)))) return line;
  const [start, end] = contentBounds(line);
  return line.slice(start, end);
}

function isVisibleCode(c: number): boolean {
  return !(c >= 0xdc00 && c <= 0xdfff) && !isSpaceCode(c);
}

/** Number of visible characters: whitespace is not counted; a character outside the BMP counts once. */
export function visibleLength(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) if (isVisibleCode(line.charCodeAt(i))) n++;
  return n;
}

/** visibleLength(line) > max, counting no further than needed: long prose lines fail length limits early. */
export function isVisiblyLonger(line: string, max: number): boolean {
  if (line.length <= max) return false;
  let n = 0;
  for (let i = 0; i < line.length; i++) if (isVisibleCode(line.charCodeAt(i)) && ++n > max) return true;
  return false;
}

/** The code unit of the last character of the line, skipping trailing closing quotes/brackets and spaces; -1 for none. */
function lastMeaningful(line: string): number {
  let i = line.length - 1;
  while (i >= 0 && (TRAILING_CLOSERS.has(line.charCodeAt(i)) || isSpaceCode(line.charCodeAt(i)))) i--;
  return i >= 0 ? line.charCodeAt(i) : -1;
}

/** True when the line ends a sentence: 。！？…；： possibly followed by closing quotes/brackets. */
export function endsWithFinalPunct(line: string): boolean {
  return FINAL.has(lastMeaningful(line));
}

/** True when the line's very last mark says the text goes on: ，、“（《 and the like. */
export function endsWithContinuationMark(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && isSpaceCode(line.charCodeAt(i))) i--;
  return i >= 0 && CONTINUATION.has(line.charCodeAt(i));
}

/** True when the line starts with a mark that cannot open a sentence (，。、”）…). */
export function startsWithClosingMark(line: string): boolean {
  let i = 0;
  while (i < line.length && isSpaceCode(line.charCodeAt(i))) i++;
  return i < line.length && CLOSING_START.has(line.charCodeAt(i));
}

/** Bracket depths per pair, reused by the scans below (they never call each other). */
const depth = new Int32Array(PAIRS.length);

/** True when some quote or bracket is opened more often than it is closed in the line. */
export function hasUnclosedBracket(line: string): boolean {
  depth.fill(0);
  for (let i = 0; i < line.length; i++) {
    const b = BRACKET[line.charCodeAt(i)];
    if (b > 0) depth[b - 1]++;
    else if (b < 0 && depth[-b - 1] > 0) depth[-b - 1]--;
  }
  for (let k = 0; k < depth.length; k++) if (depth[k] > 0) return true;
  return false;
}

/** True when every quote and bracket in the line is closed and none is closed without being opened. */
export function isBalanced(line: string): boolean {
  depth.fill(0);
  for (let i = 0; i < line.length; i++) {
    const b = BRACKET[line.charCodeAt(i)];
    if (b > 0) depth[b - 1]++;
    else if (b < 0 && --depth[-b - 1] < 0) return false;
  }
  for (let k = 0; k < depth.length; k++) if (depth[k] !== 0) return false;
  return true;
}

/** True when a sentence-final mark (。！？) occurs before the line's end. */
export function hasInnerSentenceEnd(line: string): boolean {
  const t = line.trimEnd();
  for (let i = 0; i < t.length - 1; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f) {
      // "!”" at the end still counts as the end of the line.
      let j = i + 1;
      while (j < t.length && (TRAILING_CLOSERS.has(t.charCodeAt(j)) || isSpaceCode(t.charCodeAt(j)))) j++;
      if (j < t.length) return true;
    }
  }
  return false;
}

/** Number of clause commas (，,) in the line. */
export function countCommas(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0xff0c || c === 0x2c) n++;
  }
  return n;
}

/** True for a Han ideograph. */
export function isHan(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x20000 && c <= 0x2ebef);
}

/** True when the text holds at least one Han ideograph (BMP ranges; enough to tell Chinese from Latin). */
export function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xd840 && c <= 0xd87a)) return true;
  }
  return false;
}

/** True for an ASCII letter or digit. */
export function isAsciiAlnum(ch: string): boolean {
  if (ch.length !== 1) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
