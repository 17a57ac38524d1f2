// Stretches of text where ASCII punctuation is right as it is: web addresses, e-mail addresses, digit groups.
import { isDigit } from './chars';
import { eachMatch } from './matches';

// Characters RFC 3986 allows in a URL; full-width text ends it.
const URL_RE = /(?:https?:\/\/|ftp:\/\/|www\.)[A-Za-z0-9\-._~/?#[\]@!$&'()*+,;=%:]+/gi;
const URL_HINT_RE = /www\.|:\/\//i;
const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
/** A thousands-grouped number (1,000 / 12,345,678). */
const GROUPED_RE = /(?<!\d)\d{1,3}(?:,\d{3})+(?!\d)/g;

/** A URL ends before trailing sentence punctuation, and before a ')' it did not open (as linkifiers do). */
function urlEnd(text: string, start: number, end: number): number {
  let e = end;
  for (;;) {
    const ch = text[e - 1];
    if ('.,;:!?\'"'.includes(ch)) {
      e--;
      continue;
    }
    if (ch === ')') {
      const s = text.slice(start, e);
      if (s.split(')').length > s.split('(').length) {
        e--;
        continue;
      }
    }
    return e;
  }
}

function spansOf(text: string, withNumbers: boolean): number[] {
  const spans: [number, number][] = [];
  // Cheap guards first: most paragraphs hold no address and no digit group.
  if (URL_HINT_RE.test(text)) {
    eachMatch(URL_RE, text, (m) => spans.push([m.index, urlEnd(text, m.index, m.index + m[0].length)]));
  }
  if (text.includes('@')) eachMatch(EMAIL_RE, text, (m) => spans.push([m.index, m.index + m[0].length]));
  if (withNumbers && text.includes(',')) {
    eachMatch(GROUPED_RE, text, (m) => spans.push([m.index, m.index + m[0].length]));
  }
  if (withNumbers) {
    // A colon between digits: a time (8:30) or a ratio (1:2), the editor's call either way. Found by indexOf:
    // a regex opening with a look-behind tries every position of the text.
    for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
      if (isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) spans.push([i, i + 1]);
    }
  }
  spans.sort((x, y) => x[0] - y[0]);
  const flat: number[] = [];
  for (const [s, e] of spans) {
    const n = flat.length;
    if (n > 0 && s <= flat[n - 1]) flat[n - 1] = Math.max(flat[n - 1], e);
    else flat.push(s, e);
  }
  return flat;
}

/** Sorted, merged [start, end) pairs (flattened) of text that punctuation rules leave alone. */
export function protectedSpans(text: string): number[] {
  return spansOf(text, true);
}

/** URL and e-mail spans only, for rules that look at Latin words. */
export function addressSpans(text: string): number[] {
  return spansOf(text, false);
}

/** Walks a span list forward: call `covers(i)` with non-decreasing i. */
export class SpanCursor {
  private k = 0;
  constructor(private readonly spans: number[]) {}

  covers(i: number): boolean {
    const s = this.spans;
    while (this.k < s.length && s[this.k + 1] <= i) this.k += 2;
    return this.k < s.length && s[this.k] <= i;
  }
}
