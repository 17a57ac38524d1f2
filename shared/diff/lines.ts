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
  const old = prev.lines;
  const n = old.length;
  // Slice-and-compare, not startsWith(line, at): V8 compares slices natively and is several times faster.
  // Kept in front: a line found at the same place and still closed by "\n".
  let front = 0;
  let from = 0;
  while (front < n && text.charCodeAt(from + old[front].length) === 10 && text.slice(from, from + old[front].length) === old[front]) {
    from += old[front].length + 1;
    front++;
  }
  // Kept at the back: a line ending where the previous one began, opened by "\n" outside the front part.
  let back = 0;
  let to = text.length;
  while (back < n - front) {
    const line = old[n - 1 - back];
    const start = to - line.length;
    if (start - 1 < from || text.charCodeAt(start - 1) !== 10 || text.slice(start, to) !== line) break;
    to = start - 1;
    back++;
  }
  const lines = old.slice(0, front);
  for (const line of text.slice(from, to).split('\n')) lines.push(detached(line));
  for (let i = n - back; i < n; i++) lines.push(old[i]);
  const starts = new Array<number>(lines.length);
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    starts[i] = at;
    at += lines[i].length + 1;
  }
  return { text, lines, starts, keptFront: front, keptBack: back };
}
