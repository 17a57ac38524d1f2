import { describe, expect, it } from 'vitest';
import { applyEdits } from '../apply';
import { strayAnd } from './stray-and';

function fix(text: string): string {
  return applyEdits(text, strayAnd.apply(text).map((e) => ({ ...e, before: text.slice(e.start, e.end) })));
}

describe('stray-and', () => {
  it('turns an "and" between Chinese words into 和, spaces included', () => {
    expect(fix('研究审议了联盟2020年工作思路 and 具体工作计划')).toBe('研究审议了联盟2020年工作思路和具体工作计划');
    expect(fix('详细了解上述企业的整改落实情况 and 遇到的困难')).toBe('详细了解上述企业的整改落实情况和遇到的困难');
    expect(fix('甲and乙 and 丙')).toBe('甲和乙和丙');
  });

  it('leaves "and" in Latin text or next to digits', () => {
    for (const keep of ['Official Partner and Sponsor', 'Brand 品牌', '中 Sand 文', '2020 and 2021年', '中国 and Beijing']) {
      expect(fix(keep)).toBe(keep);
    }
  });
});
