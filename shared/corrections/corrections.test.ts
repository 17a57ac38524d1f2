import { describe, expect, it } from 'vitest';
import { matchesAt, mergeSuspicions, occurrenceCounts, occurrences, seriesSuspicions, suspicionKey } from './series';
import { handSubstitutions } from './substitutions';

describe('handSubstitutions', () => {
  it('records a replaced character with its context from the rules\u2019 text', () => {
    const base = '工会新人会员\n大家入会了';
    const text = '工会新入会员\n大家入会了';
    expect(handSubstitutions(base, text)).toEqual([{ ocr: '人', fix: '入', before: '会新', after: '会员', start: 3, end: 4 }]);
  });

  it('keeps context inside the paragraph', () => {
    const [s] = handSubstitutions('甲\n人会议', '甲\n入会议');
    expect(s).toMatchObject({ ocr: '人', fix: '入', before: '', after: '会议' });
  });

  it('skips insertions, deletions, punctuation-only changes and long rewrites', () => {
    expect(handSubstitutions('今天天气好', '今天的天气好')).toEqual([]);
    expect(handSubstitutions('今天天气好', '今天气好')).toEqual([]);
    expect(handSubstitutions('好,走', '好；走')).toEqual([]);
    expect(handSubstitutions('一二三四五六七八九十', '甲乙丙丁戊己庚辛壬癸')).toEqual([]);
  });
});

describe('series', () => {
  const p = { ocr: '人', fix: '入', before: '新', after: '会' };

  it('matches the OCR string where one side of the context agrees', () => {
    expect(matchesAt('新人会', 1, p)).toBe(true);
    expect(matchesAt('老人会', 1, p)).toBe(true);
    expect(matchesAt('新人们', 1, p)).toBe(true);
    expect(matchesAt('老人们', 1, p)).toBe(false);
  });

  it('needs two characters to match without context', () => {
    expect(occurrences('人\n人会', { ocr: '人', fix: '入', before: '', after: '' })).toEqual([]);
    expect(occurrences('人会\n甲人会乙', { ocr: '人会', fix: '入会', before: '', after: '' })).toEqual([{ start: 0, end: 2 }]);
  });

  it('counts occurrences by plain substring counts wherever those agree, and says when they would not', () => {
    // Non-overlapping substring counts, as SQL's replace() makes them.
    const count = (text: string, s: string) => text.split(s).length - 1;
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const word = (max: number) => Array.from({ length: Math.floor(random() * (max + 1)) }, () => '甲乙人\n'[Math.floor(random() * 4)]).join('');
    let counted = 0;
    for (let i = 0; i < 3000; i++) {
      const p = { ocr: word(2) || '人', fix: '入', before: word(2), after: word(2) };
      const text = word(40);
      const plan = occurrenceCounts(p);
      if (plan === null) continue;
      counted++;
      const sum = plan.add.reduce((n, s) => n + count(text, s), 0) - plan.subtract.reduce((n, s) => n + count(text, s), 0);
      expect(sum, JSON.stringify({ p, text })).toBe(occurrences(text, p).length);
    }
    expect(counted).toBeGreaterThan(500);
    expect(occurrenceCounts({ ocr: '人', fix: '入', before: '', after: '' })).toBeNull();
    expect(occurrenceCounts({ ocr: '人人', fix: '入人', before: '甲', after: '' })).toBeNull();
    expect(occurrenceCounts({ ocr: '人', fix: '入', before: '甲', after: '乙' })).toEqual({ add: ['甲人', '人乙'], subtract: ['甲人乙'] });
  });

  it('turns recorded corrections into suggestions, the more frequent winning an overlap', () => {
    const text = '他申请人会。老人会长。';
    const found = seriesSuspicions(text, [
      { ocr: '人会', fix: '入会', before: '申请', after: '', count: 1 },
      { ocr: '人', fix: '入', before: '', after: '会。', count: 3 },
    ]);
    expect(found.map((s) => [s.start, s.end, s.text, s.proposal])).toEqual([[3, 4, '人', '入']]);
    expect(found[0].reason).toContain('3 次');
    expect(found[0].confidence).toBeGreaterThan(0.9);
  });

  it('merges engine suspicions that overlap none of the series', () => {
    const a = { start: 2, end: 3, text: 'x', proposal: 'y', reason: 'a', confidence: 0.8 };
    const b = { start: 2, end: 4, text: 'xz', proposal: 'yz', reason: 'b', confidence: 0.5 };
    const c = { start: 0, end: 1, text: 'w', proposal: 'v', reason: 'c', confidence: 0.5 };
    expect(mergeSuspicions([a], [b, c]).map((s) => s.reason)).toEqual(['c', 'a']);
  });

  it('keys a suspicion by its string, proposal and context, not its offset', () => {
    const s = { start: 3, end: 4, text: '人', proposal: '入' };
    expect(suspicionKey('甲乙申人会。', s)).toBe(suspicionKey('丙甲乙申人会。'.slice(1), s));
    expect(suspicionKey('前面加字甲乙申人会。', { ...s, start: 7, end: 8 })).toBe(suspicionKey('甲乙申人会。', s));
  });
});
