import { describe, expect, it } from 'vitest';
import { applyEdits } from '../apply';
import { bylineDoubled } from './byline-doubled';

function fix(text: string): string {
  return applyEdits(text, bylineDoubled.apply(text).map((e) => ({ ...e, before: text.slice(e.start, e.end) })));
}

describe('byline-doubled', () => {
  it('removes a doubled role word in a lead’s bylines', () => {
    expect(fix('本报讯 记者张浩星 通讯员员郁诗怡报道 每年年初，宁波市总工会')).toBe(
      '本报讯 记者张浩星 通讯员郁诗怡报道 每年年初，宁波市总工会',
    );
    expect(fix('记者记者阮向民报道 哪里有职工')).toBe('记者阮向民报道 哪里有职工');
    expect(fix('本报讯讯 通讯员陈怡、曾刚毅、见习记者记者邹伟锋报道 近日')).toBe('本报讯 通讯员陈怡、曾刚毅、见习记者邹伟锋报道 近日');
    expect(fix('通讯员员员周建巨报道 近日')).toBe('通讯员周建巨报道 近日');
  });

  it('fixes credits and byline-only lines', () => {
    expect(fix('看得参加活动的家长连竖大拇指。通讯员员张鲜红 摄')).toBe('看得参加活动的家长连竖大拇指。通讯员张鲜红 摄');
    expect(fix('通讯员员王林超 摄')).toBe('通讯员王林超 摄');
    expect(fix('本报讯 记者记者程雪')).toBe('本报讯 记者程雪');
  });

  it('leaves doubling outside bylines: it is ordinary Chinese there', () => {
    for (const keep of [
      '这十件实事件件关乎民生，事事涉及职工切身利益。',
      '通过一次次晚会、一场场技能竞赛，记者记者站的同事说',
      '记者了解到，镇海区总工会的通讯员员工培训',
      '毛朝阳、姚磊、张志伟报道 近日，衢州市总工会',
    ]) {
      expect(fix(keep)).toBe(keep);
    }
  });
});
