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

/**
 * A copy of `line` that does not keep the text it was cut from alive. Engines may represent a slice as a view
 * of its parent; kept lines outlive many versions of a long text, each of which would stay in memory.
 */
function detached(line: string): string {
  return (line + ' ').slice(0, -1);
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
  const { text: before, lines: old, starts } = prev;
  const n = old.length;
  // A line is kept in front when the new text starts with it and every line before it, each closed by "\n";
  // that holds for the first k lines or not at all, so k is found by binary search over whole prefixes (the
  // engine compares long strings natively, much faster than a loop over characters or lines).
  const prefixOf = (k: number) => starts[k - 1] + old[k - 1].length + 1;
  let front = 0;
  for (let hi = n; front < hi; ) {
    const k = (front + hi + 1) >> 1;
    const end = prefixOf(k);
    if (end <= text.length && text.slice(0, end) === before.slice(0, end)) front = k;
    else hi = k - 1;
  }
  const from = front > 0 ? prefixOf(front) : 0;
  // Kept at the back likewise: the last k lines, each opened by "\n" (so never the first line), outside the
  // front part.
  const suffixOf = (k: number) => before.length - (starts[n - k] - 1);
  let back = 0;
  for (let hi = n - Math.max(front, 1); back < hi; ) {
    const k = (back + hi + 1) >> 1;
    const length = suffixOf(k);
    if (text.length - length >= from && text.slice(text.length - length) === before.slice(before.length - length)) back = k;
    else hi = k - 1;
  }
  const to = back > 0 ? text.length - suffixOf(back) : text.length;

  const lines = old.slice(0, front);
  for (const line of text.slice(from, to).split('\n')) lines.push(detached(line));
  for (let i = n - back; i < n; i++) lines.push(old[i]);
  const lineStarts = new Array<number>(lines.length);
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    lineStarts[i] = at;
    at += lines[i].length + 1;
  }
  return { text, lines, starts: lineStarts, keptFront: front, keptBack: back };
}
