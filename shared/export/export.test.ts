import { describe, expect, it } from 'vitest';
import { FIXTURE_ARTICLES } from './fixtures';
import { withExtension } from './formats';
import { toJson } from './json';
import { toJsonl } from './jsonl';
import { bylineAndBody } from './labels';
import { buildManifest } from './manifest';
import { escapeMarkdown, toMarkdown } from './markdown';
import { toText } from './text';

const manifest = buildManifest(FIXTURE_ARTICLES, { version: '9.9.9', exportedAt: '2021-11-24T10:00:00.000Z' });
const [news, markup, note] = FIXTURE_ARTICLES;

describe('buildManifest', () => {
  it('summarises papers, dates, pages and counts', () => {
    expect(manifest).toEqual({
      generator: 'Galley',
      version: '9.9.9',
      exportedAt: '2021-11-24T10:00:00.000Z',
      papers: ['浙江工人日报'],
      dates: ['2021-11-21', '2021-11-22'],
      pages: ['003_front.txt', '001_inner.txt', '000_inner.txt'],
      count: 3,
      byStatus: { new: 0, editing: 1, flagged: 0, approved: 2 },
    });
  });
});

describe('toJson', () => {
  it('writes the manifest, then every article with every field, text unchanged', () => {
    const doc = JSON.parse(toJson(FIXTURE_ARTICLES, manifest));
    expect(Object.keys(doc)).toEqual(['manifest', 'articles']);
    expect(doc.manifest).toEqual(manifest);
    expect(doc.articles).toHaveLength(3);
    expect(Object.keys(doc.articles[0])).toEqual(['id', 'paper', 'date', 'pageFile', 'ord', 'kind', 'kicker', 'headline', 'subtitle', 'byline', 'sections', 'body', 'status', 'approvedAt', 'approvedBy']);
    expect(doc.articles[0]).toMatchObject({ paper: '浙江工人日报', date: '2021-11-22', pageFile: '003_front.txt', kicker: news.kicker, headline: news.headline, subtitle: news.subtitle, byline: news.byline, sections: ['产改进行时', '工会动态'], body: news.body });
    expect(doc.articles[1].headline).toBe('<script>alert("x")</script> & <b>粗体</b>');
    expect(doc.articles[2]).toMatchObject({ paper: null, date: null, subtitle: null });
  });

  it('keeps Chinese as UTF-8 characters rather than \\u escapes', () => {
    expect(toJson(FIXTURE_ARTICLES, manifest)).toContain('镇海为非公企业工会主席发放履职补贴');
  });
});

