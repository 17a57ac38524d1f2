import { describe, expect, it } from 'vitest';
import { dropSuspicions } from './breaks';
import { charModel } from './chars';

// 其他/我们 stand for the rest of the language, so that chance pairings are as rare as in it.
const chars = charModel(Object.entries({ 恢复: 9000, 运营: 5000, 居民: 8000, 高兴: 600_000, 社区: 700_000, 的: 300000, 其他: 20_000_000, 我们: 20_000_000 }));

describe('dropSuspicions', () => {
  it('suspects a prose paragraph that ends bare before the next one, proposing a full stop', () => {
    const text = '今天下午，居民们都很高兴\n社区里的人也来了。';
    const [s, ...rest] = dropSuspicions(text, chars);
    expect(rest).toEqual([]);
    expect(s).toMatchObject({ start: 11, end: 14, text: '兴\n社', proposal: '兴。\n社' });
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.reason).toContain('段落以‘兴’结尾');
  });

  it('leaves ends with a mark, headings, credits, bylines and words split by a misjoin alone', () => {
    expect(dropSuspicions('今天下午，居民们都很高兴。\n社区里的人也来了。', chars)).toEqual([]);
    expect(dropSuspicions('社区居民很高兴\n社区里的人也来了。', chars)).toEqual([]);
    expect(dropSuspicions('今天下午，居民们都很高兴。叶秋云摄\n社区里的人也来了。', chars)).toEqual([]);
    expect(dropSuspicions('今天下午，本报记者 张武军\n社区里的人也来了。', chars)).toEqual([]);
    expect(dropSuspicions('今天，轨交三号线开始恢\n复运营，行车间隔约二十分钟。', chars)).toEqual([]);
  });
});
