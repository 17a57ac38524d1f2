import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uniqueAnchors, uniqueGramAnchors } from './anchors';

describe('unique anchors', () => {
  it('pins the phrases a cleaned paragraph shares with its OCR line', () => {
    const ocr = '近日,杭州市总工会命名杭州锅炉集团等9个创新工作室(劳模)为示范性创新工作室。';
    const clean = '近日，杭州市总工会命名杭州锅炉集团等9个创新工作室（劳模）为示范性创新工作室。';
    const words = uniqueAnchors(ocr, clean).map((a) => ocr.slice(a.xStart, a.xStart + a.length));
    // 创新工作室 occurs twice, so it cannot pin anything; the rest can.
    expect(words).toEqual(['近日', '杭州市总工会命名杭州锅炉集团等9个创新工作室', '劳模', '为示范性创新工作室']);
  });

  it('returns equal stretches in the same order on both sides, never overlapping, for words and trigrams', () => {
    const text = fc.string({ unit: fc.constantFrom('工会', '职工', '劳模', ',', '，', ' ', '\n', '1', '𠀀'), maxLength: 30 });
    fc.assert(
      fc.property(text, text, fc.boolean(), (x, y, grams) => {
        let xEnd = 0;
        let yEnd = 0;
        for (const a of grams ? uniqueGramAnchors(x, y) : uniqueAnchors(x, y)) {
          expect(x.slice(a.xStart, a.xStart + a.length)).toBe(y.slice(a.yStart, a.yStart + a.length));
          expect(a.xStart).toBeGreaterThanOrEqual(xEnd);
          expect(a.yStart).toBeGreaterThanOrEqual(yEnd);
          // Never inside a surrogate pair.
          expect(x.charCodeAt(a.xStart) >= 0xdc00 && x.charCodeAt(a.xStart) <= 0xdfff).toBe(false);
          xEnd = a.xStart + a.length;
          yEnd = a.yStart + a.length;
        }
      }),
    );
  });

  it('pins a phrase edited in several places by its unchanged trigrams', () => {
    const ocr = '杭州锅炉集团股份有限公司自动焊创新工作室';
    const clean = '杭州锅炉集团股分有限公司自动悍创新工作室';
    expect(uniqueAnchors(ocr, clean)).toEqual([]);
    const grams = uniqueGramAnchors(ocr, clean).map((a) => ocr.slice(a.xStart, a.xStart + a.length));
    // Non-overlapping, in order, none containing an edited character (份→分, 焊→悍).
    expect(grams).toEqual(['杭州锅', '炉集团', '有限公', '司自动', '创新工']);
  });
});
