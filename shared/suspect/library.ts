// Evidence from the library itself: what a paper prints and what its proofreaders corrected.
import type { ConfusionCounts, PaperEvidence } from './evidence';
import { markSuspicions } from './marks';

/** Character n-grams this long are counted from a paper's approved text. */
const MIN_GRAM = 2;
const MAX_GRAM = 4;

function isHan(c: string): boolean {
  return /\p{Script=Han}/u.test(c);
}

function countGrams(texts: Iterable<string>, names: Iterable<string>): Map<string, number> {
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
  return counts;
}

const NONE: ReadonlySet<string> = new Set();

/** Each character's neighbours in the counted pairs (the two-character n-grams). */
function neighbourSets(counts: ReadonlyMap<string, number>): PaperEvidence['neighbours'] {
  const after = new Map<string, Set<string>>();
  const before = new Map<string, Set<string>>();
  for (const gram of counts.keys()) {
    if (gram.length !== 2) continue;
    (after.get(gram[0]) ?? after.set(gram[0], new Set()).get(gram[0])!).add(gram[1]);
    (before.get(gram[1]) ?? before.set(gram[1], new Set()).get(gram[1])!).add(gram[0]);
  }
  return (char, side) => (side === 'after' ? after : before).get(char) ?? NONE;
}

/**
 * count(a + b) without building the string: the two-character n-grams' counts keyed by their characters' dense ids
 * (id·2¹⁶ + id), small integers while a paper uses fewer than 16,384 characters, which Maps hash fastest.
 */
function pairLookup(counts: ReadonlyMap<string, number>, offset: number): PaperEvidence['pair'] {
  const ids = new Int32Array(0x10000).fill(-1);
  let next = 0;
  const idOf = (code: number) => (ids[code] < 0 ? (ids[code] = next++) : ids[code]);
  const pairs = new Map<number, number>();
  for (const [gram, n] of counts) if (gram.length === 2) pairs.set(idOf(gram.charCodeAt(0)) * 0x10000 + idOf(gram.charCodeAt(1)), n);
  return (a, b) => {
    if (a.length !== 1 || b.length !== 1) return 0;
    const i = ids[a.charCodeAt(0)];
    const j = ids[b.charCodeAt(0)];
    return i < 0 || j < 0 ? 0 : Math.max(0, (pairs.get(i * 0x10000 + j) ?? 0) - offset);
  };
}

/** An approved n-gram counts as this many dictionary occurrences (the dictionary corpus is far larger). */
export const APPROVED_WEIGHT = 200;
/**
 * An n-gram recurring in the batch being read counts as this many: enough that a name printed on several pages
 * outweighs a lookalike the dictionary barely knows, not enough that a misreading the engine repeats (热阐 twice)
 * outweighs the word the dictionary knows well (热闹 2,436).
 */
export const BATCH_WEIGHT = 10;

/** PaperEvidence over the given approved texts and names (a name counts once per mention). */
export function paperEvidence(texts: Iterable<string>, names: Iterable<string> = []): PaperEvidence {
  const counts = countGrams(texts, names);
  return { count: (ngram) => counts.get(ngram) ?? 0, pair: pairLookup(counts, 0), weight: APPROVED_WEIGHT, label: '本报已校文本', neighbours: neighbourSets(counts) };
}

/**
 * Evidence from the texts being read themselves (a batch, not yet approved): what recurs there is probably
 * printed so (大佳何镇 four times is a place, not four misreadings). Each n-gram counts its occurrences but
 * one, so a misreading is no evidence for itself.
 */
export function batchEvidence(texts: Iterable<string>): PaperEvidence {
  const list = [...texts];
  const counts = countGrams(list, []);
  return {
    count: (ngram) => Math.max(0, (counts.get(ngram) ?? 0) - 1),
    pair: pairLookup(counts, 1),
    weight: BATCH_WEIGHT,
    label: '本批次其他文字',
    unverified: true,
    misreadRate: misreadRate(list),
    neighbours: neighbourSets(counts),
  };
}

/** Misread characters per misread mark on Tesseract pages (about 2 % of characters against 0.4 % of marks by rule). */
const MISREADS_PER_MARK = 5;
/** Marks and characters added to the estimate, so that a short text says little: the default rate of 2 %. */
const PRIOR_MARKS = 2;
const PRIOR_CHARS = 2500;
const MIN_RATE = 0.004;
const MAX_RATE = 0.05;

/**
 * The share of characters the OCR engine misread, estimated from the marks it visibly misread (a backtick for
 * ·, a quote read twice, 〈 closed by ）): an engine that garbles marks garbles characters at a like rate, and
 * clean text shows almost none. Empirical Bayes: the same prior then fits a noisy page and a clean one.
 */
export function misreadRate(texts: readonly string[]): number {
  let marks = 0;
  let chars = 0;
  for (const t of texts) {
    marks += markSuspicions(t).length;
    chars += t.length;
  }
  const rate = (MISREADS_PER_MARK * (marks + PRIOR_MARKS)) / (chars + PRIOR_CHARS);
  return Math.min(MAX_RATE, Math.max(MIN_RATE, rate));
}

/** weight × count of an n-gram in one source. */
export function weightedCount(s: PaperEvidence, ngram: string): number {
  return s.weighted ? s.weighted(ngram) : (s.weight ?? APPROVED_WEIGHT) * s.count(ngram);
}

/** weight × count of the pair a·b in one source. */
export function weightedPairCount(s: PaperEvidence, a: string, b: string): number {
  if (s.weightedPair) return s.weightedPair(a, b);
  return (s.weight ?? APPROVED_WEIGHT) * (s.pair ? s.pair(a, b) : s.count(a + b));
}

/** The sum of several sources' counts (a paper's approved text and the batch, say). */
export function combineEvidence(...sources: (PaperEvidence | undefined)[]): PaperEvidence {
  const present = sources.filter((s): s is PaperEvidence => s !== undefined);
  const rates = present.map((s) => s.misreadRate).filter((r): r is number => r !== undefined);
  return {
    count: (ngram) => present.reduce((sum, s) => sum + s.count(ngram), 0),
    pair: (a, b) => present.reduce((sum, s) => sum + (s.pair ? s.pair(a, b) : s.count(a + b)), 0),
    weighted: (ngram) => present.reduce((sum, s) => sum + weightedCount(s, ngram), 0),
    weightedPair: (a, b) => present.reduce((sum, s) => sum + weightedPairCount(s, a, b), 0),
    label: present.map((s) => s.label ?? '').filter(Boolean).join('及'),
    // The batch's part cannot be told from the approved part in the sums, so the sum is as unverified as its least sure source.
    ...(present.some((s) => s.unverified) ? { unverified: true } : {}),
    ...(rates.length > 0 ? { misreadRate: rates[0] } : {}),
    // Without every source's neighbours, none can be promised.
    ...(present.every((s) => s.neighbours)
      ? {
          neighbours: (char: string, side: 'after' | 'before') => {
            const sets = present.map((s) => s.neighbours!(char, side));
            return { has: (c: string) => sets.some((set) => set.has(c)) };
          },
        }
      : {}),
  };
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
