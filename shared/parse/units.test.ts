import { describe, expect, it } from 'vitest';
import { splitLines } from './lines';
import { endsWithCredit, pageShape, pageUnits } from './units';

describe('endsWithCredit: a caption closes with its credit, so no join runs past it', () => {
  it('reads a photo credit or a reporter byline set after the last sentence', () => {
    expect(endsWithCredit('游客在灯下合影留念。 王小明摄')).toBe(true);
    expect(endsWithCredit('市民在河边散步。 记者张三')).toBe(true);
    expect(endsWithCredit('来源:某某晚报记者 李四')).toBe(true);
  });
  it('reads a closing byline in brackets after the last sentence', () => {
    expect(endsWithCredit('同慰问。（本报记者 丁素敏 赖建原）')).toBe(true);
    expect(endsWithCredit('同慰问。（完）')).toBe(true);
    expect(endsWithCredit('全年增长三成。（下同）')).toBe(false);
    expect(endsWithCredit('全市新增就业岗位（含灵活就业）')).toBe(false);
  });
  it('ignores OCR specks past the column edge', () => {
    expect(endsWithCredit('市民在河边散步。 记者张三          口')).toBe(true);
  });
  it('leaves body lines alone, even one naming a reporter mid-sentence', () => {
    expect(endsWithCredit('据本报记者从有关部门了解到')).toBe(false);
    expect(endsWithCredit('社区志愿者们每周都来')).toBe(false);
  });
});

describe('pageUnits: a byline too long for its column', () => {
  it('joins a byline line filling the column with the rest of its credit on the next line', () => {
    const body = ['的一个缩影。该矿工会主席许志', '伟说，活动发挥了劳模工匠、技', '术能手的业务专长、技术优势作', '用，在全矿形成了良好的示范带', '动效应，职工们纷纷表示受益匪', '浅，今后将继续参加这类活动。'];
    const lines = splitLines([...body, '本报记者 田国又 本报通讯员任', '士岗 梁晓彤摄', ...body].join('\n'));
    const units = pageUnits(lines, pageShape(lines), new Map());
    expect(units.map((u) => u.text)).toContain('本报记者 田国又 本报通讯员任士岗 梁晓彤摄');
  });
});

describe('pageUnits: OCR zones', () => {
  it('joins a zone’s first line with a space in it to the full column lines under it', () => {
    const zone = (...lines: string[]) => lines.join('\n');
    const text = [
      zone('化遗产代表性传承人，今年又有', '两人入选国家级名录。'),
      zone('本期《每周关注》 让我们走', '近这两位国家级非遗传承人，聆', '听他们在传承路上的故事。'),
      zone('非遗传人展示传统技艺'),
      zone('长假里，在沈阳世博园、北市场', '等地举办的非物质文化遗产展演', '活动，给市民增添了快乐。'),
      zone('同时，非遗项目的集中展示展演', '也促进了我省非遗技艺的传承。'),
    ].join('\n\n');
    const lines = splitLines(text);
    const units = pageUnits(lines, pageShape(lines), new Map());
    expect(units.map((u) => u.text)).toContain('本期《每周关注》 让我们走近这两位国家级非遗传承人，聆听他们在传承路上的故事。');
    expect(units.map((u) => u.text)).toContain('非遗传人展示传统技艺');
  });
});

describe('pageUnits: labels and note headings', () => {
  it('keeps a bracketed column name and an editor’s note heading on lines of their own', () => {
    const para = ['\u3000\u3000青春是一轮朝日，青春是一团火焰，', '青春是一艘满载希望的航船。只有青年勇', '担责任、奋勇争先，我们才能赢得实现目', '标的主动权，这是时代赋予的光荣使命。'];
    const text = ['【展现青春风貌，关注青年成长②】', '编者按', ...para, ...para, ...para].join('\n');
    const lines = splitLines(text);
    const units = pageUnits(lines, pageShape(lines), new Map());
    expect(units.slice(0, 2).map((u) => u.text)).toEqual(['【展现青春风貌，关注青年成长②】', '编者按']);
  });
});
