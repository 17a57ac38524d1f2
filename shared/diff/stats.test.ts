import { describe, expect, it } from 'vitest';
import { countChanges } from './stats';

describe('countChanges', () => {
  it('counts a replaced character as substituted and the rest as inserted or deleted', () => {
    expect(countChanges('近日,杭州', '近日，杭州')).toEqual({ inserted: 0, deleted: 0, substituted: 1 });
    expect(countChanges('- 1.杭州', '1.杭州')).toEqual({ inserted: 0, deleted: 2, substituted: 0 });
    expect(countChanges('杭州', '杭州市总工会')).toEqual({ inserted: 4, deleted: 0, substituted: 0 });
    // One hunk: 2 OCR characters became 4, so 2 substituted and 2 inserted.
    expect(countChanges('近日杭州市总工会命名九个工作室', '近日杭州市总工会表彰授予九个工作室')).toEqual({ inserted: 2, deleted: 0, substituted: 2 });
  });

  it('counts a paragraph too different to align as wholly replaced', () => {
    expect(countChanges('甲乙丙丁', '甲戊己庚丁')).toEqual({ inserted: 1, deleted: 0, substituted: 4 });
  });

  it('counts removed and added paragraph breaks as characters', () => {
    expect(countChanges('杭州市总\n工会已连续多年开展活动', '杭州市总工会已连续多年开展活动')).toEqual({ inserted: 0, deleted: 1, substituted: 0 });
  });

  it('counts a character outside the Basic Multilingual Plane once', () => {
    expect(countChanges('𠀀', '𠀁')).toEqual({ inserted: 0, deleted: 0, substituted: 1 });
    expect(countChanges('甲', '甲𠀁')).toEqual({ inserted: 1, deleted: 0, substituted: 0 });
  });

  it('counts nothing for identical texts', () => {
    expect(countChanges('同一段\n文字', '同一段\n文字')).toEqual({ inserted: 0, deleted: 0, substituted: 0 });
  });
});
