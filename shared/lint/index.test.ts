import { describe, expect, it } from 'vitest';
import { cleanText } from '../clean';
import { LINT_RULES, lintText } from './index';

describe('lintText', () => {
  const body = [
    '本报讯 记者洪菡婷 通讯员王钰哲报道 日前,在更好地服务杭州职工的',
    '等关爱服务,“工会改革要‘三性’、‘去‘四化’。”丽园4s商圈职工书屋。',
    '张增荣参加了农家乐(民',
  ].join('\n');
  const { text, edits } = cleanText(body);

  it('runs every check and sorts the warnings by position', () => {
    const warnings = lintText(text, { edits });
    expect(warnings.map((w) => w.rule)).toEqual([
      'lost-text',
      'unbalanced-quote',
      'stray-latin',
      'unbalanced-bracket',
      'truncated-ending',
    ]);
    for (const w of warnings) {
      expect(LINT_RULES).toContain(w.rule);
      expect(w.range).not.toBeNull();
      expect(w.excerpt).toContain(text.slice(w.range?.start, w.range?.end));
      expect(w.message.zh).not.toBe('');
      expect(w.message.en).not.toBe('');
    }
  });

  it('skips the join checks without the cleaning edits (text edited by hand)', () => {
    expect(lintText(text).map((w) => w.rule)).not.toContain('lost-text');
  });

  it('never changes the text it is given and finds nothing in clean text', () => {
    const clean = '本报讯 记者程雪报道 在今年中国医师节即将到来之际，省委、省政府发文表彰了一批先进医疗机构。';
    expect(lintText(clean)).toEqual([]);
  });
});
