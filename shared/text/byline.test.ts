import { describe, expect, it } from 'vitest';
import { extractLeadByline, extractPhotoCredit, isBylineLead, isBylineOnly, isEditorSign, isPhotoCredit } from './byline';

describe('extractLeadByline', () => {
  it.each([
    ['本报讯 通讯员胡晓雨 记者潘仙德报道 日前,仙居县总工会', '本报讯 通讯员胡晓雨 记者潘仙德报道', '日前,仙居县总工会'],
    ['本报讯 记者张浩呈 通讯员陆珊宇报道 近日,宁波', '本报讯 记者张浩呈 通讯员陆珊宇报道', '近日,宁波'],
    ['记者阮向民报道 哪里有职工,哪里就有工会组织。', '记者阮向民报道', '哪里有职工,哪里就有工会组织。'],
    ['见习记者李国峰报道 “过去同在一个小镇', '见习记者李国峰报道', '“过去同在一个小镇'],
    ['通讯员唐恺良报道 自2月10日', '通讯员唐恺良报道', '自2月10日'],
    ['毛朝阳、姚磊、张志伟报道 近日,衢州', '毛朝阳、姚磊、张志伟报道', '近日,衢州'],
    ['本报讯 通讯员陈怡、曾刚毅、施胡见习记者邹伟锋报道 近日', '本报讯 通讯员陈怡、曾刚毅、施胡见习记者邹伟锋报道', '近日'],
    // Other papers' forms.
    ['本报讯（记者 张三 通讯员 李四）近日，某地', '本报讯（记者 张三 通讯员 李四）', '近日，某地'],
    ['新华社北京11月22日电（记者王五）近日', '新华社北京11月22日电（记者王五）', '近日'],
    ['本报杭州11月20日讯 记者张三报道 近日', '本报杭州11月20日讯 记者张三报道', '近日'],
    ['本报讯 记者程雪 近日,省委', '本报讯 记者程雪', '近日,省委'],
    ['本报讯 近日,杭州', '本报讯', '近日,杭州'],
  ])('%s', (line, byline, rest) => {
    const lead = extractLeadByline(line);
    expect(lead?.byline).toBe(byline);
    expect(line.slice(lead!.rest)).toBe(rest);
  });

  it.each([
    '记者了解到,镇海区总工会实施非公企业工会主席履职工作补贴',
    '据央视报道 近日',
    '今天报道 近日',
    '“三度并举”,打好复工复产防疫战',
    '据新华社报道,近日',
  ])('is no byline: %s', (line) => {
    expect(isBylineLead(line)).toBe(false);
  });

  it('tells a byline standing alone from a lead', () => {
    expect(isBylineOnly('本报讯 记者程雪')).toBe(true);
    expect(isBylineOnly('记者张三 通讯员李四')).toBe(true);
    expect(isBylineOnly('记者程雪报道')).toBe(true);
    expect(isBylineOnly('记者程雪报道 新时代浙江产业工人队伍建设改革工作怎么干?')).toBe(false);
    expect(isBylineOnly('破题解难 稳步推进')).toBe(false);
  });
});

describe('photo credits', () => {
  it.each(['通讯员王林超 摄', '通讯员王洁洁、薛晓斐 摄', '王林超 摄', '记者 张三 摄', '记者张三 通讯员李四 摄', '图/张三', '摄影 李四'])(
    'credit on its own line: %s',
    (line) => {
      expect(isPhotoCredit(line)).toBe(true);
      expect(extractPhotoCredit(line)).toBe(line);
    },
  );

  it.each(['拍摄', '王林超摄', '大家一起拍摄', '活动现场由专业团队拍摄'])('no credit: %s', (line) => {
    expect(extractPhotoCredit(line)).toBeNull();
  });

  it('finds a credit stuck to the end of a caption', () => {
    const caption = '一名9岁男孩背起12公斤重的空呼器,双手各提一卷5公斤重的水带咬牙跑完全程,看得参加活动的家长连竖大拇指。通讯员张鲜红 摄';
    expect(extractPhotoCredit(caption)).toBe('通讯员张鲜红 摄');
    expect(isPhotoCredit(caption)).toBe(false);
  });
});

describe('isEditorSign', () => {
  it('matches the signature closing an editor’s note', () => {
    expect(isEditorSign('——编者')).toBe(true);
    expect(isEditorSign('—— 编者')).toBe(true);
    expect(isEditorSign('——编者按语很长的一句话')).toBe(false);
    expect(isEditorSign('编者')).toBe(false);
  });
});
