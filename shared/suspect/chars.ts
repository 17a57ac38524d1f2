// A character bigram model estimated from a word list with frequencies: inside a word, each pair of adjacent
// characters occurs as often as the word; across a word boundary, a pair occurs as often as words ending in the
// first and words starting with the second would meet by chance (their product over the number of words).

/** Character and character-pair counts. */
export interface CharModel {
  /** Occurrences of a character. */
  unigram(c: string): number;
  /** Expected occurrences of `a` directly followed by `b`, inside words and across word boundaries. */
  bigram(a: string, b: string): number;
  /** Occurrences of the pair inside dictionary words only. */
  inWord(a: string, b: string): number;
  /**
   * A test of which characters x (given by their UTF-16 code unit) make an in-word pair (occurring at least
   * `minPair` times, fixed when the model is built) with `before` (bit 1: before·x) or with `after` (bit 2:
   * x·after). Fast because it marks both characters' partners once; the test is valid until the next call.
   */
  pairsWith(before: string, after: string): (code: number) => number;
  /** All character occurrences. */
  readonly total: number;
}

/** Characters get dense ids so that a pair's key (id·2¹⁵ + id) stays a small integer, which Maps hash fastest. */
const ID_BITS = 15;

/** The model of a word list (`[word, frequency]`); characters are UTF-16 code units, at most 2¹⁵ distinct ones. */
export function charModel(words: Iterable<readonly [string, number]>, minPair = 5): CharModel {
  const ids = new Int32Array(0x10000).fill(-1);
  const uni: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const pairs = new Map<number, number>();
  let tokens = 0;
  let total = 0;
  const idOf = (code: number): number => {
    let id = ids[code];
    if (id < 0 && uni.length < 1 << ID_BITS) {
      id = ids[code] = uni.length;
      uni.push(0);
      starts.push(0);
      ends.push(0);
    }
    return id;
  };
  for (const [word, f] of words) {
    if (!(f > 0) || word.length === 0) continue;
    tokens += f;
    let prev = -1;
    for (let i = 0; i < word.length; i++) {
      const id = idOf(word.charCodeAt(i));
      if (id < 0) {
        prev = -1;
        continue;
      }
      uni[id] += f;
      total += f;
      if (i === 0) starts[id] += f;
      if (i === word.length - 1) ends[id] += f;
      if (prev >= 0) {
        const key = (prev << ID_BITS) | id;
        pairs.set(key, (pairs.get(key) ?? 0) + f);
      }
      prev = id;
    }
  }
  // Partners of each character inside words, by id, as code unit lists: followers[a] holds b for every pair a·b ≥ minPair.
  const codeOf = new Uint16Array(uni.length);
  ids.forEach((id, code) => {
    if (id >= 0) codeOf[id] = code;
  });
  const followers: number[][] = uni.map(() => []);
  const predecessors: number[][] = uni.map(() => []);
  for (const [key, f] of pairs) {
    if (f < minPair) continue;
    followers[key >> ID_BITS].push(codeOf[key & ((1 << ID_BITS) - 1)]);
    predecessors[key & ((1 << ID_BITS) - 1)].push(codeOf[key >> ID_BITS]);
  }
  // Marks by code unit, so that the test is one read.
  const marks = new Uint8Array(0x10000);
  const test = (code: number) => marks[code];
  let marked: { before: number; after: number } = { before: -1, after: -1 };
  const mark = (list: readonly number[] | undefined, bit: number, on: boolean) => {
    if (list) for (const x of list) marks[x] = on ? marks[x] | bit : marks[x] & ~bit;
  };
  const id = (c: string) => (c === '' ? -1 : ids[c.charCodeAt(0)]);
  const inWord = (a: number, b: number) => (a < 0 || b < 0 ? 0 : (pairs.get((a << ID_BITS) | b) ?? 0));
  return {
    total,
    unigram: (c) => {
      const i = id(c);
      return i < 0 ? 0 : uni[i];
    },
    inWord: (a, b) => inWord(id(a), id(b)),
    pairsWith: (before, after) => {
      mark(followers[marked.before], 1, false);
      mark(predecessors[marked.after], 2, false);
      marked = { before: id(before), after: id(after) };
      mark(followers[marked.before], 1, true);
      mark(predecessors[marked.after], 2, true);
      return test;
    },
    bigram: (a, b) => {
      const i = id(a);
      const j = id(b);
      if (i < 0 || j < 0) return 0;
      return inWord(i, j) + (ends[i] * starts[j]) / tokens;
    },
  };
}
