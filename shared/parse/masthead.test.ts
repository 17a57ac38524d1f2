import { describe, expect, it } from 'vitest';
import { analyzeBatch } from '../analyze';
import { splitLines } from './lines';
import type { ParsedPage } from '../model/types';
import { findMasthead, readDate, readMeta } from './masthead';

const zone = (...texts: string[]) => findMasthead(splitLines(texts.join('\n')));

describe('mastheads of other papers', () => {
  it('reads a name with its romanised form, dates on one line, 第N号 and a spaced CN number', () => {
    const { meta, reasons } = zone(
      '晨光日报 CHENGUANG DAILY',
      '2025年3月7日 星期五 农历乙巳年二月初八',
      '第30412号',
      '国内统一刊号 CN 45-0007',
      '代号9-33',
      '今日16版',
      '早春的田野里，农机手们正忙着翻耕土地，为春播做好准备。',
    );
    expect(meta).toMatchObject({
      paper: '晨光日报', date: '2025-03-07', weekday: '星期五', lunarDate: '乙巳年二月初八', serialNo: '30412', cn: 'CN45-0007', postalCode: '9-33',
    });
    expect([...reasons.keys()]).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('reads each field on a line of its own, 第N期, and a name without the usual ending above its romanised line', () => {
    const { meta } = zone('海风周刊', 'HAIFENG WEEKLY', '2019年12月1日', '星期日', '己亥年十一月初六', '第1288期', '邮发代号：27-51');
    expect(meta).toMatchObject({ paper: '海风周刊', date: '2019-12-01', weekday: '星期日', lunarDate: '己亥年十一月初六', serialNo: '1288', postalCode: '27-51' });
  });

  it('prefers 总第N号 over the year’s 第N号', () => {
    expect(readMeta(['第125号 总第9876号', '北江晚报']).serialNo).toBe('9876');
    expect(readMeta(['第3版']).serialNo).toBeNull();
  });

  it('reads a lunar date printed without the cyclic year only after 农历', () => {
    expect(readMeta(['农历腊月廿三']).lunarDate).toBe('腊月廿三');
    expect(readMeta(['他在正月初一回了家']).lunarDate).toBeNull();
  });

  it('takes 周五 as the weekday only on a date line', () => {
    expect(readMeta(['2024.05.10 周五']).weekday).toBe('周五');
    expect(readMeta(['2024.05.10', '周五见']).weekday).toBeNull();
  });

  it('reads dates in the forms papers print', () => {
    expect(readDate('2024年10月28日')).toBe('2024-10-28');
    expect(readDate('2024 年 1 月 9 日')).toBe('2024-01-09');
    expect(readDate('2024-1-9')).toBe('2024-01-09');
    expect(readDate('2024/11/30')).toBe('2024-11-30');
    expect(readDate('二〇二四年十月二十八日')).toBe('2024-10-28');
    expect(readDate('一九六三年六月十三日')).toBe('1963-06-13');
    expect(readDate('2024年13月40日')).toBeNull();
    expect(readDate('共12.5万人')).toBeNull();
  });
});

describe('inner pages', () => {
  it('take the date and paper from a one-line running head, without a masthead zone', () => {
    const { meta, reasons } = zone(
      '4 综合新闻 南山日报 2026年6月12日 星期五',
      '责任编辑 周 洋',
      '新能源车下乡活动启动',
      '本报讯 近日，新能源车下乡活动在全市启动，首批二十家企业参加。',
    );
    expect(meta).toMatchObject({ paper: '南山日报', date: '2026-06-12', weekday: '星期五', serialNo: null, cn: null });
    expect(reasons.size).toBe(0);
  });

  it('take the date from a running head split over lines, or from a footer', () => {
    expect(zone('3', '要闻', '二〇二五年五月四日 星期日', '青年节里的青年').meta).toMatchObject({ date: '2025-05-04', weekday: '星期日' });
    const body = Array.from({ length: 12 }, (_, i) => `第${i + 1}段正文，写得很长很长，这一段并没有任何日期可以读到。`);
    expect(zone('城市的夜', ...body, '2023年8月1日 第7版').meta).toMatchObject({ date: '2023-08-01', paper: null });
  });

  it('have no meta when nothing near the top or bottom is dated', () => {
    expect(zone('优中选优 树立标杆', '本报讯 通讯员报道 近日，2012年起的工作室评选揭晓。').meta).toBeNull();
  });
});

describe('a masthead layout learned from the batch’s front pages', () => {
  const front = (date: string, serial: string) =>
    ['晨光日报', 'CHENGUANG DAILY', date, serial, '晨光日报客户端', '', '早春田野农机忙', '', '本报讯 记者王明报道 早春的田野里，农机手们正忙着翻耕土地，为春播做好准备。'].join('\n');
  // The second day's date and serial came out unreadable (O for 0, 笫 for 第): its fields no longer hold a zone.
  const garbled = front('2O25年3月8日', '笫3O413号');
  const inArticles = (p: ParsedPage) => p.articles.map((a) => [a.kicker, a.headline, a.subtitle, a.body].join('\n')).join('\n');

  it('recognises the same paper’s front page whose own fields the OCR garbled', () => {
    const alone = analyzeBatch([{ file: 'b.txt', text: garbled }]).pages[0]!.page;
    expect(alone.meta).toBeNull();
    expect(inArticles(alone)).toContain('客户端');
    const b = analyzeBatch([{ file: 'a.txt', text: front('2025年3月7日', '第30412号') }, { file: 'b.txt', text: garbled }]).pages[1]!.page;
    expect(b.meta?.paper).toBe('晨光日报');
    // The garbled lines inside the zone go with it.
    for (const line of ['CHENGUANG', '客户端', '2O25', '笫3O413号']) expect(inArticles(b)).not.toContain(line);
    expect(b.articles.map((a) => a.headline)).toEqual(['早春田野农机忙']);
  });
});