describe('toJsonl', () => {
  it('writes one parseable article per line, multi-line bodies included', () => {
    const out = toJsonl(FIXTURE_ARTICLES);
    expect(out.endsWith('\n')).toBe(true);
    const lines = out.slice(0, -1).split('\n');
    expect(lines).toHaveLength(3);
    const parsed = lines.map((l) => JSON.parse(l));
    expect(parsed.map((a) => a.id)).toEqual([11, 12, 13]);
    expect(parsed[0].body).toBe(news.body);
    expect(parsed[1].headline).toBe(markup.headline);
    expect(parsed[2].sections).toEqual(['红五月 颂劳动']);
  });

  it('writes nothing for no articles', () => {
    expect(toJsonl([])).toBe('');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['# 不是标题', '\\# 不是标题'],
    ['1. 不是列表', '1\\. 不是列表'],
    ['12) 也不是', '12\\) 也不是'],
    ['1.杭州锅炉', '1.杭州锅炉'],
    ['- 项', '\\- 项'],
    ['+ 项', '\\+ 项'],
    ['===', '\\==='],
    ['*强调* _下划线_', '\\*强调\\* \\_下划线\\_'],
    ['`代码`', '\\`代码\\`'],
    ['003_43f4.txt 中_文', '003_43f4.txt 中_文'],
    ['[链接](x)', '\\[链接\\](x)'],
    ['a & b', 'a \\& b'],
    ['~~删除~~', '\\~\\~删除\\~\\~'],
    ['    缩进', '&#32;&#32;&#32;&#32;缩进'],
    ['\t缩进', '&#9;缩进'],
    ['反斜杠\\', '反斜杠\\\\'],
    ['浙江工人日报，2021年11月22日。', '浙江工人日报，2021年11月22日。'],
  ])('%s', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('toMarkdown', () => {
  const md = toMarkdown(FIXTURE_ARTICLES, manifest);

  it('starts with a title naming papers and dates', () => {
    expect(md.startsWith('# Galley 导出 · 浙江工人日报 · 2021-11-21 – 2021-11-22\n\n3 篇')).toBe(true);
  });

  it('gives each article a heading, a field list and one paragraph per body line', () => {
    const first = md.split('\n\n---\n\n')[1];
    expect(first).toBe(
      [
        '## 镇海为非公企业工会主席发放履职补贴',
        '- 引题：优中选优 树立标杆\n- 副题：152万人次参加职工互助保障\n- 署名：本报讯 记者张浩呈 通讯员王林超\n- 报纸：浙江工人日报\n- 日期：2021-11-22\n- 版面文件：003_front.txt\n- 栏目：产改进行时、工会动态',
        '日前，镇海区总工会召开会议，部署“当一周工人”活动。',
        '他说："工资, 补贴, 都要落实。"',
        '——编者',
      ].join('\n\n'),
    );
  });

  it('renders markup-looking text literally', () => {
    const second = md.split('\n\n---\n\n')[2];
    expect(second).toContain('## \\<script\\>alert("x")\\</script\\> \\& \\<b\\>粗体\\</b\\>');
    expect(second).toContain('\n\n\\# 不是标题\n\n1\\. 不是列表\n\n\\- 也不是列表\n\n&#32;&#32;&#32;&#32;缩进四格\n\n');
    expect(second).not.toMatch(/(^|[^\\])<script/);
  });

  it('drops blank body lines and lists only present fields', () => {
    const third = md.split('\n\n---\n\n')[3];
    expect(third).toBe('## 逗号,引号"和换行\n\n- 引题：新经济 新业态 新领域\n- 署名：毛朝阳、姚磊\n- 版面文件：000_inner.txt\n- 栏目：红五月 颂劳动\n\n第一段，有逗号, 和 "引号"。\n\n第二段\n\n第三段：1,000人 8:30 99.85%\n');
  });
});

describe('toText', () => {
  const txt = toText(FIXTURE_ARTICLES);
  const parts = txt.split(`\n${'='.repeat(40)}\n\n`);

  it('writes labelled fields in print order, a blank line, then the body one paragraph per line', () => {
    expect(parts).toHaveLength(3);
    expect(parts[0]).toBe(
      '引题：优中选优 树立标杆\n标题：镇海为非公企业工会主席发放履职补贴\n副题：152万人次参加职工互助保障\n署名：本报讯 记者张浩呈 通讯员王林超\n报纸：浙江工人日报\n日期：2021-11-22\n版面文件：003_front.txt\n栏目：产改进行时、工会动态\n\n' +
        '日前，镇海区总工会召开会议，部署“当一周工人”活动。\n他说："工资, 补贴, 都要落实。"\n——编者\n',
    );
  });

  it('keeps markup-looking text as it is', () => {
    expect(parts[1]).toContain('标题：<script>alert("x")</script> & <b>粗体</b>\n');
    expect(parts[1]).toContain('\n# 不是标题\n1. 不是列表\n');
  });

  it('omits absent fields and blank lines', () => {
    expect(parts[2]).toBe(`引题：${note.kicker}\n标题：逗号,引号"和换行\n署名：毛朝阳、姚磊\n版面文件：000_inner.txt\n栏目：红五月 颂劳动\n\n第一段，有逗号, 和 "引号"。\n第二段\n第三段：1,000人 8:30 99.85%\n`);
  });
});

describe('the byline, printed once', () => {
  // The parser keeps the byline's line in the body; the field and the body must not both print it.
  const ownLine = { ...news, byline: '本报记者 张三', body: '本报记者  张三\n日前，会议召开。' };
  const inLead = { ...news, byline: '记者张三', body: '本报杭州11月1日电（记者张三）日前，会议召开。' };
  const count = (text: string, s: string) => text.split(s).length - 1;

  it('prints an own-line byline at the body start as the field only', () => {
    expect(bylineAndBody(ownLine)).toEqual({ byline: '本报记者 张三', body: ['日前，会议召开。'] });
    const txt = toText([ownLine]);
    const md = toMarkdown([ownLine], manifest);
    expect(count(txt.replace(/\s/g, ''), '本报记者张三')).toBe(1);
    expect(txt).toContain('署名：本报记者 张三\n');
    expect(count(md.replace(/\s/g, ''), '本报记者张三')).toBe(1);
  });

  it('prints a byline the body carries in its lead where the body has it, without the field', () => {
    expect(bylineAndBody(inLead)).toEqual({ byline: null, body: [inLead.body] });
    expect(count(toText([inLead]), '记者张三')).toBe(1);
    expect(count(toMarkdown([inLead], manifest), '记者张三')).toBe(1);
  });

  it('keeps the field when the body does not carry the byline', () => {
    expect(bylineAndBody(news).byline).toBe(news.byline);
  });
});

describe('withExtension', () => {
  it('adds the extension only when missing', () => {
    expect(withExtension('out/export', 'csv')).toBe('out/export.csv');
    expect(withExtension('out/export.CSV', 'csv')).toBe('out/export.CSV');
    expect(withExtension('out/export.json', 'jsonl')).toBe('out/export.json.jsonl');
    expect(withExtension('报告', 'docx')).toBe('报告.docx');
  });
});
