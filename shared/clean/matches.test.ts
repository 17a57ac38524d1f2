import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eachMatch } from './matches';

/** [index, match] pairs from eachMatch. */
function found(re: RegExp, text: string): [number, string][] {
  const out: [number, string][] = [];
  eachMatch(re, text, (m) => out.push([m.index, m[0]]));
  return out;
}

const viaMatchAll = (re: RegExp, text: string) => [...text.matchAll(re)].map((m): [number, string] => [m.index, m[0]]);

describe('eachMatch', () => {
  it('finds what matchAll finds, in order', () => {
    expect(found(/[,:]/g, '甲,乙:丙,')).toEqual([
      [1, ','],
      [3, ':'],
      [5, ','],
    ]);
    expect(found(/\d+/g, 'no digits')).toEqual([]);
  });

  it('moves past empty matches like matchAll, by code point under the u flag', () => {
    expect(found(/a*/g, 'baa')).toEqual(viaMatchAll(/a*/g, 'baa'));
    expect(found(/x*/gu, '𠀀y')).toEqual(viaMatchAll(/x*/gu, '𠀀y'));
    expect(found(/x*/g, '𠀀y')).toEqual(viaMatchAll(/x*/g, '𠀀y'));
  });

  it('starts from the beginning whatever lastIndex a regex was left with, and leaves it at 0', () => {
    const re = /b/g;
    re.lastIndex = 5;
    expect(found(re, 'abcb')).toEqual([
      [1, 'b'],
      [3, 'b'],
    ]);
    expect(re.lastIndex).toBe(0);
  });

  it('lets the callback use the same regex', () => {
    const re = /\d/g;
    const outer: number[] = [];
    eachMatch(re, '1a2', (m) => {
      outer.push(m.index);
      expect(found(re, '34')).toHaveLength(2);
    });
    expect(outer).toEqual([0, 2]);
  });

  it('agrees with matchAll on any text', () => {
    const res = [/[,:;!?()~]/g, /[ \t\u3000]+/g, /\p{Script=Han}+/gu, /(?<=\d):(?=\d)/g, /^-\s*/gm, /a|/g];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '1', ':', ',', ' ', '中', '-', '\n', '𠀀', '\u3000') }), fc.constantFrom(...res), (text, re) => {
        expect(found(re, text)).toEqual(viaMatchAll(re, text));
      }),
    );
  });
});
