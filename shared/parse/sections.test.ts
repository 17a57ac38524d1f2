import { describe, expect, it } from 'vitest';
import { analyzeBatch } from '../analyze';
import { parsePage } from './index';
import { labelCandidates, labelLinesAcross, labelsUnderRunningHead, readSectionLabel, recurringSections } from './sections';

const cue = (line: string, below: string | null, known: string[] = []) => readSectionLabel(line, below, known)?.cue ?? null;

describe('section labels above a headline', () => {
  it('reads the conventions papers share', () => {
    expect(cue('〔乡村振兴〕', '稻田里跑出“新农机”')).toBe('bracket');
    expect(readSectionLabel('【走基层·看变化②】', '山路通了 果子俏了')?.name).toBe('走基层·看变化②');
    expect(cue('民生观察·城市更新', '老旧小区加装电梯提速')).toBe('series');
    expect(cue('大国工匠谱③', '一把焊枪焊出“精度”')).toBe('numbered');
    expect(cue('基层调研行（四）', '村里来了年轻人')).toBe('numbered');
    expect(cue('时评', '莫让“打卡”变成负担')).toBe('short');
    expect(cue('光明情结', '从读者到作者')).toBe('short');
    expect(cue('新时代 "面孔', '“广州街坊”一家亲')).toBe('short');
    // The quote OCR left without its partner stays in the name, for the proofreader to see.
    expect(readSectionLabel('新时代 "面孔', '“广州街坊”一家亲')?.name).toBe('新时代"面孔');
    expect(cue('青春专刊', '编者按')).toBe('note');
    expect(cue('城市夜话', '夜市', ['城市夜话'])).toBe('known');
  });

  it('leaves kickers, headlines and sentences alone', () => {
    // A kicker is a phrase of its own length, not a name much shorter than the headline.
    expect(cue('铺钢轨 敷路面 建设者昼夜奔忙', '长江大桥将在九月建成')).toBeNull();
    expect(cue('鲜花掌声送劳模', '全省9家单位43名个人获奖')).toBeNull();
    expect(cue('春耕', '忙')).toBeNull();
    // A paragraph's last character on a line of its own (line-level OCR) is no label.
    expect(cue('售', '非遗文化：传承不易，坚守亦难')).toBeNull();
    expect(cue('春耕忙', '抢农时')).toBeNull();
    expect(cue('他说。', '市场回暖势头明显')).toBeNull();
    expect(cue('编者按', '中华全国总工会于今年初启动')).toBeNull();
    expect(cue('时评', null)).toBeNull();
    expect(cue('要闻', '2025年4月3日 星期四')).toBeNull();
    expect(cue('时评', '这是一段以句号结尾的正文内容，不是标题。')).toBeNull();
  });
});

describe('a label under the running head', () => {
  const lines = (...texts: string[]) => texts.map((text) => ({ text }));
  it('is given back from the furniture when the running head above it is complete and a headline follows', () => {
    const page = lines('3          城市新闻', '民生观察', '老旧小区加装电梯提速', '本报讯 记者王明报道 全市老旧小区加装电梯工作进展顺利。');
    expect(labelsUnderRunningHead(page, new Map([[0, 'banner'], [1, 'banner']]))).toEqual([1]);
    expect(parsePage(page.map((l) => l.text).join('\n\n')).articles[0]?.sections).toEqual(['民生观察']);
  });

  it('stays furniture when it is the page name under a bare page number, or when no headline follows', () => {
    expect(labelsUnderRunningHead(lines('3', '要闻', '老旧小区加装电梯提速', '正文。'), new Map([[0, 'banner'], [1, 'banner']]))).toEqual([]);
    expect(labelsUnderRunningHead(lines('3          城市新闻', '民生观察', '责任编辑：王明'), new Map([[0, 'banner'], [1, 'banner'], [2, 'other']]))).toEqual([]);
  });
});

describe('labels learned from the batch', () => {
  it('counts a short line standing above headlines on two pages, not a running head above the date', () => {
    const names = recurringSections([
      [{ text: '晨读札记', aboveHeading: true }, { text: '要闻', aboveHeading: false }],
      [{ text: '“晨读”札记', aboveHeading: true }, { text: '要闻', aboveHeading: false }],
      [{ text: '孤例一则', aboveHeading: true }],
    ]);
    expect(names).toEqual(['晨读札记']);
  });

  const page = (n: number, label: string, headline: string) =>
    [
      `第${n}版头条消息发布`, '', `本报讯 记者王明报道 第${n}版的头条消息正文，写得足够长，说明一件事情的来龙去脉。`, '',
      label, '', headline, '', '本报讯 记者李红报道 第二篇消息的正文，也写得足够长，说明另一件事情的经过和结果。', '', '这件事情还在继续。',
    ].join('\n');

  it('finds the candidates of a parsed page: the line above a headline', () => {
    const text = page(3, '湖畔茶座夜话', '社区食堂开进老街');
    const names = labelCandidates(text, parsePage(text)).filter((c) => c.aboveHeading).map((c) => c.text);
    expect(names).toContain('湖畔茶座夜话');
  });

  it('names the recurring lines that stand above headings, for the furniture recurrence to leave alone', () => {
    const texts = [page(3, '湖畔茶座夜话', '社区食堂开进老街'), page(4, '湖畔茶座夜话', '夜校课堂座无虚席')];
    expect([...labelLinesAcross(texts)]).toEqual(['湖畔茶座夜话']);
    // A running head recurs at the top, above the date: furniture, not a label.
    const headed = texts.map((t, i) => [`${i + 3} 综合新闻`, '2025年4月3日 星期四', t].join('\n'));
    expect([...labelLinesAcross(headed)]).toEqual(['湖畔茶座夜话']);
  });

  it('reads a column name the shapes do not know once the batch has shown it twice', () => {
    const label = '湖畔茶座夜话';
    const alone = analyzeBatch([{ file: 'a.txt', text: page(3, label, '社区食堂开进老街') }]);
    expect(alone.sections).toEqual([]);
    const batch = analyzeBatch([
      { file: 'a.txt', text: page(3, label, '社区食堂开进老街') },
      { file: 'b.txt', text: page(4, label, '夜校课堂座无虚席') },
    ]);
    expect(batch.sections).toEqual([label]);
    for (const p of batch.pages) {
      const article = p.page.articles.find((a) => a.headline.includes('社区食堂') || a.headline.includes('夜校课堂'));
      expect(article?.sections).toEqual([label]);
    }
  });
});
