import { describe, expect, it } from 'vitest';
import type { GlyphTable, SuspicionEvidence, WordFrequencies } from './evidence';
import { batchEvidence, charModel, combineEvidence, confusionCounts, findSuspicions, paperEvidence, readComponentTable } from './index';

// A small dictionary (frequencies as in jieba's) and glyph table: enough to show the engine's reasoning, not
// the bundled data's. 其他/我们 stand for the rest of the language, so that chance pairings are as rare as in it.
const dict: Record<string, number> = {
  乘客: 670, 行李: 891, 搭乘: 149, 地铁: 1127, 前往: 2528, 乘: 4150, 措: 209, 措施: 8163, 搭: 3107, 地: 160541, 铁: 8654,
  的: 318825, 人: 313209, 会: 92091, 入会: 59, 对象: 4511, 入: 20209, 联合会: 1335, 联合: 8569, 此: 41979,
  镇: 11036, 卫生院: 182, 卫生: 4290, 锡: 1246, 权: 7482, 权利: 7829, 杖: 1923, 村: 8299, 村民: 1213, 乡: 13348, 鄞县: 39, 县: 25322,
  宁波: 538, 逛逛: 144, 逛: 1200, 狂: 3900, 去: 60000, 吧: 20000, 司机: 5000, 师傅: 2822, 师: 9000, 健: 3000, 傅: 800, 说: 90000, 有条不紊: 148, 热闹: 2436, 热: 30000, 闹: 5000, 阐: 2000, 有: 200000, 条: 30000, 不: 300000, 率: 9000, 带: 20000, 着: 150000, 其他: 20_000_000, 我们: 20_000_000,
};
const words: WordFrequencies = {
  frequency: (w) => dict[w] ?? 0,
  entries: () => Object.entries(dict),
  total: Object.values(dict).reduce((a, b) => a + b, 0),
  maxWordLength: 4,
};
const alike: Record<string, [string, number][]> = { 阐: [['闹', 0.87]], 健: [['傅', 0.7]], 率: [['紊', 0.6]], 措: [['搭', 0.8]], 人: [['入', 0.83]], 权: [['杖', 0.65]], 村: [['杖', 0.6]], 地: [['他', 0.7]] };
const glyphs: GlyphTable = { lookalikes: (c) => (alike[c] ?? []).map(([char, similarity]) => ({ char, similarity })) };
const base: SuspicionEvidence = { words, glyphs, chars: charModel(words.entries()) };

