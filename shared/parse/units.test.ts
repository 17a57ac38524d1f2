import { describe, expect, it } from 'vitest';
import { splitLines } from './lines';
import { endsWithCredit, pageShape, pageUnits } from './units';

describe('endsWithCredit: a caption closes with its credit, so no join runs past it', () => {
  it('reads a photo credit or a reporter byline set after the last sentence', () => {
    expect(endsWithCredit('游客在灯下合影留念。 王小明摄')).toBe(true);
    expect(endsWithCredit('市民在河边散步。 记者张三')).toBe(true);
    expect(endsWithCredit('来源:某某晚报记者 李四')).toBe(true);
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
