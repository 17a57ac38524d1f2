import { describe, expect, it } from 'vitest';
import { applyEdits } from '../apply';
import { fullwidthAlnum } from './fullwidth-alnum';

function fix(text: string): string {
  return applyEdits(text, fullwidthAlnum.apply(text).map((e) => ({ ...e, before: text.slice(e.start, e.end) })));
}

describe('fullwidth-alnum', () => {
  it('makes full-width letters and digits ASCII', () => {
    expect(fix('共有１５００余个工会组织，ＩＣＢＣ和ａｂｃ')).toBe('共有1500余个工会组织，ICBC和abc');
  });

  it('leaves full-width punctuation and other forms alone (no NFKC)', () => {
    const keep = '，。：；！？（）～“”《》％＋－＠';
    expect(fix(keep)).toBe(keep);
  });
});
