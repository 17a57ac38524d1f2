import { HAN, NEWLINE, NONE, letterClass, unitTable, type LetterClass } from '../chars';
import type { CleanRule, RuleEdit } from '../rule';
import { SpanCursor, protectedSpans } from '../spans';

/** Half-width marks OCR puts where the page has full-width ones (GB/T 15834-2011 uses the full-width forms). */
const FULL_FORMS: Readonly<Record<string, string>> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？', '(': '（', ')': '）', '~': '～' };
/** The same by ASCII code unit ('' for none), so the scan reads code units instead of one-character strings. */
const FULL = Array.from({ length: 0x80 }, (_, c) => FULL_FORMS[String.fromCharCode(c)] ?? '');

const FULL_OPEN = 0xff08;
const FULL_CLOSE = 0xff09;

/** The marks above and the full-width brackets, which pair with half-width ones. */
const CANDIDATES = unitTable(`${Object.keys(FULL_FORMS).join('')}（）`);

const isOpen = (c: number) => c === 0x28 || c === FULL_OPEN;
const isClose = (c: number) => c === 0x29 || c === FULL_CLOSE;

/**
 * Whether a mark sits in Chinese text: the nearest letter on either side within the line (skipping digits,
 * spaces and punctuation) is a CJK one. Between Latin words, or with no letter around, it stays half-width.
 */
function chinese(left: LetterClass, right: LetterClass): boolean {
  return left === HAN || right === HAN;
}

/** The class of the first letter met walking from `from` in `step` direction, stopping at a line end or `stop`. */
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
 * Candidate marks (outside protected spans) with the nearest letter class on each side. Each walk stops at the
 * previous candidate and reuses its answer, so the whole scan stays linear.
 */
function scan(text: string) {
  const cursor = new SpanCursor(protectedSpans(text));
  const pos: number[] = [];
  for (let i = 0; i < text.length; i++) if (CANDIDATES[text.charCodeAt(i)] === 1 && !cursor.covers(i)) pos.push(i);
  const left: LetterClass[] = new Array<LetterClass>(pos.length);
  const right: LetterClass[] = new Array<LetterClass>(pos.length);
  for (let k = 0; k < pos.length; k++) {
    const found = nearestLetter(text, pos[k] - 1, -1, k > 0 ? pos[k - 1] : -1);
    left[k] = found === -1 ? left[k - 1] : found;
  }
  for (let k = pos.length - 1; k >= 0; k--) {
    const found = nearestLetter(text, pos[k] + 1, 1, k < pos.length - 1 ? pos[k + 1] : -1);
    right[k] = found === -1 ? right[k + 1] : found;
  }
  return { pos, left, right };
}

function hasCjkLetter(text: string, start: number, end: number): boolean {
  for (let j = start; j < end; j++) if (letterClass(text.charCodeAt(j)) === HAN) return true;
  return false;
}

export const punctFullwidth: CleanRule = {
  id: 'punct-fullwidth',
  label: { zh: '标点全角', en: 'Full-width punctuation' },
  reason: {
    zh: '中文语境中的半角标点改为全角（GB/T 15834-2011）',
    en: 'Half-width punctuation in Chinese text made full-width (GB/T 15834-2011)',
  },
  apply(text) {
    if (!/[,:;!?()~]/.test(text)) return [];
    const { pos, left, right } = scan(text);
    const convert = new Array<boolean>(pos.length).fill(false);
    // Brackets convert as a pair: Chinese content or Chinese on either side makes both full-width.
    const stack: number[] = [];
    let lineEnd = -1;
    for (let k = 0; k < pos.length; k++) {
      const ch = text.charCodeAt(pos[k]);
      if (pos[k] > lineEnd) {
        for (const o of stack) convert[o] = chinese(left[o], right[o]);
        stack.length = 0;
        lineEnd = text.indexOf('\n', pos[k]);
        if (lineEnd < 0) lineEnd = text.length;
      }
      if (isOpen(ch)) stack.push(k);
      else if (isClose(ch)) {
        const o = stack.pop();
        if (o === undefined) convert[k] = chinese(left[k], right[k]);
        else {
          const content = hasCjkLetter(text, pos[o] + 1, pos[k]);
          convert[o] = convert[k] = content || chinese(left[o], right[k]);
        }
      } else convert[k] = chinese(left[k], right[k]);
    }
    for (const o of stack) convert[o] = chinese(left[o], right[o]);

    const edits: RuleEdit[] = [];
    for (let k = 0; k < pos.length; k++) {
      const c = text.charCodeAt(pos[k]);
      if (convert[k] && c < 0x80) edits.push({ start: pos[k], end: pos[k] + 1, after: FULL[c] });
    }
    return edits;
  },
};
