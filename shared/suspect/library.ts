// Evidence from the library itself: what a paper prints and what its proofreaders corrected.
import type { ConfusionCounts, PaperEvidence } from './evidence';

/** Character n-grams this long are counted from a paper's approved text. */
const MIN_GRAM = 2;
const MAX_GRAM = 4;

function isHan(c: string): boolean {
  return /\p{Script=Han}/u.test(c);
}

/** PaperEvidence over the given approved texts and names (a name counts once per mention). */
export function paperEvidence(texts: Iterable<string>, names: Iterable<string> = []): PaperEvidence {
  const counts = new Map<string, number>();
  const add = (text: string) => {
    const chars = Array.from(text);
    for (let i = 0; i < chars.length; i++) {
      if (!isHan(chars[i])) continue;
      let gram = chars[i];
      for (let n = 2; n <= MAX_GRAM && i + n <= chars.length; n++) {
        const c = chars[i + n - 1];
        if (!isHan(c)) break;
        gram += c;
        if (n >= MIN_GRAM) counts.set(gram, (counts.get(gram) ?? 0) + 1);
      }
    }
  };
  for (const t of texts) add(t);
  for (const n of names) add(n);
  return { count: (ngram) => counts.get(ngram) ?? 0 };
}

/** One recorded hand correction. */
export interface Correction {
  ocr: string;
  truth: string;
  /** How many times it was made (default 1). */
  count?: number;
}

/** ConfusionCounts from recorded corrections (the same pair recorded twice adds up). */
export function confusionCounts(corrections: Iterable<Correction>): ConfusionCounts {
  const byOcr = new Map<string, Map<string, number>>();
  for (const c of corrections) {
    if (!c.ocr || c.ocr === c.truth) continue;
    const m = byOcr.get(c.ocr) ?? new Map<string, number>();
    m.set(c.truth, (m.get(c.truth) ?? 0) + (c.count ?? 1));
    byOcr.set(c.ocr, m);
  }
  const sorted = new Map<string, { truth: string; count: number }[]>();
  for (const [ocr, m] of byOcr) sorted.set(ocr, [...m].map(([truth, count]) => ({ truth, count })).sort((a, b) => b.count - a.count));
  return { corrections: (ocr) => sorted.get(ocr) ?? [] };
}
