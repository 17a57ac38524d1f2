import { describe, expect, it } from 'vitest';
import { isAdLine, isBrandLine, isHotlineLine, isPageHeaderLine } from './noise';
import { endsInsideSentence, openEnding } from './sentence';

describe('openEnding', () => {
  it.each([
    ['mark', '创建活动开展以来,'],
    ['mark', '在诸暨的另一家全省非公企业“产改”试点单位——海亮集团,'],
    ['bracket', '张增荣参加了农家乐(民'],
    ['bracket', '“实名制管理工作在推进过'],
    ['prose', '据悉,自2012年起,杭州市总'],
    ['prose', '此次《意见》的出台是海宁市'],
    ['prose', '一个月来,每周的双休日志愿者们奔波在杭城'],
    ['prose', '四十多年如一日坚守在基层岗位上,凭借出色的医术和对农民的真挚情感,给一方百姓带去了健康与幸福的许'],
  ] as const)('%s: %s', (why, line) => {
    expect(openEnding(line)).toBe(why);
    expect(endsInsideSentence(line)).toBe(true);
  });

  it.each([
    ['finished', '支出的费用。'],
    ['subhead', '破题解难 稳步推进'],
    ['subhead', '20万元补贴,鼓励外来务工人员返岗'],
    ['credit', '通讯员王洁洁、薛晓斐 摄'],
    ['stuck credit', '…看得参加活动的家长连竖大拇指。通讯员张鲜红 摄'],
    ['byline only', '本报讯 记者程雪'],
    ['signature', '——编者'],
    ['list item', '- 4.杭州市植保土肥服务总站洪文英劳模创新工作室'],
    ['ad line', '客服热线:95599 www.abchina.com'],
    ['spaced title', '数字赋能 云端共享 吴兴用“三朵云”提升产业工人获得感'],
    ['empty', '   '],
  ])('does not stop inside a sentence (%s): %s', (_why, line) => {
    expect(openEnding(line)).toBeNull();
  });
});

describe('noise lines', () => {
  it('knows hotlines', () => {
    expect(isHotlineLine('88851111')).toBe(true);
    expect(isHotlineLine('新闻服务热线')).toBe(true);
    expect(isHotlineLine('读者热线:0571-88851111')).toBe(true);
    expect(isHotlineLine('开通了24小时服务热线,方便职工咨询。')).toBe(false);
  });

  it('knows advertisement copy and brand lines', () => {
    expect(isAdLine('Official Partner of the Olympic Winter Games Beijing 2022')).toBe(true);
    expect(isAdLine('客服热线:95599 www.abchina.com')).toBe(true);
    expect(isAdLine('电话银行:95588 网址:WWW.ICBC.COM.CN')).toBe(true);
    expect(isAdLine('北京 2022年冬季奥运会官方合作伙伴')).toBe(true);
    expect(isAdLine('研究审议了联盟2020年工作思路 and 具体工作计划并通报了初步拟定的联盟特色阵地情况。')).toBe(false);
    expect(isAdLine('中国农业银行')).toBe(false);
    expect(isBrandLine('中国农业银行')).toBe(true);
    expect(isBrandLine('ICBC 中国工商银行')).toBe(true);
    expect(isBrandLine('浙江省分行')).toBe(true);
  });

  it('knows running heads', () => {
    expect(isPageHeaderLine('责任编辑:张三 版式设计:李四')).toBe(true);
    expect(isPageHeaderLine('第2版 要闻')).toBe(true);
    expect(isPageHeaderLine('2版的内容很精彩。')).toBe(false);
  });
});
