import { describe, expect, it } from 'vitest';
import { isAdMarker, isDateLine, isEditorLine, isImprintLine, isJumpLine, isQrCaption, isRunningHeadLine, isTeaserLine, isWeatherLine, recurrenceKey } from './furniture';

describe('page furniture by its grammar', () => {
  it.each(['责任编辑：刘 宁 杨 帆', '编辑 张 博 制作 李 波', '本版编辑:王 燕 校对:刘 强', '本版责编：陈 晨 版式设计：张 悦', '责编 陈 静 美编 刘 波', '本版编辑: 工会新闻部', '制作 李波', '设计：张悦'])(
    'editors’ line: %s',
    (line) => expect(isEditorLine(line)).toBe(true),
  );
  it.each(['编辑同志：多年来，我们厂历任工会主席都订阅本报。', '编辑部收到读者来信', '责任编辑要对稿件负责。', '制作煎饼果子', '设计新方案'])('no editors’ line: %s', (line) => {
    expect(isEditorLine(line)).toBe(false);
  });

  it('reads running heads, dates and teasers, not headlines', () => {
    for (const l of ['3 综合新闻', 'A06 郑州新闻', 'A2 要闻', '第2版 综合新闻', '2                    工会新闻', '图片新闻          5']) expect(isRunningHeadLine(l)).toBe(true);
    for (const l of ['3月的春风吹绿了田野', '破题解难 稳步推进', '2026年全省工会工作会议召开']) expect(isRunningHeadLine(l)).toBe(false);
    expect(isDateLine('科技日报 2026年6月12日 星期五')).toBe(true);
    expect(isDateLine('2026年6月12日，全省工会工作会议召开。')).toBe(false);
    expect(isTeaserLine('从读者到作者——我与光明日报 5版')).toBe(true);
    expect(isTeaserLine('第5版刊登了一篇报道。')).toBe(false);
  });

  it('reads boxes: weather, public-service ads, QR captions, the footer, jump lines', () => {
    expect(isWeatherLine('今天 晴 -6℃—3℃')).toBe(true);
    expect(isWeatherLine('北风二三级')).toBe(true);
    expect(isWeatherLine('气温低至零下7摄氏度，工人们仍在坚守。')).toBe(false);
    expect(isAdMarker('公益广告')).toBe(true);
    expect(isQrCaption('四川工人日报微信公众号')).toBe(true);
    expect(isQrCaption('中国青年报客户端讯(记者 王姗姗)近日')).toBe(false);
    expect(isImprintLine('光明日报社出版 地址：北京市西城区珠市口东大街5号 邮编：100050')).toBe(true);
    expect(isJumpLine('（下转第7版）')).toBe(true);
    expect(isJumpLine('>>4版')).toBe(true);
    expect(isJumpLine('（上接第一版）')).toBe(true);
    expect(isJumpLine('下转到基层去看看')).toBe(false);
  });

  it('keys recurring lines without their digits and spaces', () => {
    expect(recurrenceKey('2 要闻')).toBe(recurrenceKey('12  要闻'));
    expect(recurrenceKey('2 要闻')).not.toBe(recurrenceKey('2 国际'));
  });
});