describe('findSuspicions', () => {
  it('proposes the lookalike that makes a word where the text as read makes none, and says why', () => {
    const text = '乘客带着行李措乘地铁，前往';
    const [s, ...rest] = findSuspicions(text, base);
    expect(rest).toEqual([]);
    expect(s).toMatchObject({ start: 6, end: 7, text: '措', proposal: '搭' });
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.reason).toContain('形近字：措→搭');
    expect(s.reason).toContain('‘搭乘’ 149 次，‘措乘’ 0 次');
    expect(s.confidence).toBeGreaterThan(0.5);
    expect(s.confidence).toBeLessThanOrEqual(1);
  });

  it('leaves text alone that reads as words', () => {
    expect(findSuspicions('乘客带着行李搭乘地铁，前往', base)).toEqual([]);
    expect(findSuspicions('', base)).toEqual([]);
  });

  it('weighs what the paper’s proofreaders corrected before: 人→入 corrected often makes 入会 likelier', () => {
    const text = '此联合会的人会对象';
    const loose = { minLogOdds: -10 };
    const fresh = findSuspicions(text, base, loose).find((s) => s.text === '人');
    const learned = findSuspicions(text, { ...base, confusions: confusionCounts([{ ocr: '人', truth: '入', count: 5 }]) }, loose).find((s) => s.text === '人');
    expect(learned).toMatchObject({ proposal: '入' });
    expect(learned!.confidence).toBeGreaterThan(fresh?.confidence ?? 0);
    expect(learned!.reason).toContain('本报校对已 5 次将 人 改为 入');
  });

  it('learns a place name from the paper’s approved text (杖锡), and says so', () => {
    const text = '宁波章水镇权锡卫生院';
    expect(findSuspicions(text, base)).toEqual([]);
    const paper = paperEvidence(['杖锡乡位于四明山', '杖锡村的茶园'], ['杖锡']);
    const [s] = findSuspicions(text, { ...base, paper });
    expect(s).toMatchObject({ text: '权', proposal: '杖' });
    expect(s.reason).toContain('本报已校文本：‘杖锡’ 出现 3 次，‘权锡’ 0 次');
    const [v] = findSuspicions('鄞县村锡乡', { ...base, paper });
    expect(v).toMatchObject({ text: '村', proposal: '杖' });
  });

  it('weighs a recurrence in the batch being read far less than one in approved text: the engine repeats its misreadings', () => {
    const text = '夜市又热阐起来了';
    const texts = ['街上热阐', '一样热阐', text];
    const asBatch = findSuspicions(text, { ...base, paper: batchEvidence(texts) }, { errorRate: 0.02 });
    expect(asBatch).toMatchObject([{ text: '阐', proposal: '闹' }]);
    expect(findSuspicions(text, { ...base, paper: paperEvidence(texts) }, { errorRate: 0.02 })).toEqual([]);
  });

  it('judges alike with a paper that names no neighbours, which must then be asked of every n-gram', () => {
    const paper = paperEvidence(['杖锡乡位于四明山', '杖锡村的茶园', '热阐'], ['杖锡']);
    const bare = { count: paper.count, weight: paper.weight, label: paper.label };
    for (const text of ['宁波章水镇权锡卫生院', '鄞县村锡乡', '夜市又热阐起来了，乘客措乘地铁']) {
      expect(findSuspicions(text, { ...base, paper: bare })).toEqual(findSuspicions(text, { ...base, paper }));
    }
    expect(findSuspicions('鄞县村锡乡', { ...base, paper: bare })).toMatchObject([{ text: '村', proposal: '杖' }]);
  });

  it('rates a confusion higher the more often the paper corrected it', () => {
    const paper = paperEvidence(['杖锡']);
    const rate = (count: number) => findSuspicions('鄞县村锡', { ...base, paper, confusions: confusionCounts([{ ocr: '村', truth: '杖', count }]) }, { minLogOdds: -20 })[0];
    expect(rate(9).proposal).toBe('杖');
    expect(rate(9).confidence).toBeGreaterThan(rate(1).confidence);
  });

  it('proposes a character that shares a component in another frame (狂 → 逛), which no glyph lookalike offers', () => {
    const text = '不如去逛狂吧';
    expect(findSuspicions(text, base)).toEqual([]);
    const components = readComponentTable('# note\n狂\t逛\t0.70\t狂\n');
    const [s, ...rest] = findSuspicions(text, { ...base, components });
    expect(rest).toEqual([]);
    expect(s).toMatchObject({ text: '狂', proposal: '逛' });
    expect(s.reason).toContain('形近字（部件相同）：狂→逛（同含‘狂’）');
    // A lower prior than a glyph lookalike of the same similarity: it needs more evidence.
    const asGlyph = findSuspicions(text, { ...base, glyphs: { lookalikes: (c) => (c === '狂' ? [{ char: '逛', similarity: 0.7 }] : []) } })[0];
    expect(asGlyph.confidence).toBeGreaterThan(s.confidence);
  });

  it('refuses a malformed component table', () => {
    expect(() => readComponentTable('狂\t逛\t1.5\t狂\n')).toThrow(/line 1/);
    expect(readComponentTable('狂\t逛\t0.6\t狂\n狂\t诳\t0.78\t狂\n').lookalikes('狂').map((l) => l.char)).toEqual(['诳', '逛']);
  });

  it('weighs a four-character word the proposal makes (有条不率 → 有条不紊)', () => {
    const [s] = findSuspicions('生产正有条不率地进行', base);
    expect(s).toMatchObject({ text: '率', proposal: '紊' });
  });

  it('asks a much stronger case after a surname, where the dictionary cannot judge names', () => {
    const text = '司机张师健说';
    const plain = findSuspicions(text, base).find((s) => s.text === '健');
    expect(plain).toMatchObject({ proposal: '傅' });
    const odds = Math.log(plain!.confidence / (1 - plain!.confidence));
    const names = { surname: (c: string) => (c === '张' ? 1 : 0) };
    // Just under the case made: raised as plain text, not after a surname, unless the case is far stronger.
    expect(findSuspicions(text, base, { minLogOdds: odds - 1 }).map((s) => s.text)).toContain('健');
    expect(findSuspicions(text, { ...base, names }, { minLogOdds: odds - 1 }).map((s) => s.text)).not.toContain('健');
    expect(findSuspicions(text, { ...base, names }, { minLogOdds: odds - 5 }).map((s) => s.text)).toContain('健');
  });

  it('gives offsets as string indices around characters outside the BMP and other scripts', () => {
    const text = '𠀀 ABC 乘客措乘地铁';
    const [s] = findSuspicions(text, base);
    expect(text.slice(s.start, s.end)).toBe('措');
  });

  it('marks misread punctuation with its usual original', () => {
    const text = '他说-一这是`红木棉`。身体.2019年，52.1%';
    const found = findSuspicions(text, base).map((s) => [s.text, s.proposal]);
    expect(found).toEqual([
      ['-一', '——'],
      ['`', '·'],
      ['`', '”'],
      ['.', '。'],
    ]);
  });
});

