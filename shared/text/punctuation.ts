// Punctuation classes and bracket balance for OCR'd Chinese lines. OCR turns ，（）：；！？ into ASCII, so every
// class below accepts both widths.

/** Marks after which a sentence is over. */
const FINAL = new Set(['。', '．', '.', '！', '!', '？', '?', '…', '；', ';', '：', ':']);

/** Closing quotes/brackets that may follow a final mark ("…对症。”"). */
const TRAILING_CLOSERS = new Set(['”', '’', '）', ')', '》', '」', '』', '】', '〕', ']', '"', "'"]);

/** Marks that cannot end a sentence: the text must go on. */
const CONTINUATION = new Set(['，', ',', '、', '“', '‘', '（', '(', '《', '〈', '【', '「', '『', '〔', '[', '—', '－', '·']);

/** Marks that cannot start a sentence: a line starting with one continues the previous line. */
const CLOSING_START = new Set(['，', ',', '、', '。', '；', ';', '：', ':', '！', '!', '？', '?', '”', '’', '）', ')', '》', '」', '』', '】', '〕', ']']);

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

/** Where the line's content lies: [start, end) without surrounding whitespace. */
export function contentBounds(line: string): [number, number] {
  // A loop, not /\s+$/: that regex is quadratic on long inner runs of spaces.
  let start = 0;
  let end = line.length;
  while (start < end && isSpaceCode(line.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(line.charCodeAt(end - 1))) end--;
  return [start, end];
}

/** The line without surrounding whitespace (ASCII, ideographic and no-break spaces). */
export function trimLine(line: string): string {
  const [start, end] = contentBounds(line);
  return start === 0 && end === line.length ? line : line.slice(start, end);
}

/** Number of visible characters: whitespace is not counted; a character outside the BMP counts once. */
export function visibleLength(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff) && !isSpaceCode(c)) n++;
  }
  return n;
}

/** The last character of the line, skipping trailing closing quotes/brackets and spaces. */
function lastMeaningful(line: string): string {
  let i = line.length - 1;
  while (i >= 0 && (TRAILING_CLOSERS.has(line[i]) || isSpace(line[i]))) i--;
  return i >= 0 ? line[i] : '';
}

/** True when the line ends a sentence: 。！？…；： possibly followed by closing quotes/brackets. */
export function endsWithFinalPunct(line: string): boolean {
  return FINAL.has(lastMeaningful(line));
}

/** True when the line's very last mark says the text goes on: ，、“（《 and the like. */
export function endsWithContinuationMark(line: string): boolean {
  const t = line.trimEnd();
  return t.length > 0 && CONTINUATION.has(t[t.length - 1]);
}

/** True when the line starts with a mark that cannot open a sentence (，。、”）…). */
export function startsWithClosingMark(line: string): boolean {
  const t = line.trimStart();
  return t.length > 0 && CLOSING_START.has(t[0]);
}

/** True when some quote or bracket is opened more often than it is closed in the line. */
export function hasUnclosedBracket(line: string): boolean {
  const depth = new Array<number>(PAIRS.length).fill(0);
  for (let i = 0; i < line.length; i++) {
    const b = BRACKET[line.charCodeAt(i)];
    if (b > 0) depth[b - 1]++;
    else if (b < 0 && depth[-b - 1] > 0) depth[-b - 1]--;
  }
  return depth.some((d) => d > 0);
}

/** True when every quote and bracket in the line is closed and none is closed without being opened. */
export function isBalanced(line: string): boolean {
  const depth = new Array<number>(PAIRS.length).fill(0);
  for (let i = 0; i < line.length; i++) {
    const b = BRACKET[line.charCodeAt(i)];
    if (b > 0) depth[b - 1]++;
    else if (b < 0 && --depth[-b - 1] < 0) return false;
  }
  return depth.every((d) => d === 0);
}

/** True when a sentence-final mark (。！？) occurs before the line's end. */
export function hasInnerSentenceEnd(line: string): boolean {
  const t = line.trimEnd();
  for (let i = 0; i < t.length - 1; i++) {
    const ch = t[i];
    if (ch === '。' || ch === '！' || ch === '？' || ch === '!' || ch === '?') {
      // "!”" at the end still counts as the end of the line.
      let j = i + 1;
      while (j < t.length && (TRAILING_CLOSERS.has(t[j]) || isSpace(t[j]))) j++;
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
  return /^[A-Za-z0-9]$/.test(ch);
}
