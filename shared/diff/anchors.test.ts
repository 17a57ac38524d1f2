import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uniqueAnchors } from './anchors';

describe('unique anchors', () => {
  it('pins the phrases a cleaned paragraph shares with its OCR line', () => {
    const ocr = '近日,杭州市总工会命名杭州锅炉集团等9个创新工作室(劳模)为示范性创新工作室。';
    const clean = '近日，杭州市总工会命名杭州锅炉集团等9个创新工作室（劳模）为示范性创新工作室。';
    const words = uniqueAnchors(ocr, clean).map((a) => ocr.slice(a.xStart, a.xStart + a.length));
    // 创新工作室 occurs twice, so it cannot pin anything; the rest can.
    expect(words).toEqual(['近日', '杭州市总工会命名杭州锅炉集团等9个创新工作室', '劳模', '为示范性创新工作室']);
  });

  it('returns equal stretches in the same order on both sides, never overlapping', () => {
    const text = fc.string({ unit: fc.constantFrom('工会', '职工', '劳模', ',', '，', ' ', '\n', '1'), maxLength: 30 });
    fc.assert(
      fc.property(text, text, (x, y) => {
        let xEnd = 0;
        let yEnd = 0;
        for (const a of uniqueAnchors(x, y)) {
          expect(x.slice(a.xStart, a.xStart + a.length)).toBe(y.slice(a.yStart, a.yStart + a.length));
          expect(a.xStart).toBeGreaterThanOrEqual(xEnd);
          expect(a.yStart).toBeGreaterThanOrEqual(yEnd);
          xEnd = a.xStart + a.length;
          yEnd = a.yStart + a.length;
        }
      }),
    );
  });
});
