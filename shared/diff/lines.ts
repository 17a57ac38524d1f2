/** A text cut into paragraphs at "\n"; starts[i] is the offset of lines[i]. A text always has at least one line. */
export interface Lines {
  text: string;
  lines: string[];
  starts: number[];
}

export function splitLines(text: string): Lines {
  const lines = text.split('\n');
  const starts = new Array<number>(lines.length);
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    starts[i] = at;
    at += lines[i].length + 1;
  }
  return { text, lines, starts };
}

/** Lines of `text` plus how many leading and trailing lines are unchanged from `prev` (same string objects). */
export interface Relined extends Lines {
  keptFront: number;
  keptBack: number;
}

/**
 * Splits `text` reusing the unchanged lines of `prev` before and after the edited stretch, so that only the
 * edited lines are new strings (to hash and look up). Equals splitLines(text) line for line.
 */
export function reline(prev: Lines, text: string): Relined {
  const old = prev.text;
  const limit = Math.min(old.length, text.length);
  let prefix = 0;
  while (prefix < limit && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < limit - prefix &&
    old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)
  ) {
    suffix++;
  }
  const n = prev.lines.length;
  // A line is kept in front when it and its closing "\n" lie in the common prefix, and kept at the back when
  // it and the "\n" before it lie in the common suffix.
  let front = 0;
  while (front < n && prev.starts[front] + prev.lines[front].length < prefix) front++;
  let back = 0;
  while (back < n - front && prev.starts[n - 1 - back] - 1 >= old.length - suffix) back++;

  const shift = text.length - old.length;
  const from = front > 0 ? prev.starts[front - 1] + prev.lines[front - 1].length + 1 : 0;
  const to = back > 0 ? prev.starts[n - back] - 1 + shift : text.length;
  const middle = text.slice(from, to).split('\n');

  const lines = prev.lines.slice(0, front);
  for (const line of middle) lines.push(line);
  for (let i = n - back; i < n; i++) lines.push(prev.lines[i]);
  const starts = new Array<number>(lines.length);
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    starts[i] = at;
    at += lines[i].length + 1;
  }
  return { text, lines, starts, keptFront: front, keptBack: back };
}
