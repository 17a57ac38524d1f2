import { describe, expect, it } from 'vitest';
import type { WordFrequencies } from './evidence';
import { MAX_WORD, wordIndex } from './words';

function walk(index: ReturnType<typeof wordIndex>, word: string): number {
  let node = 0;
  for (let i = 0; i < word.length && node >= 0; i++) node = index.step(node, word.charCodeAt(i));
  return node;
}

describe('wordIndex', () => {
  // Enough words that the child table grows several times past its first size.
  const dict = new Map<string, number>();
  for (let i = 0; i < 6000; i++) dict.set(String.fromCharCode(0x4e00 + (i % 97), 0x4e00 + ((i * 7) % 601), 0x5000 + (i % 13)).slice(0, 1 + (i % 3)), 1 + i);
  dict.set('有条不紊', 148);
  dict.set('太长的词语', 5);
  const words: WordFrequencies = { frequency: (w) => dict.get(w) ?? 0, entries: () => dict.entries(), total: 1, maxWordLength: 5 };
  const index = wordIndex(words);

  it('finds every word of up to MAX_WORD characters with its count', () => {
    for (const [w, f] of dict) if (w.length <= MAX_WORD) expect(index.count(walk(index, w))).toBe(f);
  });

  it('knows prefixes as nodes of count 0, and ends a walk that leaves the dictionary', () => {
    expect(index.count(walk(index, '有条'))).toBe(0);
    expect(walk(index, '有条不乱')).toBe(-1);
    expect(walk(index, '条不')).toBe(-1);
    expect(index.step(-1, 0x4e00)).toBe(-1);
    // Words longer than the word model reads are left out.
    expect(walk(index, '太长的词语')).toBe(-1);
  });

  it('is built once per word list', () => {
    expect(wordIndex(words)).toBe(index);
  });
});
