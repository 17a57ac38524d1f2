import { describe, expect, it } from 'vitest';
import { markSuspicions } from './marks';

const found = (text: string) => markSuspicions(text).map((s) => [text.slice(s.start, s.end), s.proposal]);

describe('markSuspicions', () => {
  it('marks a straight quote read twice beside a curly one, and an odd ellipsis', () => {
    expect(found('带着行李的“张江男"”，打算回家')).toEqual([['"', '']]);
    expect(found('有困难的家庭………”这段')).toEqual([['………', '……']]);
    expect(found('有困难的家庭……”这段')).toEqual([]);
  });

  it('marks stray dots, a doubled percent sign and a paragraph ending on a comma', () => {
    expect(found('.9月10日，')).toEqual([['.', '']]);
    expect(found('招聘工人60余名。.')).toEqual([['.', '']]);
    expect(found('增长3.5%，')).toEqual([]);
    expect(found('仍有15%6的用工缺口')).toEqual([['6', '']]);
    expect(found('开学第一课，\n记者 张三')).toEqual([['，', '。']]);
  });

  it('marks a bullet read as a character at a paragraph start, and a nested quote closed by a double one', () => {
    expect(found('前言\n鳞 智能电视机虽然')).toEqual([['鳞', '■']]);
    expect(found('上午，“\'我”与工区走一线”大型采访')).toEqual([["'", '‘'], ['”', '’']]);
    expect(found('“我”与工区')).toEqual([]);
  });

  it('marks an asterisk or backtick set off by a space, and a hyphen ending a paragraph', () => {
    expect(found('4家“匠江红* 城市驿站”')).toEqual([['*', '·']]);
    expect(found('奇的“魔术师 `。')).toEqual([['`', '”']]);
    expect(found('市民说-\n刚刚')).toEqual([['-', '——']]);
  });
});
