import { describe, expect, it } from 'vitest';
import { analyzeBatch, analyzePage } from './analyze';
import { applyEdits } from './clean';
import { samplePages } from '../tests/fixtures/samples';

const pages = samplePages;
const sample = (prefix: string) => pages.find((p) => p.file.startsWith(prefix))?.text ?? '';

describe('analyzePage', () => {
  it('cleans each article body with edits that turn the OCR body into the text', () => {
    for (const { text } of pages) {
      const page = analyzePage(text);
      expect(page.articles.length).toBeGreaterThan(0);
      for (const a of page.articles) {
        expect(applyEdits(a.body, a.edits)).toBe(a.text);
        for (const w of a.warnings) {
          if (w.range) expect(w.range.end).toBeLessThanOrEqual(a.text.length);
        }
      }
    }
  });

  it('cleans the heading lines too', () => {
    const page = analyzePage(sample('000'));
    const subsidy = page.articles.find((a) => a.headline.includes('履职补贴'));
    expect(subsidy?.kicker).toBe('每年50万元！');
    const studios = page.articles.find((a) => a.headline.includes('创新工作室出炉'));
    expect(studios?.headline).toBe('杭州市9个市级高技能人才（劳模）示范性创新工作室出炉');
    expect(studios?.kicker).toBe('优中选优 树立标杆');
    const page1 = analyzePage(sample('001'));
    expect(page1.articles.some((a) => a.byline?.includes('通讯员郁诗怡'))).toBe(true);
  });

  it('passes sections to the parser and can switch rules off', () => {
    const page = analyzePage(sample('003'), { sections: ['产改进行时'], disabledRules: ['punct-fullwidth'] });
    expect(page.articles.some((a) => a.sections.includes('产改进行时'))).toBe(true);
    for (const a of page.articles) expect(a.edits.map((e) => e.rule)).not.toContain('punct-fullwidth');
  });

  it('finds the defects the samples are known for', () => {
    const rulesOn = (prefix: string) => analyzePage(sample(prefix)).articles.flatMap((a) => a.warnings.map((w) => `${w.rule} ${w.excerpt}`));
    const p1 = rulesOn('001');
    expect(p1.some((w) => w.startsWith('truncated-ending') && w.includes('农家乐（民'))).toBe(true);
    expect(p1.some((w) => w.startsWith('lost-text') && w.includes('职工的等关爱服务'))).toBe(true);
    expect(p1.some((w) => w.startsWith('unbalanced-quote') && w.includes('‘去‘四化’'))).toBe(true);
    expect(p1.some((w) => w.startsWith('unbalanced-quote') && w.includes('加了一把火”'))).toBe(true);
    expect(rulesOn('002').some((w) => w.startsWith('stray-latin') && w.includes('4s商圈'))).toBe(true);
  });
});

describe('analyzeBatch', () => {
  const batch = analyzeBatch(pages, { sections: ['产改进行时'] });

  it('puts name warnings on the articles they concern and keeps masthead ones page-level', () => {
    const where = batch.warnings.map((w) => `${w.file.slice(0, 3)}#${w.article ?? '-'} ${w.rule}`);
    expect(where.filter((w) => w.endsWith('masthead-mismatch'))).toEqual(['004#- masthead-mismatch', '004#- masthead-mismatch']);
    for (const w of batch.warnings.filter((x) => x.article !== null)) {
      const article = batch.pages.find((p) => p.file === w.file)?.page.articles[w.article ?? -1];
      expect(article?.warnings.some((x) => x.rule === w.rule && x.message.zh === w.message.zh)).toBe(true);
    }
    const names = batch.warnings.filter((w) => w.rule === 'name-variant').map((w) => w.message.zh);
    expect(names.some((m) => m.includes('张浩呈') && m.includes('张浩星'))).toBe(true);
    expect(names.some((m) => m.includes('程雷') && m.includes('程雪'))).toBe(true);
  });
});
