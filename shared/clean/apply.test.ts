import { describe, expect, it } from 'vitest';
import { applyEdits } from './apply';

describe('applyEdits', () => {
  it('replaces, inserts and deletes in input coordinates, in any given order', () => {
    const edits = [
      { start: 5, end: 6, before: ',', after: '，' },
      { start: 0, end: 0, before: '', after: '>' },
      { start: 2, end: 4, before: 'cd', after: '' },
    ];
    expect(applyEdits('abcde,f', edits)).toBe('>abe，f');
  });

  it('puts an insertion before a replacement that starts at the same offset', () => {
    expect(applyEdits('ab', [{ start: 1, end: 2, before: 'b', after: 'B' }, { start: 1, end: 1, before: '', after: '+' }])).toBe(
      'a+B',
    );
  });

  it('refuses overlapping edits and edits whose before does not match', () => {
    expect(() =>
      applyEdits('abc', [
        { start: 0, end: 2, before: 'ab', after: '' },
        { start: 1, end: 3, before: 'bc', after: '' },
      ]),
    ).toThrow(RangeError);
    expect(() => applyEdits('abc', [{ start: 0, end: 1, before: 'x', after: 'y' }])).toThrow(RangeError);
    expect(() => applyEdits('abc', [{ start: 2, end: 4, before: 'c', after: 'y' }])).toThrow(RangeError);
  });
});
