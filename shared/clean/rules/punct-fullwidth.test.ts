import { describe, expect, it } from 'vitest';
import { applyEdits } from '../apply';
import { punctFullwidth } from './punct-fullwidth';

/** The rule's output on one text. */
function fix(text: string): string {
  const edits = punctFullwidth.apply(text).map((e) => ({ ...e, before: text.slice(e.start, e.end) }));
  return applyEdits(text, edits);
}

describe('punct-fullwidth', () => {
  it('makes the marks of Chinese sentences full-width', () => {
    expect(fix('本报讯 通讯员张晓燕报道 近日,杭州市总工会命名')).toBe('本报讯 通讯员张晓燕报道 近日，杭州市总工会命名');
    expect(fix('如今,半年过去了,这“十件实事”办得怎么样了?日前')).toBe('如今，半年过去了，这“十件实事”办得怎么样了？日前');
    expect(fix('每年50万元!')).toBe('每年50万元！');
    expect(fix('开展工作:一是突出工作互动;二是')).toBe('开展工作：一是突出工作互动；二是');
    expect(fix('“今年,我们加入了农家乐(民宿)联合工会,')).toBe('“今年，我们加入了农家乐（民宿）联合工会，');
  });

  it('converts a mark between a number and Chinese, and a tilde range inside Chinese', () => {
    expect(fix('截至目前,1600余名外地职工')).toBe('截至目前，1600余名外地职工');
    expect(fix('由5~7人组成,其中主席1人,副主席1~2人;')).toBe('由5～7人组成，其中主席1人，副主席1～2人；');
    expect(fix('签署了2018~2020年友好合作协议')).toBe('签署了2018～2020年友好合作协议');
    expect(fix('入会率达99.85%。其中,联合工会25家')).toBe('入会率达99.85%。其中，联合工会25家');
  });

  it('converts bracket pairs with Chinese content or Chinese around them', () => {
    expect(fix('高技能人才(劳模)示范性创新工作室')).toBe('高技能人才（劳模）示范性创新工作室');
    expect(fix('灵隐管理处(杭州花圃)张振羽荷花')).toBe('灵隐管理处（杭州花圃）张振羽荷花');
    expect(fix('《关于印发〈镇海区非公企业工会主席履职工作补贴发放管理办法(试行)〉的通知》(以下简称《办法》)。'))
      .toBe('《关于印发〈镇海区非公企业工会主席履职工作补贴发放管理办法（试行）〉的通知》（以下简称《办法》）。');
    expect(fix('建立“1中心+N个基层工会服务点”(1+N)的联盟')).toBe('建立“1中心+N个基层工会服务点”（1+N）的联盟');
    expect(fix('张增荣参加了农家乐(民')).toBe('张增荣参加了农家乐（民');
  });

  it('leaves numbers, ratios, addresses and Latin text alone', () => {
    for (const keep of [
      '以1:2的比例确定“红',
      '会议于8:30开始',
      '捐款1,000元',
      '共计12,345,678元',
      '电子版:www.zjgrrb.com/a?b=1,2',
      'Official Partner of the Olympic Winter Games Beijing 2022',
      'Hello, world (beta)!',
      '国内统一刊号 CN33-0018',
      '“1+X”证书制度',
      '1.杭州锅炉集团',
    ]) {
      const out = fix(keep);
      // Only the colon after 电子版 is Chinese context there; the URL itself stays.
      expect(out.replace('电子版：', '电子版:')).toBe(keep);
    }
  });

  it('keeps a URL’s own brackets and marks but not the ones around it', () => {
    expect(fix('见(www.a.com/x(1)),了解')).toBe('见（www.a.com/x(1)），了解');
    expect(fix('请发邮件至zjgrrb@163.com,谢谢')).toBe('请发邮件至zjgrrb@163.com，谢谢');
  });

  it('treats a mark with no letter on either side as not Chinese', () => {
    expect(fix('1,2')).toBe('1,2');
    expect(fix('(1)')).toBe('(1)');
  });

  it('decides per line', () => {
    expect(fix('Hello,\n世界')).toBe('Hello,\n世界');
    expect(fix('(中\n)x')).toBe('（中\n)x');
  });
});
