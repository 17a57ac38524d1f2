import { describe, expect, it } from 'vitest';
import { extractLeadByline, extractPhotoCredit, isBareNameLine, isEditorNoteHeading, isBylineLead, isBylineOnly, isEditorSign, isEndNote, isPhotoCredit, ownLineByline } from './byline';

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

describe('other papers’ byline and credit forms', () => {
  it.each([
    ['科技日报兰州6月11日电 （记者颉满斌 通讯员余若怡）锂同位素', '科技日报兰州6月11日电 （记者颉满斌 通讯员余若怡）'],
    ['中国青年报客户端讯(中青报·中青网见习记者 王姗姗)近日,安徽', '中国青年报客户端讯(中青报·中青网见习记者 王姗姗)'],
    ['本报合肥18日电 本省今年夏粮丰收', '本报合肥18日电'],
    ['■本报讯 第四届全国工人报刊好新闻评比揭晓', '■本报讯'],
    ['本报讯（记者 戈伟 实习生 刘晓雪）7月28日', '本报讯（记者 戈伟 实习生 刘晓雪）'],
  ])('lead %s', (line, byline) => {
    expect(extractLeadByline(line)?.byline).toBe(byline);
  });

  it.each(['本报记者 孙铭惠', '■快报记者 都怡文', '光明日报记者张文骁李晓东周洪双', '中青报·中青网记者 雷宇 实习生 朱可芯', '拍摄者：本报记者 张方志', '本报记者 李银刚 整理', '■刘师苑', '王开文/图', '文/羊城晚报全媒体记者 张三'])(
    'own-line byline %s',
    (line) => expect(ownLineByline(line)).toBe(line),
  );

  it.each(['记者了解到这一情况', '破题解难 稳步推进', '享歌声 交朋友', '据报道电影节开幕'])('no own-line byline: %s', (line) => {
    expect(ownLineByline(line)).toBeNull();
  });

  it('reads end notes and bare names', () => {
    for (const l of ['（郭耀武）', '（完）', '（作者单位：中央党校）', '(刘 婧)']) expect(isEndNote(l)).toBe(true);
    for (const l of ['（下转第7版）', '（一）']) expect(isEndNote(l)).toBe(false);
    expect(isBareNameLine('王星海 耿志清')).toBe(true);
    expect(isBareNameLine('享歌声 交朋友')).toBe(false);
  });

  it('finds a credit after a caption’s last sentence, with or without a space', () => {
    expect(extractPhotoCredit('联合收割机唱响丰收曲。 刘炳科摄')).toBe('刘炳科摄');
    expect(extractPhotoCredit('风雨中坚守在一线巡远。陈冰恩摄')).toBe('陈冰恩摄');
    expect(extractPhotoCredit('轨交10号线恢复运营。不少乘客带着行李前往火车站 本报记者 陈梦泽 摄')).toBe('本报记者 陈梦泽 摄');
  });

  it('keeps the picture source in brackets after a credit (X摄（影像中国）), whatever bracket the OCR read', () => {
    expect(extractPhotoCredit('工人正在焊接。 王程龙摄（新华社发）')).toBe('王程龙摄（新华社发）');
    expect(extractPhotoCredit('工人正在焊接。 王程龙摄 《影像中国)')).toBe('王程龙摄 《影像中国)');
    // A bracket after a word ending in 摄 is no credit's source.
    expect(extractPhotoCredit('这部片子正在拍摄（纪录片）')).toBeNull();
  });

  it('finds a credit in brackets closing a caption, and no bracketed remark', () => {
    expect(extractPhotoCredit('活动现场 (石家豪摄)')).toBe('(石家豪摄)');
    expect(extractPhotoCredit('职工在车间作业（记者 张三 摄）')).toBe('（记者 张三 摄）');
    expect(extractPhotoCredit('这部电影（去年拍摄）')).toBeNull();
    expect(extractPhotoCredit('（部分图片由受访者提供）')).toBeNull();
  });

  it('reads an own-line byline whose ■ and middle dot the OCR misread (口, :)', () => {
    expect(ownLineByline('口 中国妇女报:中国女网记者 丁秀伟')).toBe('口 中国妇女报:中国女网记者 丁秀伟');
    expect(ownLineByline('口本报记者 张守坤')).toBe('口本报记者 张守坤');
    expect(ownLineByline('口 味道很好')).toBeNull();
    expect(ownLineByline('人民日报:今日评论')).toBeNull();
  });

  it('reads an editor’s note heading line, its ■ misread or not, and not the note itself', () => {
    for (const l of ['编者按', '■编者按', '国编者按', '【编者按】', '开栏语：']) expect(isEditorNoteHeading(l)).toBe(true);
    for (const l of ['编者按：讲真话，是做人品质。', '读编者按有感而发']) expect(isEditorNoteHeading(l)).toBe(false);
  });
});
