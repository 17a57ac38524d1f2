import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyEdits } from '../../shared/clean';
import type { Edit } from '../../shared/model/types';
import { autoTextOf, EMPTY_SEGMENT, joinSegments, type Segment, splitSegment } from './segment-text';

const reason = { zh: '', en: '' };

/** OCR with a column break in paragraph 1 (joined by an edit) and a half-width comma in paragraph 2. */
function sample(): Segment {
  const ocr = '杭州市总\n工会已连续多年发放补贴。\n第二段,内容。\n第三段内容。';
  const edits: Edit[] = [
    { rule: 'join', start: 4, end: 5, before: '\n', after: '', reason },
    { rule: 'punct', start: 21, end: 22, before: ',', after: '，', reason },
  ];
  const auto = applyEdits(ocr, edits);
  expect(auto).toBe('杭州市总工会已连续多年发放补贴。\n第二段，内容。\n第三段内容。');
  return { ocr, edits, text: auto.replace('第三段', '第叁段') };
}

describe('splitSegment', () => {
  it('cuts the OCR at the matching paragraph and takes each edit with its text', () => {
    const [a, b] = splitSegment(sample(), 1);
    expect(a).toEqual({ ocr: '杭州市总\n工会已连续多年发放补贴。', edits: [sample().edits[0]], text: '杭州市总工会已连续多年发放补贴。' });
    expect(b.ocr).toBe('第二段,内容。\n第三段内容。');
    expect(b.edits).toEqual([{ ...sample().edits[1], start: 3, end: 4 }]);
    expect(b.text).toBe('第二段，内容。\n第叁段内容。');
    expect(autoTextOf(b)).toBe('第二段，内容。\n第三段内容。');
  });

  it('returns an empty part at either end', () => {
    const s = sample();
    expect(splitSegment(s, 0)).toEqual([EMPTY_SEGMENT, s]);
    expect(splitSegment(s, 3)).toEqual([s, EMPTY_SEGMENT]);
  });

  it('keeps an OCR paragraph the text split by hand with the first part', () => {
    const s: Segment = { ocr: '一二三四五六七八九十', edits: [], text: '一二三四五\n六七八九十' };
    const [a, b] = splitSegment(s, 1);
    expect(a).toEqual({ ocr: '一二三四五六七八九十', edits: [], text: '一二三四五' });
    expect(b).toEqual({ ocr: '', edits: [], text: '六七八九十' });
  });

  it('join undoes split', () => {
    const s = sample();
    for (const line of [0, 1, 2, 3]) {
      const [a, b] = splitSegment(s, line);
      expect(joinSegments(a, b)).toEqual(s);
    }
  });
});

describe('segments, property', () => {
  const para = fc.stringMatching(/^[甲乙丙丁,。]{1,6}$/);
  it('split parts always carry edits that apply to their OCR, and texts that join back', () => {
    fc.assert(
      fc.property(fc.array(para, { minLength: 1, maxLength: 6 }), fc.nat(), (paras, at) => {
        const ocr = paras.join('\n');
        // Full-width every comma: one edit per comma.
        const edits: Edit[] = [...ocr.matchAll(/,/g)].map((m) => ({ rule: 'p', start: m.index, end: m.index + 1, before: ',', after: '，', reason }));
        const text = applyEdits(ocr, edits);
        const line = at % (paras.length + 1);
        const [a, b] = splitSegment({ ocr, edits, text }, line);
        expect(autoTextOf(a)).toBe(a.text);
        expect(autoTextOf(b)).toBe(b.text);
        expect(joinSegments(a, b).text).toBe(text);
      }),
    );
  });
});