describe('library evidence', () => {
  it('counts Han n-grams of 2 to 4 characters, not across other characters', () => {
    const p = paperEvidence(['杖锡乡，杖锡村'], ['沈姣叶']);
    expect(p.count('杖锡')).toBe(2);
    expect(p.count('杖锡乡')).toBe(1);
    expect(p.count('乡杖')).toBe(0);
    expect(p.count('沈姣叶')).toBe(1);
  });

  it('counts a batch’s n-grams but one, so a misreading is no evidence for itself', () => {
    const b = batchEvidence(['大佳何镇', '大佳何镇', '权锡']);
    expect(b.count('佳何')).toBe(1);
    expect(b.count('权锡')).toBe(0);
    expect(combineEvidence(b, paperEvidence(['佳何'])).count('佳何')).toBe(2);
  });

  it('counts no n-gram more often than a pair inside it, and a pair as pair() says, so the engine may skip n-grams holding an uncounted pair', () => {
    const texts = ['杖锡乡，杖锡村', '大佳何镇', '大佳何镇的茶'];
    for (const p of [paperEvidence(texts, ['沈姣叶']), batchEvidence(texts), combineEvidence(batchEvidence(texts), paperEvidence(['权锡']))]) {
      for (const text of [...texts, '沈姣叶', '权锡', '乡杖锡']) {
        for (let i = 0; i < text.length; i++) {
          for (let n = 2; n <= 4 && i + n <= text.length; n++) {
            const gram = text.slice(i, i + n);
            if (n === 2) expect(p.pair!(gram[0], gram[1])).toBe(p.count(gram));
            for (let k = 0; k + 1 < n; k++) expect(p.count(gram)).toBeLessThanOrEqual(p.count(gram.slice(k, k + 2)));
          }
        }
      }
    }
    expect(batchEvidence(texts).pair!('佳', '何')).toBe(1);
  });

  it('sums corrections of the same pair, most frequent first', () => {
    const c = confusionCounts([{ ocr: '捧', truth: '摊' }, { ocr: '捧', truth: '摊', count: 2 }, { ocr: '捧', truth: '棒' }, { ocr: '甲', truth: '甲' }]);
    expect(c.corrections('捧')).toEqual([{ truth: '摊', count: 3 }, { truth: '棒', count: 1 }]);
    expect(c.corrections('甲')).toEqual([]);
  });
});
