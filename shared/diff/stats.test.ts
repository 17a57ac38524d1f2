import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cer, countChanges, editDistance } from './stats';

/** Plain Levenshtein distance over code points, for comparison on short strings. */
function levenshtein(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    row = next;
  }
  return row[y.length];
}

describe('countChanges', () => {
  it('counts a replaced character as substituted and the rest as inserted or deleted', () => {
    expect(countChanges('近日,杭州', '近日，杭州')).toEqual({ inserted: 0, deleted: 0, substituted: 1 });
    expect(countChanges('- 1.杭州', '1.杭州')).toEqual({ inserted: 0, deleted: 2, substituted: 0 });
    expect(countChanges('杭州', '杭州市总工会')).toEqual({ inserted: 4, deleted: 0, substituted: 0 });
    // One hunk: 2 OCR characters became 4, so 2 substituted and 2 inserted.
    expect(countChanges('近日杭州市总工会命名九个工作室', '近日杭州市总工会表彰授予九个工作室')).toEqual({ inserted: 2, deleted: 0, substituted: 2 });
  });

  it('counts a paragraph too different to align as wholly replaced', () => {
    expect(countChanges('甲乙丙丁', '甲戊己庚丁')).toEqual({ inserted: 1, deleted: 0, substituted: 4 });
  });

  it('counts removed and added paragraph breaks as characters', () => {
    expect(countChanges('杭州市总\n工会已连续多年开展活动', '杭州市总工会已连续多年开展活动')).toEqual({ inserted: 0, deleted: 1, substituted: 0 });
  });

  it('counts a character outside the Basic Multilingual Plane once', () => {
    expect(countChanges('𠀀', '𠀁')).toEqual({ inserted: 0, deleted: 0, substituted: 1 });
    expect(countChanges('甲', '甲𠀁')).toEqual({ inserted: 1, deleted: 0, substituted: 0 });
  });

  it('counts nothing for identical texts', () => {
    expect(countChanges('同一段\n文字', '同一段\n文字')).toEqual({ inserted: 0, deleted: 0, substituted: 0 });
  });
});

describe('cer', () => {
  it('divides the edit distance by the reference length', () => {
    expect(cer('权锡村', '杖锡村')).toBeCloseTo(1 / 3);
    expect(cer('我能行，我肯定行！', '我能行, 我肯定行!')).toBeCloseTo(3 / 9);
    expect(cer('同一段', '同一段')).toBe(0);
  });

  it('is 0 for two empty texts and Infinity when only the reference is empty', () => {
    expect(cer('', '')).toBe(0);
    expect(cer('', '甲')).toBe(Infinity);
    expect(cer('甲', '')).toBe(1);
  });

  it('never falls below the Levenshtein distance and equals it for scattered substitutions', () => {
    const unit = fc.constantFrom('工', '会', '职', ',', '，', '\n', '𠀀');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), fc.string({ unit, maxLength: 12 }), (a, b) => {
        const distance = editDistance(a, b);
        expect(distance).toBeGreaterThanOrEqual(levenshtein(a, b));
        expect(distance).toBeLessThanOrEqual(Array.from(a).length + Array.from(b).length);
      }),
    );
    const text = '高技能人才(劳模)创新工作室主要以各行业各级劳模工匠、首席技师、优秀职工等高科技人才为带头人';
    const hypothesis = text.replace('(', '（').replace('各级', '各极').replace('职工', '识工');
    expect(editDistance(hypothesis, text)).toBe(levenshtein(hypothesis, text));
    expect(editDistance(hypothesis, text)).toBe(3);
  });
});
