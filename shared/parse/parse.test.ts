// The parser beyond the samples: line endings, options, other papers' conventions, arbitrary input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParsedPage } from '../model/types';
import { samplePages } from '../../tests/fixtures/samples';
import { parsePage } from './index';

const sampleTexts = samplePages.map((p) => p.text);
const sampleLines = [...new Set(sampleTexts.flatMap((t) => t.split('\n')))];

const outline = (p: ParsedPage) => p.articles.map((a) => [a.kind, a.kicker, a.headline, a.subtitle, a.byline, a.sections, a.subheads, a.body]);

/** The invariants every parse must keep, whatever the input. */
function expectWellFormed(text: string, p: ParsedPage): void {
  const spans = [...p.articles.map((a) => a.range), ...p.noise.map((n) => n.range)].sort((a, b) => a.start - b.start);
  for (const a of p.articles) {
    expect(a.ocr).toBe(text.slice(a.range.start, a.range.end));
    expect(a.body.split('\n').every((l) => l.length > 0) || a.body === '').toBe(true);
  }
  for (const n of p.noise) expect(n.text).toBe(text.slice(n.range.start, n.range.end));
  for (let i = 0; i < spans.length; i++) {
    expect(spans[i].start).toBeGreaterThanOrEqual(0);
    expect(spans[i].end).toBeLessThanOrEqual(text.length);
    expect(spans[i].start).toBeLessThanOrEqual(spans[i].end);
    if (i > 0) expect(spans[i - 1].end).toBeLessThanOrEqual(spans[i].start);
  }
}

describe('line endings and leading junk', () => {
  it('parses CRLF text with a BOM and leading blank lines like LF text', () => {
    for (const text of sampleTexts) {
      const crlf = '\uFEFF\r\n\r\n\r\n' + text.replace(/\n/g, '\r\n');
      const a = parsePage(text);
      const b = parsePage(crlf);
      expect(outline(b)).toEqual(outline(a));
      expect(b.meta).toEqual(a.meta);
      expect(b.noise.map((n) => n.reason)).toEqual(a.noise.map((n) => n.reason));
      expectWellFormed(crlf, b);
      for (const art of b.articles) expect(art.ocr).not.toMatch(/^\r|\r$/);
    }
  });

  it('handles empty and blank pages', () => {
    for (const text of ['', '\uFEFF', '\n\n\n', '\r\n \u3000\r\n']) {
      expect(parsePage(text)).toEqual({ meta: null, articles: [], noise: [] });
    }
  });
});

describe('section vocabulary', () => {
  const text = ['民生服务直通车', '', '杭州为一线职工送清凉', '', '本报讯 记者张三报道 近日,杭州市总工会启动夏送清凉活动。', '', '活动将持续到8月底。'].join('\n');

  it('takes a known section name as a label instead of a headline', () => {
    const plain = parsePage(text).articles[0];
    expect([plain.headline, plain.subtitle, plain.sections]).toEqual(['民生服务直通车', '杭州为一线职工送清凉', []]);
    const known = parsePage(text, { sections: ['民生服务直通车'] }).articles[0];
    expect([known.headline, known.subtitle, known.sections]).toEqual(['杭州为一线职工送清凉', null, ['民生服务直通车']]);
    expect(known.ocr.startsWith('民生服务直通车')).toBe(true);
  });
});

describe('a page of another paper', () => {
  // A made-up front page in the conventions of other Chinese dailies: full-width punctuation, bracketed bylines,
  // a bracketed column label, a running head, a story without a byline under a two-line stack.
  const text = [
    '工人日报',
    '2023年5月4日 星期四',
    '癸卯年三月十五',
    '国内统一刊号：CN11-0005 总第13500号',
    '网址：www.workercn.cn',
    '',
    '【劳动者之歌】',
    '',
    '百万职工同台竞技',
    '',
    '全国职工职业技能大赛开幕',
    '',
    '本报北京5月3日讯（记者 李明 通讯员 王芳）全国职工职业技能大赛3日在京开幕，来自各地的选手',
    '',
    '参加比赛。',
    '',
    '赛事设置三个项目',
    '',
    '大赛共设置数控车工、焊工、电工三个项目。',
    '',
    '一线工人的节日',
    '',
    '工会主席谈大赛',
    '',
    '“这是一线工人的节日。”他说，大赛为职工搭建了展示技能的舞台。',
    '',
    '读者热线：010-84151234',
  ].join('\n');
  const p = parsePage(text);

  it('reads its masthead', () => {
    expect(p.meta).toEqual({
      paper: '工人日报',
      date: '2023-05-04',
      lunarDate: '癸卯年三月十五',
      weekday: '星期四',
      serialNo: '13500',
      cn: 'CN11-0005',
      postalCode: null,
      website: 'www.workercn.cn',
      email: null,
    });
  });

  it('reads a bracketed label, a parenthesised byline and a subhead', () => {
    const [first] = p.articles;
    expect(first.sections).toEqual(['劳动者之歌']);
    expect([first.kicker, first.headline, first.subtitle]).toEqual([null, '百万职工同台竞技', '全国职工职业技能大赛开幕']);
    expect(first.byline).toBe('本报北京5月3日讯（记者 李明 通讯员 王芳）');
    expect(first.subheads).toEqual(['赛事设置三个项目']);
  });

  it('reads a two-line stack without a byline as an article, and the hotline as noise', () => {
    expect(p.articles).toHaveLength(2);
    expect([p.articles[1].headline, p.articles[1].subtitle, p.articles[1].byline]).toEqual(['一线工人的节日', '工会主席谈大赛', null]);
    expect(p.noise.map((n) => n.reason)).toEqual(['masthead', 'hotline']);
    expectWellFormed(text, p);
  });
});

