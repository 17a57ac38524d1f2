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
const OPEN_INDEX = new Map(PAIRS.map(([open], i) => [open, i]));
const CLOSE_INDEX = new Map(PAIRS.map(([, close], i) => [close, i]));

const SPACE = /\s/;

/** The line without surrounding whitespace (ASCII, ideographic and no-break spaces). */
export function trimLine(line: string): string {
  return line.replace(/^[\s\u3000\uFEFF]+|[\s\u3000\uFEFF]+$/g, '');
}

/** Number of visible characters: whitespace is not counted. */
export function visibleLength(line: string): number {
  let n = 0;
  for (const ch of line) if (!SPACE.test(ch)) n++;
  return n;
}

/** The last character of the line, skipping trailing closing quotes/brackets and spaces. */
function lastMeaningful(line: string): string {
  let i = line.length - 1;
  while (i >= 0 && (TRAILING_CLOSERS.has(line[i]) || SPACE.test(line[i]))) i--;
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
  for (const ch of line) {
    const open = OPEN_INDEX.get(ch);
    if (open !== undefined) depth[open]++;
    const close = CLOSE_INDEX.get(ch);
    if (close !== undefined && depth[close] > 0) depth[close]--;
  }
  return depth.some((d) => d > 0);
}

/** True when every quote and bracket in the line is closed and none is closed without being opened. */
export function isBalanced(line: string): boolean {
  const depth = new Array<number>(PAIRS.length).fill(0);
  for (const ch of line) {
    const open = OPEN_INDEX.get(ch);
    if (open !== undefined) depth[open]++;
    const close = CLOSE_INDEX.get(ch);
    if (close !== undefined && --depth[close] < 0) return false;
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
      while (j < t.length && (TRAILING_CLOSERS.has(t[j]) || SPACE.test(t[j]))) j++;
      if (j < t.length) return true;
    }
  }
  return false;
}

/** Number of clause commas (，,) in the line. */
export function countCommas(line: string): number {
  let n = 0;
  for (const ch of line) if (ch === '，' || ch === ',') n++;
  return n;
}

/** True for a Han ideograph. */
export function isHan(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x20000 && c <= 0x2ebef);
}

/** True for an ASCII letter or digit. */
export function isAsciiAlnum(ch: string): boolean {
  return /^[A-Za-z0-9]$/.test(ch);
}
