// A character bigram model estimated from a word list with frequencies: inside a word, each pair of adjacent
// characters occurs as often as the word; across a word boundary, a pair occurs as often as words ending in the
// first and words starting with the second would meet by chance (their product over the number of words).

/** Character and character-pair counts; pairs are keyed by their two UTF-16 codes. */
export interface CharModel {
  /** Occurrences of a character. */
  unigram(c: string): number;
  /** Expected occurrences of `a` directly followed by `b`, inside words and across word boundaries. */
  bigram(a: string, b: string): number;
  /** Occurrences of the pair inside dictionary words only. */
  inWord(a: string, b: string): number;
  /** All character occurrences. */
  readonly total: number;
}

const key = (a: string, b: string) => a.charCodeAt(0) * 0x10000 + b.charCodeAt(0);

/** The model of a word list (`[word, frequency]`); only single-code-unit characters are counted. */
export function charModel(words: Iterable<readonly [string, number]>): CharModel {
  const uni = new Map<number, number>();
  const pairs = new Map<number, number>();
  const starts = new Map<number, number>();
  const ends = new Map<number, number>();
  let tokens = 0;
  let total = 0;
  const add = (m: Map<number, number>, k: number, f: number) => m.set(k, (m.get(k) ?? 0) + f);
  for (const [word, f] of words) {
    if (!(f > 0) || word.length === 0) continue;
    tokens += f;
    for (let i = 0; i < word.length; i++) {
      add(uni, word.charCodeAt(i), f);
      total += f;
      if (i > 0) add(pairs, key(word[i - 1], word[i]), f);
    }
    add(starts, word.charCodeAt(0), f);
    add(ends, word.charCodeAt(word.length - 1), f);
  }
  return {
    total,
    unigram: (c) => uni.get(c.charCodeAt(0)) ?? 0,
    inWord: (a, b) => pairs.get(key(a, b)) ?? 0,
    bigram: (a, b) => (pairs.get(key(a, b)) ?? 0) + ((ends.get(a.charCodeAt(0)) ?? 0) * (starts.get(b.charCodeAt(0)) ?? 0)) / tokens,
  };
}
