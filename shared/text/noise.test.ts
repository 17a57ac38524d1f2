import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAdLine } from './noise';

describe('isAdLine', () => {
  it('takes a half-width comma for the sentence comma it stands for, as it takes ，', () => {
    expect(isAdLine('只要心客服热线:95599里有职工,办法总比困难多')).toBe(false);
    expect(isAdLine('只要心客服热线:95599里有职工，办法总比困难多')).toBe(false);
    expect(isAdLine('Official Partner of the Olympic Winter Games, Beijing 2022')).toBe(false);
  });

  it('judges a line the same before and after its commas are made full-width', () => {
    const unit = fc.constantFrom('客服', '热线', ':', '95599', ' ', 'www.abc.com', 'Official', 'Partner', ',', '，', '合作伙伴', '职工', 'ab');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), (line) => {
        expect(isAdLine(line.replaceAll(',', '，'))).toBe(isAdLine(line));
      }),
    );
  });

  it('stops at 60 visible characters however the line goes on', () => {
    expect(isAdLine(`${'A'.repeat(60)}`)).toBe(true);
    expect(isAdLine(`${'A'.repeat(61)}`)).toBe(false);
  });
});
