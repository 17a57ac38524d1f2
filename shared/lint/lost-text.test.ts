import { describe, expect, it } from 'vitest';
import { cleanText } from '../clean';
import { joinPoints, lintLostText } from './lost-text';

/** Cleans like import does and returns the cleaned text with its join points. */
function joined(body: string) {
  const { text, edits } = cleanText(body);
  return { text, joins: joinPoints(edits) };
}

describe('joinPoints', () => {
  it('maps each joined line break to its place in the cleaned text', () => {
    const { text, joins } = joined('据悉,自2012年起,杭州市总\n工会已连续多年开展活动。\n在更好地服务杭州职工的\n等关爱服务。');
    expect(text).toBe('据悉，自2012年起，杭州市总工会已连续多年开展活动。\n在更好地服务杭州职工的等关爱服务。');
    expect(joins.map((j) => text.slice(j - 1, j + 1))).toEqual(['总工', '的等']);
  });
});

describe('lintLostText', () => {
  it('flags a join whose two sides do not meet in running Chinese', () => {
    const { text, joins } = joined('在更好地服务杭州职工的\n等关爱服务，同时将作为文化交流的渠道。');
    const warnings = lintLostText(text, joins);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ rule: 'lost-text' });
    expect(text.slice(warnings[0].range?.start, warnings[0].range?.end)).toBe('的等');
  });

  it('notes the same character on both sides of a join, more softly', () => {
    const { text, joins } = joined('依托行业协会推动、示范企业带动、相关部门联动等多种办法,采取行业联合建会、区域统一建会、线\n线下建会入会等形式。');
    expect(lintLostText(text, joins).map((w) => [w.severity, text.slice(w.range?.start, w.range?.end)])).toEqual([['info', '线线']]);
  });

  it('accepts joins that read on, and compounds that start with a particle', () => {
    for (const body of [
      '据悉,自2012年起,杭州市总\n工会已连续多年开展活动。',
      '镇海区总工会副主席刘一珍表示,工会工作想要创新,不能仅靠工会主席\n的觉悟来开展工作。',
      '这是我们工作中的\n等待环节。',
      '来到了他们工作的\n地方，看望职工。',
      '四十多年如一日给一方百姓带去了健康与幸福的许\n金良。',
    ]) {
      const { text, joins } = joined(body);
      expect(joins.length).toBeGreaterThan(0);
      expect(lintLostText(text, joins)).toEqual([]);
    }
  });
});
