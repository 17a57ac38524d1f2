import { describe, expect, it } from 'vitest';
import { lintPairs } from './pairs';

const rules = (text: string) => lintPairs(text).map((w) => [w.rule, text.slice(w.range?.start, w.range?.end)]);

describe('lintPairs', () => {
  it('flags a quote opened twice and closed once', () => {
    const text = '“工会改革要‘三性’、‘去‘四化’，坚持重心向下、群众导向。”玉环市总工会党组书记说。';
    const warnings = lintPairs(text);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ rule: 'unbalanced-quote', range: { start: text.indexOf('‘去'), end: text.indexOf('‘去') + 1 } });
    expect(warnings[0].excerpt).toContain('‘去‘四化’');
  });

  it('flags a closing quote with no opening one', () => {
    expect(rules('为实名制的全面推进加了一把火”。')).toEqual([['unbalanced-quote', '”']]);
  });

  it('flags a bracket left open at the end of a truncated text', () => {
    expect(rules('工会主动找业主，为家创新创业解决了后顾之忧。\n张增荣参加了农家乐（民')).toEqual([['unbalanced-bracket', '（']]);
  });

  it('accepts nested pairs, mixed bracket widths and book titles', () => {
    for (const ok of [
      '“今年，我们加入了农家乐（民宿）联合工会，让我们深感‘娘家人’的亲切和关爱。”',
      '发布了《关于印发〈镇海区非公企业工会主席履职工作补贴发放管理办法（试行)〉的通知》',
      '高技能人才(劳模）创新工作室',
    ]) {
      expect(lintPairs(ok)).toEqual([]);
    }
  });

  it('accepts a quotation running on into a paragraph that opens with “ again', () => {
    expect(lintPairs('他说：“第一段话，\n“第二段话。”')).toEqual([]);
  });

  it('accepts a mark the next line closes (an unjoined break) but not one left open longer', () => {
    expect(lintPairs('以1:2的比例确定“红\n色工匠”培育对象')).toEqual([]);
    expect(rules('确定“红\n色工匠培育对象\n后来”')).toEqual([
      ['unbalanced-quote', '“'],
      ['unbalanced-quote', '”'],
    ]);
  });

  it('flags an opener a different closer skips over', () => {
    expect(rules('《关于（试行》的通知')).toEqual([['unbalanced-bracket', '（']]);
  });
});
