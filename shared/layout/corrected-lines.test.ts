import { describe, expect, it } from 'vitest';
import { correctedLines } from './corrected-lines';

// A page slice as the parser sees it: a headline, a subtitle wrapped over two printed lines, a lead that begins
// with the byline, and a line of furniture outside the article.
const page = ['报眉', '', '纪念巴金诞揪120周年', '', '巴金图书馆 向海内外读', '者开放', '', '新华社电 为纪念中国现代文学', '巨匠巴金先生'].join('\n');
const raw = page.slice(page.indexOf('纪念'));
const ocrText = '新华社电 为纪念中国现代文学\n巨匠巴金先生';

describe('correctedLines with heading fields', () => {
  it('puts each corrected heading on its own printed lines, a wrapped one split at the OCR line end', () => {
    const out = correctedLines(page, [
      { ocrRaw: raw, ocrText, text: '新华社电 为纪念中国现代文学巨匠巴金先生', headings: [null, '纪念巴金诞辰120周年', '巴金图书馆向海内外读者开放', '新华社电'] },
    ]);
    expect(out).toEqual(['报眉', '', '纪念巴金诞辰120周年', '', '巴金图书馆向海内外读', '者开放', '', '新华社电 为纪念中国现代文学', '巨匠巴金先生']);
  });

  it('leaves heading lines alone when no field is close to them (a rewritten heading, a byline inside the lead)', () => {
    const out = correctedLines(page, [{ ocrRaw: raw, ocrText, text: ocrText, headings: [null, '完全不同的标题', null, '新华社电'] }]);
    expect(out).toEqual(page.split('\n'));
  });

  it('without heading fields only the body lines change', () => {
    const out = correctedLines(page, [{ ocrRaw: raw, ocrText, text: '新华社电 为纪念中国现代文学\n巨匠巴金先生。' }]);
    expect(out.slice(0, 7)).toEqual(page.split('\n').slice(0, 7));
    expect(out[8]).toBe('巨匠巴金先生。');
  });
});
