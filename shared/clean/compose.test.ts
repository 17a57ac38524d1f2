import { describe, expect, it } from 'vitest';
import type { Edit } from '../model/types';
import { applyEdits } from './apply';
import { composeRule, type ComposedEdit } from './compose';
import type { CleanRule, RuleEdit } from './rule';

/** A rule that proposes fixed edits, for exercising the composition alone. */
function fixed(id: string, edits: (text: string) => RuleEdit[]): CleanRule {
  return { id, label: { zh: id, en: id }, reason: { zh: `${id}理由`, en: `${id} reason` }, apply: edits };
}

/** Runs rules like the pipeline does and returns the output and edits. */
function run(input: string, rules: CleanRule[]): { text: string; edits: Edit[] } {
  let text = input;
  let composed: ComposedEdit[] = [];
  for (const rule of rules) ({ text, composed } = composeRule(input, text, composed, rule, rule.apply(text)));
  return { text, edits: composed.map(({ at: _at, ...e }) => e) };
}

const replaceAll = (id: string, from: string, to: string) =>
  fixed(id, (t) => [...t.matchAll(new RegExp(from, 'g'))].map((m) => ({ start: m.index, end: m.index + m[0].length, after: to })));

describe('composeRule', () => {
  it('maps a later rule’s edits back through earlier length changes', () => {
    const r = run('ab,cd,ef', [replaceAll('drop-b', 'b', ''), replaceAll('comma', ',', '，')]);
    expect(r.text).toBe('a，cd，ef');
    expect(r.edits.map((e) => [e.rule, e.start, e.end, e.before, e.after])).toEqual([
      ['drop-b', 1, 2, 'b', ''],
      ['comma', 2, 3, ',', '，'],
      ['comma', 5, 6, ',', '，'],
    ]);
    expect(applyEdits('ab,cd,ef', r.edits)).toBe(r.text);
  });

  it('merges an edit of text an earlier rule wrote, under the later rule’s id with both reasons', () => {
    const r = run('a and b', [replaceAll('and', ' and ', 'X'), replaceAll('x', 'X', '和')]);
    expect(r.edits).toEqual([
      { rule: 'x', start: 1, end: 6, before: ' and ', after: '和', reason: { zh: 'and理由；x理由', en: 'and reason; x reason' } },
    ]);
  });

  it('keeps edits that only touch apart, each with its own rule', () => {
    const r = run('好, 我', [replaceAll('comma', ',', '，'), replaceAll('space', ' ', '')]);
    expect(r.text).toBe('好，我');
    expect(r.edits.map((e) => e.rule)).toEqual(['comma', 'space']);
  });

  it('merges two insertions at one input point so their order is kept', () => {
    const r = run('ab', [fixed('one', () => [{ start: 1, end: 1, after: '1' }]), fixed('two', (t) => [{ start: 2, end: 2, after: '2' }, { start: 0, end: 0, after: '0' }].filter(() => t === 'a1b'))]);
    expect(r.text).toBe('0a12b');
    expect(r.edits.map((e) => [e.rule, e.start, e.end, e.after])).toEqual([
      ['two', 0, 0, '0'],
      ['two', 1, 1, '12'],
    ]);
    expect(applyEdits('ab', r.edits)).toBe('0a12b');
  });

  it('places an insertion next to a deletion without merging them', () => {
    const r = run('abc', [replaceAll('del', 'b', ''), fixed('ins', () => [{ start: 1, end: 1, after: '+' }])]);
    expect(r.text).toBe('a+c');
    expect(applyEdits('abc', r.edits)).toBe('a+c');
    expect(r.edits.map((e) => e.rule).sort()).toEqual(['del', 'ins']);
  });

  it('swallows a deletion that falls inside a later replacement', () => {
    const r = run('a-b-c', [replaceAll('dash', '-', ''), fixed('wide', () => [{ start: 0, end: 3, after: 'X' }])]);
    expect(r.text).toBe('X');
    expect(r.edits).toHaveLength(1);
    expect(r.edits[0]).toMatchObject({ rule: 'wide', start: 0, end: 5, before: 'a-b-c', after: 'X' });
  });

  it('drops a merged edit that undoes itself', () => {
    const r = run('a,b', [replaceAll('to-full', ',', '，'), replaceAll('to-half', '，', ',')]);
    expect(r.text).toBe('a,b');
    expect(r.edits).toEqual([]);
  });

  it('refuses a rule whose edits overlap', () => {
    const bad = fixed('bad', () => [{ start: 0, end: 2, after: '' }, { start: 1, end: 3, after: '' }]);
    expect(() => run('abcd', [bad])).toThrow(/bad/);
  });
});
