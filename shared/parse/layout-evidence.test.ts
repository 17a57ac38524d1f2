// What a layout's line boxes add to the parser's reading: type sizes against the page's body size.
import { describe, expect, it } from 'vitest';
import type { LineBox } from '../model/types';
import { relativeSizes } from '../layout/evidence';
import { parsePage } from './index';

/** A box per line of `lines`, `h` high (20 for body type unless `sizes` says otherwise). */
function boxes(lines: readonly string[], sizes: Record<number, number> = {}): (LineBox | null)[] {
  return lines.map((l, i) => (l === '' ? null : { x: 0, y: i * 40, w: 20 * l.length, h: sizes[i] ?? 20 }));
}

const a1 = '县里今年新建的十二座粮仓已全部投入使用，收购的新粮正源源不断运进库房。';
const a2 = '粮站工作人员说，今年收购价格稳定，农户卖粮排队时间也比往年短了许多。';
const b1 = '中学生合唱团昨晚在大剧院登台演出，悠扬歌声赢得观众阵阵掌声。';
const b2 = '指挥老师介绍，孩子们为这场音乐会排练了整整三个月，曲目涵盖民歌与经典。';

describe('type sizes from the layout', () => {
  it('the body size is the one most characters are set in; each line is measured against it', () => {
    const sizes = relativeSizes([
      { box: { x: 0, y: 0, w: 100, h: 60 }, chars: 6 },
      { box: { x: 0, y: 0, w: 100, h: 20 }, chars: 40 },
      { box: null, chars: 3 },
      { box: { x: 0, y: 0, w: 100, h: 22 }, chars: 30 },
    ]);
    expect(sizes.map((v) => (v === null ? null : Math.round(v * 100) / 100))).toEqual([3, 1, null, 1.1]);
    // A stated type size is trusted over the box's height.
    expect(relativeSizes([{ box: { x: 0, y: 0, w: 1, h: 99, fontPoints: 24 }, chars: 5 }, { box: { x: 0, y: 0, w: 1, h: 20, fontPoints: 10 }, chars: 40 }])).toEqual([2.4, 1]);
  });

  it('a heading-shaped line set in display type starts an article, and says why', () => {
    // Too little text on either side for cohesion to decide: without its size the line is a subhead.
    const lines = ['粮仓建成', a1, '合唱团登台', b1];
    const plain = parsePage(lines.join('\n'));
    expect(plain.articles.map((a) => a.headline)).toEqual(['粮仓建成']);
    const page = parsePage(lines.join('\n'), { layout: boxes(lines, { 0: 40, 2: 40 }) });
    expect(page.articles.map((a) => a.headline)).toEqual(['粮仓建成', '合唱团登台']);
    expect(page.articles[1].boundary!.reason.en).toContain('set in type 1.5 times the body’s or more');
  });

  it('a heading-shaped line in the body’s type size is a subhead, not a new story, and says why', () => {
    // The text on its two sides shares no words: on text alone the line starts a story.
    const lines = ['粮仓建成', a1, a2, '合唱团登台', b1, b2];
    expect(parsePage(lines.join('\n')).articles.map((a) => a.headline)).toEqual(['粮仓建成', '合唱团登台']);
    const page = parsePage(lines.join('\n'), { layout: boxes(lines, { 0: 40 }) });
    expect(page.articles.map((a) => a.headline)).toEqual(['粮仓建成']);
    const line = page.articles[0].lineRoles!.find((l) => l.text === '合唱团登台')!;
    expect(line.role).toBe('subhead');
    expect(line.reason.en).toContain('set in the body’s type size');
  });
});
