// Iterating a global regex's matches without String.prototype.matchAll, which builds a new RegExp per call:
// the rules run on every paragraph and heading of every page, most of them matching nothing.

/**
 * Calls `each` for every match of the global regex `re` in `text`, in order, as `text.matchAll(re)` would. The
 * regex's lastIndex is saved around `each`, so `each` may use the same regex.
 */
export function eachMatch(re: RegExp, text: string, each: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let next = re.lastIndex;
    // An empty match moves on by one character, as matchAll does.
    if (m[0].length === 0) next += re.unicode && isPairAt(text, next) ? 2 : 1;
    each(m);
    re.lastIndex = next;
  }
  re.lastIndex = 0;
}

function isPairAt(text: string, i: number): boolean {
  const hi = text.charCodeAt(i);
  const lo = text.charCodeAt(i + 1);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}