describe('an inner page of another paper', () => {
  const text = [
    '第3版 要闻',
    '责任编辑：王五 美编：赵六',
    '',
    '职工书屋开进工地',
    '',
    '',
    '',
    '建筑工人在新开的职工书屋里读书。',
    '',
    '图/张三',
    '',
    '湖州启动非公企业“红色工匠”培育活动',
    '',
    '本报讯（通讯员 周建巨）近日，湖州市总工会出台通知，决定在全市非公企业开展“红色工匠”培育，首批确定',
    '',
    '200名培养人选。',
  ].join('\n');
  const p = parsePage(text);

  it('keeps the running head as noise without masthead meta', () => {
    expect(p.meta).toBeNull();
    expect(p.noise.map((n) => [n.reason, n.text])).toEqual([['masthead', '第3版 要闻\n责任编辑：王五 美编：赵六']]);
  });

  it('reads a photo with a 图/ credit and the news after it', () => {
    expect(p.articles.map((a) => [a.kind, a.headline, a.byline])).toEqual([
      ['photo', '职工书屋开进工地', '图/张三'],
      ['news', '湖州启动非公企业“红色工匠”培育活动', '本报讯（通讯员 周建巨）'],
    ]);
    expect(p.articles[1].body.split('\n')).toHaveLength(2);
    expectWellFormed(text, p);
  });
});

describe('a photo spread under a column banner', () => {
  const page = (upper: string, lower: string) =>
    [
      '6                    经济新闻',
      '',
      upper,
      '',
      lower,
      '',
      '1月28日，在三明市一家钢铁厂的中板车间内，工人正在测量钢材的厚度，赶制今年的第一批订单。 张三摄（影像中国）',
      '',
      '1月29日，在射阳县新能源产业园的装备制造车间，工人正在焊接海上风电的钢管桩。 李四摄（影像中国）',
    ].join('\n');

  it('reads a plain line over a longer headline of parallel phrases as the spread’s column banner', () => {
    const [spread] = parsePage(page('统筹抓好改革发展各项工作', '生产一线开足马力 经济复苏动力强劲')).articles;
    expect([spread.kind, spread.headline, spread.subtitle, spread.sections]).toEqual(['photo', '生产一线开足马力 经济复苏动力强劲', null, ['统筹抓好改革发展各项工作']]);
    expect(spread.lineRoles?.[0].reason.en).toMatch(/photo spread’s column banner/);
  });

  it('keeps a headline over its shorter subtitle', () => {
    const [spread] = parsePage(page('城区五所新改扩建学校如期开学', '新增学位四千五百多个')).articles;
    expect([spread.headline, spread.subtitle, spread.sections]).toEqual(['城区五所新改扩建学校如期开学', '新增学位四千五百多个', []]);
  });
});

describe('article boundaries', () => {
  const lead = '本报讯 记者张三报道 近日,海宁市委组织部、市总工会联合发布指导意见。';

  it('does not start an article at a subhead followed by a column-broken short line', () => {
    const text = ['海宁社区工作者有了“娘家”', '', lead, '', '破题解难 稳步推进', '', '此次《意见》的出台是海宁市', '', '总工会“集中入会行动”的新举措。'].join('\n');
    const [only, ...rest] = parsePage(text).articles;
    expect(rest).toEqual([]);
    expect(only.subheads).toEqual(['破题解难 稳步推进']);
    expect(only.body.split('\n')).toHaveLength(4);
  });

  it('opens an article at every byline, also under an over-long headline or none (news in brief)', () => {
    const longHeadline = '省总工会召开全省产业工人队伍建设改革推进会暨新时代浙江工匠培育工程现场交流会议在杭州举行';
    const text = [longHeadline, '', lead, '', '简讯', '', '本报讯 记者李四报道 日前,宁波市总工会举办读书会。', '', '本报讯 通讯员王五报道 近日,温州市总工会走访企业。'].join('\n');
    const articles = parsePage(text).articles;
    expect(articles.map((a) => [a.headline, a.byline])).toEqual([
      [longHeadline, '本报讯 记者张三报道'],
      ['简讯', '本报讯 记者李四报道'],
      ['', '本报讯 通讯员王五报道'],
    ]);
  });

  it('starts an article at a lead even when an image and its caption sit under the headline', () => {
    const text = ['第一篇的标题', '', lead, '', '坚持“两手硬” 助力“两战赢”', '', '三组数据凸显余杭工会担当作为', '', '', '', '余杭区某企业已恢复生产。', '', '通讯员唐恺良报道 自2月10日起,区总工会一手抓疫情防控。'].join('\n');
    const articles = parsePage(text).articles;
    expect(articles.map((a) => [a.kicker, a.headline])).toEqual([
      [null, '第一篇的标题'],
      ['坚持“两手硬” 助力“两战赢”', '三组数据凸显余杭工会担当作为'],
    ]);
    expect(articles[1].body.split('\n')[0]).toBe('余杭区某企业已恢复生产。');
  });
});

describe('properties', () => {
  it('never throws on arbitrary strings and keeps ranges consistent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expectWellFormed(text, parsePage(text));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on shuffles and concatenations of sample lines, with any line endings', () => {
    const line = fc.constantFrom(...sampleLines, '', '', '\u3000', '\uFEFF');
    const newline = fc.constantFrom('\n', '\r\n', '\r');
    fc.assert(
      fc.property(fc.array(fc.tuple(line, newline), { maxLength: 120 }), fc.boolean(), (parts, bom) => {
        const text = (bom ? '\uFEFF' : '') + parts.map(([l, nl]) => l + nl).join('');
        const p = parsePage(text, { sections: ['产改进行时'] });
        expectWellFormed(text, p);
      }),
      { numRuns: 300 },
    );
  });
});
