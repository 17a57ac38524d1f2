// Character error rate as the OCR evaluation literature defines it (and dinglehopper computes it): both texts
// normalised to NFC, characters counted as Unicode grapheme clusters, errors the plain Levenshtein distance
// (insertions, deletions and substitutions, each cost 1) over those clusters, divided by the reference length.

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The grapheme clusters of NFC-normalised text. */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text.normalize('NFC')), (s) => s.segment);
}

/** Full-width forms (U+FF01–FF5E, the ideographic space) folded to their ASCII counterparts. */
export function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/**
 * Levenshtein distance between two sequences. Exact, computed in a diagonal band that doubles until the
 * distance fits in it (Ukkonen): O(n·d) for texts d edits apart, which OCR against its correction is.
 */
export function levenshtein(a: readonly string[], b: readonly string[]): number {
  // Common ends cost nothing and shrink the band's work.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const n = endA - start;
  const m = endB - start;
  if (n === 0 || m === 0) return Math.max(n, m);
  for (let band = Math.max(1, Math.abs(n - m)); ; band *= 2) {
    const d = banded(a, b, start, n, m, band);
    if (d <= band || band >= Math.max(n, m)) return d;
  }
}

/** Levenshtein distance restricted to |i − j| ≤ band; exact when the true distance is ≤ band. */
function banded(a: readonly string[], b: readonly string[], offset: number, n: number, m: number, band: number): number {
  const INF = n + m + 1;
  let prev = new Int32Array(m + 1).fill(INF);
  let row = new Int32Array(m + 1).fill(INF);
  for (let j = 0; j <= Math.min(m, band); j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    row.fill(INF);
    const lo = Math.max(0, i - band);
    const hi = Math.min(m, i + band);
    if (lo === 0) row[0] = i;
    const ai = a[offset + i - 1];
    for (let j = Math.max(1, lo); j <= hi; j++) {
      const sub = prev[j - 1] + (ai === b[offset + j - 1] ? 0 : 1);
      row[j] = Math.min(sub, prev[j] + 1, row[j - 1] + 1);
    }
    [prev, row] = [row, prev];
  }
  return prev[m];
}

/** Edit distance in grapheme clusters of the NFC forms of two texts. */
export function editDistance(a: string, b: string): number {
  return levenshtein(graphemes(a), graphemes(b));
}

/** Reference length and edit distance behind a CER, summed over texts to pool a batch. */
export interface CerCounts {
  errors: number;
  length: number;
}

/** Errors and reference length of one hypothesis; `ignoreWidth` folds full-width forms first, so `，` and `,` match. */
export function cerCounts(reference: string, hypothesis: string, options: { ignoreWidth?: boolean } = {}): CerCounts {
  const fold = options.ignoreWidth ? foldWidth : (s: string) => s;
  const ref = graphemes(fold(reference));
  return { errors: levenshtein(graphemes(fold(hypothesis)), ref), length: ref.length };
}

/** Character error rate of `hypothesis` (e.g. OCR) against `reference` (e.g. approved text); Infinity when only the reference is empty. */
export function cer(reference: string, hypothesis: string, options: { ignoreWidth?: boolean } = {}): number {
  const { errors, length } = cerCounts(reference, hypothesis, options);
  if (length === 0) return errors === 0 ? 0 : Infinity;
  return errors / length;
}
