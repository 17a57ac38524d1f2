import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonChars, commonGrowing, similarParagraphs } from './similarity';

/** Multiset intersection size, the obvious way. */
function naiveCommon(a: string, b: string): number {
  const left = [...a];
  let n = 0;
  for (const c of b) {
    const at = left.indexOf(c);
    if (at >= 0) {
      left.splice(at, 1);
      n++;
    }
  }
  return n;
}

const text = fc.string({ unit: fc.constantFrom('工', '会', '职', ',', '，', 'a'), maxLength: 30 });

describe('shared characters', () => {
  it('counts the multiset intersection, whatever the lengths', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(commonChars(a, b)).toBe(naiveCommon(a, b));
      }),
    );
  });

  it('counts growing unions of lines while they can still be similar', () => {
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 5 }), (anchor, lines) => {
        const growing = commonGrowing(anchor, lines, lines.length - 1, -1, lines.length);
        growing.forEach((count, k) => expect(count).toBe(naiveCommon(anchor, lines.slice(lines.length - 1 - k).join(''))));
      }),
    );
  });

  it('calls a cleaned paragraph similar to its OCR line and unrelated paragraphs not', () => {
    const ocr = '本报讯 记者程雪报道 在今年中国医师节即将到来之际,省委、省政府发文表彰了一批先进医疗机构';
    expect(similarParagraphs(ocr, ocr.replace(',', '，'))).toBe(true);
    expect(similarParagraphs(ocr, '浙工之家 掌上娘家')).toBe(false);
    expect(similarParagraphs('', '')).toBe(true);
  });
});
