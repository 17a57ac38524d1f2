import { describe, expect, it } from 'vitest';
import { applyEdits } from '../apply';
import { spacePunct } from './space-punct';

function fix(text: string): string {
  return applyEdits(text, spacePunct.apply(text).map((e) => ({ ...e, before: text.slice(e.start, e.end) })));
}

describe('space-punct', () => {
  it('removes spaces next to full-width pause and stop marks', () => {
    expect(fix('我能行， 我肯定行！')).toBe('我能行，我肯定行！');
    expect(fix('电子信箱： zjgrrb@163.com')).toBe('电子信箱：zjgrrb@163.com');
    expect(fix('获二等奖 。 北山街道')).toBe('获二等奖。北山街道');
    expect(fix('有求必应、 “私人订制”……  ')).toBe('有求必应、“私人订制”……');
  });

  it('removes a space inside quotes and brackets', () => {
    expect(fix('“ 永安组合 ”亮相')).toBe('“永安组合”亮相');
    expect(fix('（ 劳模 ）')).toBe('（劳模）');
  });

  it('keeps phrase spaces of headings, leads and credits', () => {
    for (const keep of [
      '优中选优 树立标杆',
      '坚持“两手硬” 助力“两战赢”',
      '仙居职工志愿服务有了IP形象 “永安组合”亮相',
      '本报讯 记者张浩呈 通讯员陆珊宇报道 近日，宁波镇海区',
      '通讯员王林超 摄',
      '北京 2022年冬季奥运会官方合作伙伴',
      'Hello, world',
    ]) {
      expect(fix(keep)).toBe(keep);
    }
  });

  it('never inserts anything', () => {
    for (const e of spacePunct.apply('中 ，文 。 x\u3000、')) expect(e.after).toBe('');
  });
});
