import { describe, expect, it } from 'vitest';
import { applyEdits } from '../apply';
import { listBullet } from './list-bullet';

function fix(text: string): string {
  return applyEdits(text, listBullet.apply(text).map((e) => ({ ...e, before: text.slice(e.start, e.end) })));
}

describe('list-bullet', () => {
  it('strips a Markdown bullet at the start of each list line', () => {
    expect(fix('最终选树出以下9个创新工作室:\n- 1.杭州锅炉集团股份有限公司自动焊创新工作室;\n- 2.杭州西湖风景名胜景区灵隐管理处(杭州花圃);'))
      .toBe('最终选树出以下9个创新工作室:\n1.杭州锅炉集团股份有限公司自动焊创新工作室;\n2.杭州西湖风景名胜景区灵隐管理处(杭州花圃);');
    expect(fix('* (一)一是\n+ 二、二是\n- - 3.三是')).toBe('(一)一是\n二、二是\n3.三是');
  });

  it('keeps a bullet before plain text, which only the bullet marks as a list item', () => {
    expect(fix('- 杭州锅炉集团\n- 1.5万元补贴')).toBe('- 杭州锅炉集团\n- 1.5万元补贴');
  });

  it('keeps hyphens that are text', () => {
    for (const keep of ['-5℃的低温', '国内统一刊号:CN33-0018', '——编者', '邮发代号:31-2 - 总第11895号', '-\n- ']) {
      expect(fix(keep)).toBe(keep);
    }
  });
});
