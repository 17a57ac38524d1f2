import { describe, expect, it } from 'vitest';
import { endsWithCredit } from './units';

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
