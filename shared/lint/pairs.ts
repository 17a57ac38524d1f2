// Quotation marks and brackets that should come in pairs within a paragraph.
import { unitTable } from '../clean/chars';
import type { Warning } from '../model/types';
import { warningAt } from './warning';

const QUOTES = new Map([
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['『', '』'],
]);
// Half- and full-width round brackets pair with each other: OCR mixes them.
const BRACKETS = new Map([
  ['（', '）'],
  ['(', ')'],
  ['《', '》'],
  ['〈', '〉'],
  ['【', '】'],
  ['〔', '〕'],
]);
const SAME = new Map([
  [')', '）'],
  ['）', ')'],
]);
/** Every mark above, and line ends: the only characters the scan stops at (a table: most text is neither). */
const MARKS = unitTable('“”‘’「」『』（）()《》〈〉【】〔〕\n');

/** The maps above by code unit, for the scan: opener → its closer, the closers, and the width twins. */
const unit = (mark: string) => mark.charCodeAt(0);
const CLOSER_OF = new Map([...QUOTES, ...BRACKETS].map(([o, c]) => [unit(o), unit(c)]));
const CLOSERS = new Set(CLOSER_OF.values());
const SAME_UNIT = new Map([...SAME].map(([a, b]) => [unit(a), unit(b)]));
const OPEN_QUOTE = unit('“');
const NEWLINE = unit('\n');

const QUOTE_MARKS = new Set([...QUOTES.keys(), ...QUOTES.values()]);

function kind(mark: string): 'quote' | 'bracket' {
  return QUOTE_MARKS.has(mark) ? 'quote' : 'bracket';
}

function unopened(text: string, i: number): Warning {
  const mark = text[i];
  return kind(mark) === 'quote'
    ? warningAt('unbalanced-quote', { zh: `后引号 ${mark} 前面没有对应的前引号`, en: `Closing quote ${mark} without an opening one` }, text, { start: i, end: i + 1 })
    : warningAt('unbalanced-bracket', { zh: `右括号 ${mark} 前面没有对应的左括号`, en: `Closing bracket ${mark} without an opening one` }, text, { start: i, end: i + 1 });
}

function unclosed(text: string, i: number): Warning {
  const mark = text[i];
  return kind(mark) === 'quote'
    ? warningAt('unbalanced-quote', { zh: `前引号 ${mark} 没有对应的后引号`, en: `Opening quote ${mark} is never closed` }, text, { start: i, end: i + 1 })
    : warningAt('unbalanced-bracket', { zh: `左括号 ${mark} 没有对应的右括号`, en: `Opening bracket ${mark} is never closed` }, text, { start: i, end: i + 1 });
}

/** Whether the closer `close` closes the opener `open` (code units). */
function matches(open: number, close: number): boolean {
  const expected = CLOSER_OF.get(open);
  return expected === close || (expected !== undefined && SAME_UNIT.get(expected) === close);
}

/** Closes the nearest opener `ch` matches in `list`; openers skipped on the way were never closed. */
function close(text: string, list: number[], ch: number, warnings: Warning[]): boolean {
  let k = list.length - 1;
  while (k >= 0 && !matches(text.charCodeAt(list[k]), ch)) k--;
  if (k < 0) return false;
  for (let j = k + 1; j < list.length; j++) warnings.push(unclosed(text, list[j]));
  while (list.length > k) list.pop();
  return true;
}

/**
 * At a line's end: what `carry` still holds was never closed; what the line left open is carried to the next
 * line, except a “ that the next line opens again. Returns the new carry.
 */
function endLine(text: string, lineEnd: number, stack: readonly number[], carry: readonly number[], warnings: Warning[]): number[] {
  for (const o of carry) warnings.push(unclosed(text, o));
  const continues = text.charCodeAt(lineEnd + 1) === OPEN_QUOTE;
  return stack.filter((o) => !(continues && text.charCodeAt(o) === OPEN_QUOTE));
}

/**
 * Unbalanced quotes and brackets, per paragraph. Two allowances keep line structure from raising false alarms:
 * a quotation that runs on into a paragraph opening with “ again (the Chinese convention for multi-paragraph
 * quotes), and a mark left open at a line's end that the next line closes (a column break nobody joined: a
 * break, not a missing mark).
 */
export function lintPairs(text: string): Warning[] {
  const warnings: Warning[] = [];
  let stack: number[] = [];
  let carry: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (MARKS[ch] === 0) continue;
    if (ch === NEWLINE) {
      carry = endLine(text, i, stack, carry, warnings);
      stack = [];
    } else if (CLOSER_OF.has(ch)) stack.push(i);
    else if (CLOSERS.has(ch) && !close(text, stack, ch, warnings) && !close(text, carry, ch, warnings)) {
      warnings.push(unopened(text, i));
    }
  }
  carry = endLine(text, text.length, stack, carry, warnings);
  for (const o of carry) warnings.push(unclosed(text, o));
  return warnings.sort((a, b) => (a.range?.start ?? 0) - (b.range?.start ?? 0));
}
