import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentBounds, isVisiblyLonger, visibleLength } from './punctuation';

describe('isVisiblyLonger', () => {
  it('counts visible characters as visibleLength does, spaces and low surrogates not at all', () => {
    expect(isVisiblyLonger('中 文', 2)).toBe(false);
    expect(isVisiblyLonger('中文字', 2)).toBe(true);
    expect(isVisiblyLonger('𠀀𠀀', 1)).toBe(true);
    expect(isVisiblyLonger('𠀀𠀀', 2)).toBe(false);
    expect(isVisiblyLonger('', 0)).toBe(false);
  });

  it('agrees with visibleLength(line) > max on any line', () => {
    const unit = fc.constantFrom('中', 'a', ' ', '\u3000', '\t', '𠀀', '，', '\ufeff');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), fc.integer({ min: 0, max: 70 }), (line, max) => {
        expect(isVisiblyLonger(line, max)).toBe(visibleLength(line) > max);
      }),
    );
  });
});

describe('contentBounds within a text', () => {
  it('trims the stretch [from, to) and keeps the text’s offsets', () => {
    const text = 'ab\n  中文 \n';
    expect(contentBounds(text, 3, 9)).toEqual([5, 7]);
    expect(contentBounds(text, 3, 5)).toEqual([5, 5]);
    expect(contentBounds(text)).toEqual([0, 7]);
  });
});
