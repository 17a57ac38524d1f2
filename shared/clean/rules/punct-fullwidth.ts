import { HAN, NEWLINE, NONE, letterClass, type LetterClass } from '../chars';
import type { CleanRule, RuleEdit } from '../rule';
import { SpanCursor, protectedSpans } from '../spans';

/** Half-width marks OCR puts where the page has full-width ones (GB/T 15834-2011 uses the full-width forms). */
const FULL: Record<string, string> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '!': '！',
  '?': '？',
  '(': '（',
  ')': '）',
  '~': '～',
};

const OPEN = new Set(['(', '（']);
const CLOSE = new Set([')', '）']);

/**
 * Whether a mark sits in Chinese text: the nearest letter on either side within the line (skipping digits,
 * spaces and punctuation) is a CJK one. Between Latin words, or with no letter around, it stays half-width.
 */
function chinese(left: LetterClass, right: LetterClass): boolean {
  return left === HAN || right === HAN;
}

/**
 * Candidate marks with the nearest letter class on each side, and a running count of Han letters so a bracket
 * pair can ask whether its content is Chinese. Two linear passes.
 */
function scan(text: string, spans: number[]) {
  const pos: number[] = [];
  const left: LetterClass[] = [];
  const hanBefore: number[] = [];
  const lineNo: number[] = [];
  const cursor = new SpanCursor(spans);
  let last: LetterClass = NONE;
  let han = 0;
  let line = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) {
      last = NONE;
      line++;
      continue;
    }
    const cls = letterClass(c);
    if (cls !== NONE) {
      last = cls;
      if (cls === HAN) han++;
      continue;
    }
    if ((text[i] in FULL || text[i] === '（' || text[i] === '）') && !cursor.covers(i)) {
      pos.push(i);
      left.push(last);
      hanBefore.push(han);
      lineNo.push(line);
    }
  }
  const right: LetterClass[] = new Array<LetterClass>(pos.length);
  let next: LetterClass = NONE;
  let k = pos.length - 1;
  for (let i = text.length - 1; i >= 0 && k >= 0; i--) {
    if (i === pos[k]) {
      right[k] = next;
      k--;
    }
    const c = text.charCodeAt(i);
    if (c === NEWLINE) next = NONE;
    else {
      const cls = letterClass(c);
      if (cls !== NONE) next = cls;
    }
  }
  return { pos, left, right, hanBefore, lineNo };
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
    const { pos, left, right, hanBefore, lineNo } = scan(text, protectedSpans(text));
    const convert = new Array<boolean>(pos.length).fill(false);
    // Brackets convert as a pair: Chinese content or Chinese on either side makes both full-width.
    const stack: number[] = [];
    let line = 0;
    for (let k = 0; k < pos.length; k++) {
      const ch = text[pos[k]];
      if (lineNo[k] !== line) {
        for (const o of stack) convert[o] = chinese(left[o], right[o]);
        stack.length = 0;
        line = lineNo[k];
      }
      if (OPEN.has(ch)) stack.push(k);
      else if (CLOSE.has(ch)) {
        const o = stack.pop();
        if (o === undefined) convert[k] = chinese(left[k], right[k]);
        else {
          const content = hanBefore[k] > hanBefore[o];
          convert[o] = convert[k] = content || chinese(left[o], right[k]);
        }
      } else convert[k] = chinese(left[k], right[k]);
    }
    for (const o of stack) convert[o] = chinese(left[o], right[o]);

    const edits: RuleEdit[] = [];
    for (let k = 0; k < pos.length; k++) {
      const full = FULL[text[pos[k]]];
      if (convert[k] && full !== undefined) edits.push({ start: pos[k], end: pos[k] + 1, after: full });
    }
    return edits;
  },
};
