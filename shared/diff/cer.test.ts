import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cer, editDistance, foldWidth, graphemes, levenshtein } from './cer';

/** Textbook Levenshtein over grapheme clusters, the full matrix, to check the banded one against. */
function reference(a: string, b: string): number {
  const x = graphemes(a);
  const y = graphemes(b);
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    row = next;
  }
  return row[y.length];
}

// dinglehopper's published test values (qurator-spk/dinglehopper, Apache-2.0):
// src/dinglehopper/tests/test_character_error_rate.py and test_edit_distance.py.
describe('cer: dinglehopper test values', () => {
  it('test_character_error_rate', () => {
    expect(cer('a', 'a')).toBe(0);
    expect(cer('a', 'b')).toBe(1 / 1);
    expect(cer('Foo', 'Bar')).toBe(3 / 3);
    expect(cer('Foo', '')).toBe(3 / 3);
    expect(cer('', '')).toBe(0);
    expect(cer('', 'Foo')).toBe(Infinity);
    expect(cer('Foo', 'Food')).toBe(1 / 3);
    expect(cer('Fnord', 'Food')).toBe(2 / 5);
    expect(cer('Müll', 'Mull')).toBe(1 / 4);
    expect(cer('Abstand', 'Sand')).toBe(4 / 7);
  });

  it('test_character_error_rate_hard', () => {
    const s1 = 'Schlyñ lorem ipsum.'.normalize('NFC');
    const s2 = 'Schlyñ lorem ipsum!'.normalize('NFD');
    expect(cer(s1, s2)).toBe(1 / 19);
    // ñ as one code point against m + combining tilde: both six grapheme clusters, so the CER is symmetric.
    const t1 = 'Schly\u00f1';
    const t2 = 'Schlym\u0303';
    expect(t1.length).toBe(6);
    expect(t2.length).toBe(7);
    expect(cer(t2, t1)).toBe(1 / 6);
    expect(cer(t1, t2)).toBe(1 / 6);
  });

  it('test_distance', () => {
    expect(editDistance('Fnord', 'Food')).toBe(2);
    expect(editDistance('Müll', 'Mull')).toBe(1);
    expect(editDistance('Schly\u00f1'.normalize('NFC'), 'Schly\u00f1'.normalize('NFD'))).toBe(0);
    expect(editDistance('Schly\u00f1', 'Schlym\u0303')).toBe(1);
  });
});

describe('cer', () => {
  it('counts punctuation width as an error unless asked to ignore it', () => {
    expect(cer('我能行，我肯定行！', '我能行,我肯定行!')).toBeCloseTo(2 / 9);
    expect(cer('我能行，我肯定行！', '我能行,我肯定行!', { ignoreWidth: true })).toBe(0);
    expect(cer('权锡村，', '杖锡村,', { ignoreWidth: true })).toBe(1 / 4);
    expect(foldWidth('（１）　Ａ')).toBe('(1) A');
  });

  it('scores a dissimilar line by its edits, not as wholly replaced', () => {
    // The paragraph-aligned diff counted this as 4 substitutions and 1 insertion.
    expect(editDistance('甲乙丙丁', '甲戊己庚丁')).toBe(3);
  });

  it('counts a character outside the Basic Multilingual Plane once', () => {
    expect(editDistance('𠀀', '𠀁')).toBe(1);
    expect(cer('甲𠀁', '甲')).toBe(1 / 2);
  });

  it('equals the textbook Levenshtein distance', () => {
    const unit = fc.constantFrom('工', '会', '职', ',', '，', '\n', '𠀀', 'n', '\u0303', 'ñ');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), fc.string({ unit, maxLength: 30 }), (a, b) => {
        expect(editDistance(a, b)).toBe(reference(a, b));
      }),
    );
    expect(levenshtein([], ['a'])).toBe(1);
  });
});
