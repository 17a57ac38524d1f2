import { describe, expect, it } from 'vitest';
import { parsePage } from '../parse';
import { addRule, emptyProfile, lineShape, profileHint, profileKey, removeRule } from './profile';

const origin = { action: 'mark-noise' as const, batchId: 1, pageFile: 'p1.txt', articleId: 7, at: '2026-01-01T00:00:00.000Z' };

const page = (n: number) =>
  [`${n} 城事周刊`, '', `第${n}版消息：老街换新颜`, '', `本报讯 记者王明报道 第${n}版的消息正文，写得足够长，说明老街改造的来龙去脉。`, '', '改造还在继续。'].join('\n');

describe('paper profile', () => {
  it('keys a profile by paper, else by batch', () => {
    expect(profileKey('晨光日报', 3)).toBe('paper:晨光日报');
    expect(profileKey(null, 3)).toBe('batch:3');
  });

  it('generalises digits and spaces in a line shape', () => {
    expect(lineShape('2　要闻')).toBe(lineShape('12 要闻'));
    expect(lineShape('2026年6月12日 星期五')).toBe(lineShape('2025年11月3日星期五'));
    expect(lineShape('2 要闻')).not.toBe(lineShape('2 国际'));
  });

  it('adds a rule once, and removes it by id', () => {
    const p = emptyProfile('batch:1', null);
    const a = addRule(p, { role: 'furniture', place: 'top', example: '2 城事周刊', origin });
    expect(addRule(p, { role: 'furniture', place: 'top', example: '5 城事周刊', origin }).id).toBe(a.id);
    expect(p.rules).toHaveLength(1);
    expect(removeRule(p, a.id)).toBe(true);
    expect(removeRule(p, a.id)).toBe(false);
  });

  it('turns a furniture rule learned on one page into noise on another, only where it was learned (top)', () => {
    const p = emptyProfile('batch:1', null);
    addRule(p, { role: 'furniture', place: 'top', example: '2 城事周刊', origin });
    const plain = parsePage(page(3));
    expect(plain.articles.some((a) => [a.kicker, a.headline, a.subtitle, a.body].join('\n').includes('城事周刊'))).toBe(true);
    const taught = parsePage(page(3), { lineHint: profileHint(p) });
    expect(taught.articles.some((a) => [a.kicker, a.headline, a.subtitle, a.body].join('\n').includes('城事周刊'))).toBe(false);
    expect(taught.noise.map((n) => n.text)).toContain('3 城事周刊');
    // The same words at the bottom of a long page are not the running head.
    const hint = profileHint(p)!;
    expect(hint({ text: '9 城事周刊', index: 40, top: false, bottom: true })).toBeNull();
    expect(hint({ text: '9 城事周刊', index: 0, top: true, bottom: false })?.origin).toBe('profile:batch:1:r1');
  });

  it('gives a section rule’s name to the article under it', () => {
    const p = emptyProfile('batch:1', null);
    addRule(p, { role: 'section', place: 'any', example: '湖畔茶座夜话', origin: { ...origin, action: 'assign-section' } });
    const text = ['湖畔茶座夜话', '', '社区食堂开进老街', '', '本报讯 记者王明报道 社区食堂的消息正文，写得足够长，说明社区食堂的来龙去脉。'].join('\n');
    expect(parsePage(text, { lineHint: profileHint(p) }).articles[0]?.sections).toEqual(['湖畔茶座夜话']);
  });
});
