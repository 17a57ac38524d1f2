import { describe, expect, it } from 'vitest';
import { lintEnding } from './ending';

describe('lintEnding', () => {
  it('flags a text that stops mid-sentence', () => {
    const text = '工会主动找业主，为家创新创业解决了后顾之忧。\n张增荣参加了农家乐（民';
    const [w] = lintEnding(text);
    expect(w).toMatchObject({ rule: 'truncated-ending', range: { start: text.length - 1, end: text.length } });
    expect(w.excerpt).toBe('张增荣参加了农家乐（民');
  });

  it('looks past a photo credit and a sign-off at the caption or paragraph before', () => {
    expect(lintEnding('巧手翻飞的烘焙实训操练\n通讯员王洁洁、薛晓斐 摄')).toHaveLength(1);
    expect(lintEnding('来自辖区20余家单位的48名职工参加了比赛通讯员王洁洁 摄')).toHaveLength(1);
    expect(lintEnding('看得参加活动的家长连竖大拇指。通讯员张鲜红 摄')).toEqual([]);
    expect(lintEnding('一道靓丽“风景线”。\n——编者')).toEqual([]);
    expect(lintEnding('满足职工的业余文化需求。\n通讯员解宏伟 摄')).toEqual([]);
  });

  it('accepts final marks and closing quotes after them', () => {
    for (const ok of ['胡伟标表示。', '增强劳动者的获得感和满足感。”', '真的吗？', '每年50万元！', '有求必应……', '（完）']) {
      expect(lintEnding(ok)).toEqual([]);
    }
    expect(lintEnding('')).toEqual([]);
    expect(lintEnding('他说：“我们要做好。”')).toEqual([]);
  });

  it('flags a closing quote after a bare word', () => {
    expect(lintEnding('他们被称为产业工人中的“领头雁”')).toHaveLength(1);
  });
});
