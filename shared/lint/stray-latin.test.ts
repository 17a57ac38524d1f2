import { describe, expect, it } from 'vitest';
import { lintStrayLatin } from './stray-latin';

const flagged = (text: string) => lintStrayLatin(text).map((w) => text.slice(w.range?.start, w.range?.end));

describe('lintStrayLatin', () => {
  it('flags lower-case Latin letters stuck in Chinese text', () => {
    expect(flagged('在海曙区全国级工会职工书屋示范点——丽园4s商圈职工书屋启动首场直播')).toEqual(['4s']);
    expect(flagged('研究审议了联盟工作思路 and Beijing计划')).toEqual(['and']);
    expect(lintStrayLatin('丽园4s商圈')[0]).toMatchObject({ rule: 'stray-latin', severity: 'info' });
    expect(flagged('通过APP、GDP和IP等方式统计，丽园4s商圈的客流')).toEqual(['4s']);
  });

  it('leaves acronyms, codes, units, addresses, loanwords and Latin lines alone', () => {
    for (const ok of [
      '仙居职工志愿服务有了IP形象',
      '“绿衣天使”“爱心冰柜”“E+银”等一系列品牌',
      '实施国家“1+X”证书制度试点',
      '建立“1中心+N个基层工会服务点”的联盟网络',
      '国内统一刊号:CN33-0018',
      '徒步20km，负重15 kg，容量5mL',
      '电子版:www.zjgrrb.com 电子信箱:zjgrrb@163.com',
      '下载App后即可报名',
      'Official Partner of the Olympic Winter Games Beijing 2022',
      'ICBC 中国工商银行',
    ]) {
      expect(flagged(ok)).toEqual([]);
    }
  });
});
