// The dictionary as a trie over UTF-16 code units. The word model asks for every string of one to four characters
// around each scored character and each candidate in its place; nearly all are no word, and a walk through the
// trie learns that at its first step, without building and hashing the string.
import type { WordFrequencies } from './evidence';

/** A dictionary's words as a trie: node 0 is the empty word, each step adds one code unit. */
export interface WordIndex {
  /** The node reached from `node` by the code unit `code`, or −1 when no word of the dictionary goes on so. */
  step(node: number, code: number): number;
  /** The dictionary count of the word spelled from the root to `node` (0 for a mere prefix). */
  count(node: number): number;
}

/** Children of nodes other than the root, in one open-addressing table keyed by (parent, code unit). */
class ChildTable {
  private mask = (1 << 12) - 1;
  private parents = new Int32Array(this.mask + 1).fill(-1);
  private codes = new Uint16Array(this.mask + 1);
  private children = new Int32Array(this.mask + 1);
  private size = 0;

  private slot(parent: number, code: number): number {
    let h = Math.imul(parent, 0x9e3779b1) ^ Math.imul(code, 0x85ebca77);
    h = (h ^ (h >>> 15)) & this.mask;
    while (this.parents[h] >= 0 && (this.parents[h] !== parent || this.codes[h] !== code)) h = (h + 1) & this.mask;
    return h;
  }

  get(parent: number, code: number): number {
    const h = this.slot(parent, code);
    return this.parents[h] >= 0 ? this.children[h] : -1;
  }

  set(parent: number, code: number, child: number): void {
    // Kept at most half full, so that a probe ends within a few slots.
    if (2 * (this.size + 1) > this.mask + 1) this.grow();
    const h = this.slot(parent, code);
    this.parents[h] = parent;
    this.codes[h] = code;
    this.children[h] = child;
    this.size++;
  }

  private grow(): void {
    const { parents, codes, children } = this;
    this.mask = this.mask * 2 + 1;
    this.parents = new Int32Array(this.mask + 1).fill(-1);
    this.codes = new Uint16Array(this.mask + 1);
    this.children = new Int32Array(this.mask + 1);
    for (let i = 0; i < parents.length; i++) {
      if (parents[i] < 0) continue;
      const h = this.slot(parents[i], codes[i]);
      this.parents[h] = parents[i];
      this.codes[h] = codes[i];
      this.children[h] = children[i];
    }
  }
}

function buildIndex(words: WordFrequencies, maxLength: number): WordIndex {
  // The root's children by code unit directly: every walk takes that step first.
  const rootChildren = new Int32Array(0x10000).fill(-1);
  const table = new ChildTable();
  let counts = new Float64Array(1 << 16);
  let nodes = 1;
  for (const [word, f] of words.entries()) {
    if (word.length === 0 || word.length > maxLength) continue;
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      let next = node === 0 ? rootChildren[code] : table.get(node, code);
      if (next < 0) {
        next = nodes++;
        if (next >= counts.length) {
          const grown = new Float64Array(counts.length * 2);
          grown.set(counts);
          counts = grown;
        }
        if (node === 0) rootChildren[code] = next;
        else table.set(node, code, next);
      }
      node = next;
    }
    counts[node] = f;
  }
  return {
    step: (node, code) => (node === 0 ? rootChildren[code] : node < 0 ? -1 : table.get(node, code)),
    count: (node) => counts[node],
  };
}

/** The longest word the word model knows (the dictionary keeps words up to four characters). */
export const MAX_WORD = 4;

const indices = new WeakMap<WordFrequencies, WordIndex>();

/** The trie of the words of one to MAX_WORD characters, built once per word list. */
export function wordIndex(words: WordFrequencies): WordIndex {
  let index = indices.get(words);
  if (!index) indices.set(words, (index = buildIndex(words, MAX_WORD)));
  return index;
}
