// List items: `1.杭州锅炉…;`, `- 2.…`, `(一)…`, `①…`, `• …`.
import * as marks from './punctuation';

// Bound once at load: under the tsx loader (CLI, benchmarks) every call through an import costs two getter calls.
const { trimLine } = marks;

/** Bullet glyphs may touch their text; a hyphen or asterisk needs a space after it (else it is a dash or minus). */
const BULLET = /^(?:[•·●○■□◆◇▪►]\s*|[-–*]\s+)[^\s，,、。；;：:！!？?）)”’]/;
const ORDINAL = /^(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.．、](?!\d)/;
const PAREN_ORDINAL = /^[（(](?:\d{1,3}|[一二三四五六七八九十]{1,3})[）)]/;
const CIRCLED = /^[\u2460-\u2473]/;
/** Any of the four, in one pass over the line's start. */
const ITEM = new RegExp([BULLET, ORDINAL, PAREN_ORDINAL, CIRCLED].map((r) => r.source).join('|'));

/** True when the line is an item of a bulleted or numbered list. */
export function isListItem(line: string): boolean {
  const t = trimLine(line);
  // "——编者" starts with dashes but is a signature, not a bullet.
  if (t.startsWith('——') || t.startsWith('--')) return false;
  return ITEM.test(t);
}
