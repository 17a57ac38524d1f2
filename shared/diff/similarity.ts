// Cheap paragraph similarity for alignment: the characters two texts share as multisets. It bounds their
// longest common subsequence from above and needs one pass over each text, so aligning paragraphs costs far
// less than diffing them. On the sample pages a cleaned paragraph scores >= 0.8 against its OCR line and two
// unrelated paragraphs score < 0.4, so one threshold in between separates them.

/** Minimum similarity, 2·common / (|a| + |b|), for two paragraph runs to be aligned with each other. */
export const MIN_SIMILARITY = 0.5;

// One count per UTF-16 code unit; always all-zero between calls.
const counts = new Int32Array(0x10000);

/** Whether texts of these lengths with this many shared characters are similar enough to align. */
export function similarEnough(common: number, lengthA: number, lengthB: number): boolean {
  const total = lengthA + lengthB;
  return total === 0 || 2 * common >= MIN_SIMILARITY * total;
}

/** Whether two texts of these lengths could be similar enough at all (their common part is at most the shorter). */
export function lengthsCompatible(lengthA: number, lengthB: number): boolean {
  return similarEnough(Math.min(lengthA, lengthB), lengthA, lengthB);
}

/**
 * Shared characters between `anchor` and the growing union of lines[first], lines[first + step], … (at most
 * `max` lines, within bounds): result[k] is the count for the first k+1 lines. Stops early (shorter result) once
 * the union is too long to be similar to the anchor.
 */
export function commonGrowing(anchor: string, lines: readonly string[], first: number, step: 1 | -1, max: number): number[] {
  for (let i = 0; i < anchor.length; i++) counts[anchor.charCodeAt(i)]++;
  const result: number[] = [];
  let common = 0;
  let length = 0;
  for (let n = 0, at = first; n < max && at >= 0 && at < lines.length; n++, at += step) {
    const part = lines[at];
    length += part.length;
    if (length > anchor.length && !lengthsCompatible(anchor.length, length)) break;
    for (let i = 0; i < part.length; i++) {
      const c = part.charCodeAt(i);
      if (counts[c] > 0) {
        counts[c]--;
        common++;
      }
    }
    result.push(common);
  }
  for (let i = 0; i < anchor.length; i++) counts[anchor.charCodeAt(i)] = 0;
  return result;
}

/** Characters two texts share as multisets. */
export function commonChars(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i)]++;
  let common = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    if (counts[c] > 0) {
      counts[c]--;
      common++;
    }
  }
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i)] = 0;
  return common;
}

/** Whether two paragraphs are similar enough to be the same paragraph before and after editing. */
export function similarParagraphs(a: string, b: string): boolean {
  if (a === b) return true;
  if (!lengthsCompatible(a.length, b.length)) return false;
  return similarEnough(commonChars(a, b), a.length, b.length);
}
