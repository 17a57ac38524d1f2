import { describe, expect, it } from 'vitest';
import type { GlyphTable, WordFrequencies } from './evidence';
import { confusionCounts, findSuspicions, paperEvidence } from './index';

// A small dictionary and glyph table: enough to tell the engine's reasoning, not the bundled data's.
const dict: Record<string, number> = {
  乘客: 500, 带着: 800, 行李: 400, 搭乘: 150, 地铁: 900, 前往: 700, 乘: 900, 措: 300, 搭: 200, 地: 90000, 铁: 500,
  的: 300000, 人: 100000, 会: 80000, 入会: 60, 对象: 900, 人会: 0, 入: 5000, 联合会: 300, 联合: 800,
  镇: 4000, 卫生院: 200, 卫生: 900, 锡: 300, 权: 7000, 杖: 1900, 村: 8000,
};
const words: WordFrequencies = {
  frequency: (w) => dict[w] ?? 0,
  total: 60_000_000,
  maxWordLength: 4,
};
const alike: Record<string, [string, number][]> = { 措: [['搭', 0.8]], 人: [['入', 0.83]], 权: [['杖', 0.65]], 村: [['杖', 0.6]], 地: [['他', 0.7]] };
const glyphs: GlyphTable = { lookalikes: (c) => (alike[c] ?? []).map(([char, similarity]) => ({ char, similarity })) };

describe('findSuspicions', () => {
  it('proposes the lookalike that makes a word where the text as read makes none, and says why', () => {
    const text = '乘客带着行李措乘地铁，前往';
    const [s, ...rest] = findSuspicions(text, { words, glyphs });
    expect(rest).toEqual([]);
    expect(s).toMatchObject({ start: 6, end: 7, text: '措', proposal: '搭' });
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.reason).toContain('措→搭');
    expect(s.reason).toContain('‘搭乘’ 150 次，‘措乘’ 0 次');
    expect(s.confidence).toBeGreaterThan(0.5);
    expect(s.confidence).toBeLessThanOrEqual(1);
  });

  it('proposes 入会 for 人会 between words that fit it', () => {
    const found = findSuspicions('此联合会的人会对象', { words, glyphs });
    expect(found.map((s) => [s.text, s.proposal])).toEqual([['人', '入']]);
  });

  it('leaves text alone that reads as words', () => {
    expect(findSuspicions('乘客带着行李搭乘地铁，前往', { words, glyphs })).toEqual([]);
    expect(findSuspicions('', { words, glyphs })).toEqual([]);
  });

  it('learns from the paper: its approved text makes a place name known, its corrections raise a confusion', () => {
    const text = '宁波章水镇权锡卫生院';
    expect(findSuspicions(text, { words, glyphs })).toEqual([]);
    const paper = paperEvidence(['杖锡乡位于四明山', '杖锡村的茶园'], ['杖锡']);
    const [s] = findSuspicions(text, { words, glyphs, paper });
    expect(s).toMatchObject({ text: '权', proposal: '杖' });
    expect(s.reason).toContain('本报已校文本：‘杖锡’ 出现 3 次，‘权锡’ 0 次');

    const weak = findSuspicions('鄞县村锡乡', { words, glyphs, paper })[0];
    const learned = findSuspicions('鄞县村锡乡', { words, glyphs, paper, confusions: confusionCounts([{ ocr: '村', truth: '杖', count: 5 }]) })[0];
    expect(learned.proposal).toBe('杖');
    expect(learned.confidence).toBeGreaterThan(weak?.confidence ?? 0);
    expect(learned.reason).toContain('本报校对已 5 次将 村 改为 杖');
  });

  it('gives offsets as string indices around characters outside the BMP and other scripts', () => {
    const text = '𠀀 ABC 乘客措乘地铁';
    const [s] = findSuspicions(text, { words, glyphs });
    expect(text.slice(s.start, s.end)).toBe('措');
  });
});

describe('paperEvidence', () => {
  it('counts Han n-grams of 2 to 4 characters, not across other characters', () => {
    const p = paperEvidence(['杖锡乡，杖锡村'], ['沈姣叶']);
    expect(p.count('杖锡')).toBe(2);
    expect(p.count('杖锡乡')).toBe(1);
    expect(p.count('乡杖')).toBe(0);
    expect(p.count('沈姣叶')).toBe(1);
  });
});
