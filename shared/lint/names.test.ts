import { describe, expect, it } from 'vitest';
import { namesInArticle, namesInByline } from './names';

const show = (list: { role: string; name: string }[]) => list.map((n) => `${n.role}:${n.name}`);

describe('namesInByline', () => {
  it('reads roles and the names after them', () => {
    expect(show(namesInByline('本报讯 记者张浩星 通讯员员郁诗怡报道'))).toEqual(['记者:张浩星', '通讯员:郁诗怡']);
    expect(show(namesInByline('本报讯 记者程雷 通讯员季月文、白蕾报道'))).toEqual(['记者:程雷', '通讯员:季月文', '通讯员:白蕾']);
    expect(show(namesInByline('通讯员陈怡、曾刚毅、施胡见习记者邹伟锋'))).toEqual([
      '通讯员:陈怡',
      '通讯员:曾刚毅',
      '通讯员:施胡',
      '见习记者:邹伟锋',
    ]);
    expect(show(namesInByline('本报记者 王伟 摄'))).toEqual(['记者:王伟']);
    expect(show(namesInByline('毛朝阳、姚磊、张志伟报道'))).toEqual([':毛朝阳', ':姚磊', ':张志伟']);
  });
});

describe('namesInArticle', () => {
  it('finds names in the lead, credits and a names-only lead, once each', () => {
    const text = '本报讯 记者程雪报道 在今年中国医师节即将到来之际……\n看得家长连竖大拇指。通讯员张鲜红 摄';
    expect(show(namesInArticle('本报讯 记者程雪', text))).toEqual(['记者:程雪', '通讯员:张鲜红']);
    expect(show(namesInArticle(null, '毛朝阳、姚磊、张志伟报道 近日，衢州市总工会'))).toEqual([':毛朝阳', ':姚磊', ':张志伟']);
    expect(namesInArticle(null, '据悉，城乡社区专职工作者是海宁市经济社会发展的组织者。')).toEqual([]);
  });
});
