import { hanAround, hasCjkLetter, unitTable } from '../chars';
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
 * spaces and punctuation) is a CJK one (`left`, `right`). Between Latin words, or with no letter around, it
 * stays half-width.
 */
function chinese(left: boolean, right: boolean): boolean {
  return left || right;
}

/** Candidate marks (outside protected spans) and whether a CJK letter is nearest on each side. */
function scan(text: string) {
  const cursor = new SpanCursor(protectedSpans(text));
  const pos: number[] = [];
  for (let i = 0; i < text.length; i++) if (CANDIDATES[text.charCodeAt(i)] === 1 && !cursor.covers(i)) pos.push(i);
  const { left, right } = hanAround(text, pos);
  return { pos, left, right };
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
