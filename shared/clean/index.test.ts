import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { samplePages } from '../../tests/fixtures/samples';
import { CLEAN_RULES, applyEdits, cleanField, cleanText } from './index';

/** Sample pages as bodies: one paragraph per line, blank lines gone, as the parser hands them over. */
const samples = samplePages.map(({ file, text }) => ({
  file,
  body: text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .join('\n'),
}));

/** Pieces of text like the samples': Chinese, bylines, ASCII marks, numbers, addresses, Latin, spaces, lines. */
const FRAGMENTS = [
  '中', '文', '工会', '职工', '记者', '通讯员', '员', '本报讯', '报道', '摄', '见习', '者', '和',
  ' ', '  ', '\n', '\u3000', '\t',
  ',', ':', ';', '!', '?', '(', ')', '~', '.', '-', '+', '"',
  '，', '。', '、', '“', '”', '‘', '’', '（', '）', '《', '》', '……', '——', '：', '！',
  '1', '23', '1,000', '8:30', '1:2', '5~7', '99.85%', 'CN33-0018', '“1+X”',
  'www.zjgrrb.com', 'https://a.cn/x?y=1,2', '(www.a.com)', 'zjgrrb@163.com',
  'and', ' and ', 'Official Partner', 'ICBC', 'km', '4s', '- ', '* ', '１２', 'ＡＢ', '𠀀', '😀',
];

const bodyLike = fc.string({ unit: fc.constantFrom(...FRAGMENTS), minLength: 3, maxLength: 40, size: 'max' });
const anyText = fc.string({ unit: 'binary', maxLength: 80 });
const disabledSets = fc.subarray(CLEAN_RULES.map((r) => r.id));

/** The pipeline's contract, checked on one input. */
function checkContract(input: string, disabled: string[]): void {
  const { text, edits } = cleanText(input, { disabled });
  // Sorted, non-overlapping, each `before` is the input it replaces, and together they make the output:
  // nothing outside an edit changes, so no character is dropped silently.
  for (let k = 0; k < edits.length; k++) {
    const e = edits[k];
    expect(e.before).toBe(input.slice(e.start, e.end));
    expect(e.after).not.toBe(e.before);
    if (k > 0) expect(edits[k - 1].end).toBeLessThanOrEqual(e.start);
    if (k > 0 && edits[k - 1].start === e.start) expect(edits[k - 1].end).toBeLessThan(e.end);
  }
  expect(applyEdits(input, edits)).toBe(text);
  // Idempotent: cleaning the result changes nothing.
  expect(cleanText(text, { disabled }).edits).toEqual([]);
}

describe('CLEAN_RULES', () => {
  it('have unique ids and bilingual labels and reasons', () => {
    const ids = CLEAN_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of CLEAN_RULES) {
      for (const text of [r.label, r.reason]) {
        expect(text.zh).toMatch(/\p{Script=Han}/u);
        expect(text.en).toMatch(/[a-z]/);
      }
    }
  });
});

describe('cleanText on the sample pages', () => {
  it('keeps the contract on every page', () => {
    expect(samples.length).toBeGreaterThan(0);
    for (const s of samples) checkContract(s.body, []);
  });

  it('leaves only the half-width marks that are right (the 1:2 ratio)', () => {
    const left = samples.flatMap((s) => [...cleanText(s.body).text.matchAll(/[,:;!?()~]/g)].map((m) => m[0]));
    expect(left).toEqual([':']);
  });

  it('attributes each change to its rule', () => {
    const page = samples.find((s) => s.body.includes('通讯员员郁诗怡'));
    expect(page).toBeDefined();
    const rules = new Set(cleanText(page?.body ?? '').edits.map((e) => e.rule));
    expect(rules).toEqual(new Set(['rejoin-break', 'punct-fullwidth', 'byline-doubled']));
  });
});

describe('cleanText', () => {
  it('skips disabled rules', () => {
    const input = '我能行, 我肯定行!';
    expect(cleanText(input).text).toBe('我能行，我肯定行！');
    expect(cleanText(input, { disabled: ['space-punct'] }).text).toBe('我能行， 我肯定行！');
    expect(cleanText(input, { disabled: ['punct-fullwidth'] }).text).toBe(input);
  });

  it('returns no edits for clean text', () => {
    expect(cleanText('镇海为非公企业工会主席发放履职补贴。\n通讯员王林超 摄')).toEqual({
      text: '镇海为非公企业工会主席发放履职补贴。\n通讯员王林超 摄',
      edits: [],
    });
  });

  it('keeps its contract on sample-like text', () => {
    fc.assert(fc.property(bodyLike, disabledSets, (input, disabled) => checkContract(input, disabled)), { numRuns: 3000 });
  });

  it('settles in one pass when line joining is off: no rule makes work for an earlier one', () => {
    const ownRules = { disabled: ['rejoin-break'], maxPasses: 1 };
    fc.assert(
      fc.property(bodyLike, (input) => {
        expect(cleanText(cleanText(input, ownRules).text, ownRules).edits).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps its contract on arbitrary text', () => {
    fc.assert(fc.property(anyText, disabledSets, (input, disabled) => checkContract(input, disabled)), { numRuns: 2000 });
  });
});

describe('cleanField', () => {
  it('cleans heading lines and bylines without an edit list', () => {
    expect(cleanField('每年50万元!')).toBe('每年50万元！');
    expect(cleanField('坚持“两手硬” 助力“两战赢”')).toBe('坚持“两手硬” 助力“两战赢”');
    expect(cleanField('本报讯 记者张浩星 通讯员员郁诗怡')).toBe('本报讯 记者张浩星 通讯员郁诗怡');
  });
});
