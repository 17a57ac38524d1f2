import { describe, expect, it } from 'vitest';
import type { Masthead } from '../model/types';
import { lintBatch, type BatchLintPage } from './batch';

function masthead(fields: Partial<Masthead>): Masthead {
  return { paper: '浙江工人日报', date: null, lunarDate: null, weekday: null, serialNo: null, cn: 'CN33-0018', postalCode: null, website: null, email: null, ...fields };
}

const page = (file: string, meta: Masthead | null, articles: BatchLintPage['articles'] = []): BatchLintPage => ({ file, meta, articles });

describe('lintBatch: mastheads', () => {
  it('flags the misread website and e-mail, backed by the stems the other page repeats', () => {
    const warnings = lintBatch([
      page('003.txt', masthead({ website: 'www.zjgrrb.com', email: 'zjgrrb@163.com', serialNo: '11970' })),
      page('004.txt', masthead({ website: 'www.zjgrbb.com', email: 'zjarkw@163.com', serialNo: '11895' })),
      page('001.txt', null),
    ]);
    expect(warnings.map((w) => [w.file, w.article, w.rule, w.excerpt])).toEqual([
      ['004.txt', null, 'masthead-mismatch', 'www.zjgrbb.com'],
      ['004.txt', null, 'masthead-mismatch', 'zjarkw@163.com'],
    ]);
    expect(warnings[0].message.zh).toContain('www.zjgrrb.com');
  });

  it('lets the majority win, and flags every side of a tie nothing breaks', () => {
    const majority = lintBatch([
      page('a', masthead({ email: 'news@paper.cn' })),
      page('b', masthead({ email: 'news@paper.cn' })),
      page('c', masthead({ email: 'nevvs@paper.cn' })),
    ]);
    expect(majority.map((w) => w.file)).toEqual(['c']);
    const tie = lintBatch([page('a', masthead({ email: 'news@paper.cn' })), page('b', masthead({ email: 'nevvs@paper.cn' }))]);
    expect(tie.map((w) => w.file).sort()).toEqual(['a', 'b']);
  });

  it('compares only pages of one paper', () => {
    const warnings = lintBatch([
      page('a', masthead({ website: 'www.zjgrrb.com' })),
      page('b', masthead({ paper: '钱江晚报', cn: 'CN33-0010', website: 'www.qjwb.com' })),
    ]);
    expect(warnings).toEqual([]);
  });
});

describe('lintBatch: names', () => {
  it('flags one reporter spelled two ways on different pages, naming file and article', () => {
    const warnings = lintBatch([
      page('000.txt', null, [
        { byline: null, text: '正文。' },
        { byline: '本报讯 记者张浩呈 通讯员陆珊宇报道', text: '本报讯 记者张浩呈 通讯员陆珊宇报道 近日，宁波镇海区总工会发布了通知。' },
      ]),
      page('001.txt', null, [{ byline: '本报讯 记者张浩星 通讯员员郁诗怡报道', text: '本报讯 记者张浩星 通讯员郁诗怡报道 每年年初，宁波市总工会作出承诺。' }]),
    ]);
    expect(warnings.map((w) => [w.file, w.article, w.rule, w.excerpt.includes(w.message.zh.match(/“(.+?)”/)?.[1] ?? '?')])).toEqual([
      ['000.txt', 1, 'name-variant', true],
      ['001.txt', 0, 'name-variant', true],
    ]);
    const text = '本报讯 记者张浩呈 通讯员陆珊宇报道 近日，宁波镇海区总工会发布了通知。';
    expect(text.slice(warnings[0].range?.start, warnings[0].range?.end)).toBe('张浩呈');
  });

  it('marks the rarer spelling as the warning', () => {
    const art = (name: string) => ({ byline: `记者${name}`, text: `记者${name}报道 今年。` });
    const warnings = lintBatch([page('001', null, [art('程雷')]), page('004', null, [art('程雪'), art('程雪')])]);
    expect(warnings.map((w) => [w.file, w.article, w.severity])).toEqual([
      ['001', 0, 'warning'],
      ['004', 0, 'info'],
      ['004', 1, 'info'],
    ]);
  });

  it('leaves names on one page, of different roles or lengths, or two characters apart', () => {
    const warnings = lintBatch([
      page('001', null, [
        { byline: '通讯员陈怡', text: '' },
        { byline: '通讯员陈瑾', text: '' },
      ]),
      page('002', null, [
        { byline: '记者陈怡 通讯员周建巨', text: '' },
        { byline: '通讯员陈怡宁 通讯员周永卫', text: '' },
      ]),
    ]);
    expect(warnings).toEqual([]);
  });
});
