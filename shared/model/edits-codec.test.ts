import { describe, expect, it } from 'vitest';
import type { Edit } from './types';
import { packEdits, unpackEdits } from './edits-codec';

const punct = { zh: '半角标点改为全角', en: 'Half-width punctuation made full-width' };
const rejoin = { zh: '接回被分栏打断的段落', en: 'Rejoined a paragraph broken by a column' };
const edits: Edit[] = [
  { rule: 'punct-fullwidth', start: 3, end: 4, before: ',', after: '，', reason: punct },
  { rule: 'rejoin', start: 10, end: 11, before: '\n', after: '', reason: rejoin },
  { rule: 'punct-fullwidth', start: 20, end: 21, before: '(', after: '（', reason: punct },
  { rule: 'list-bullet', start: 30, end: 30, before: '', after: '"\u0000', reason: { zh: '引号 "x"', en: 'a "quoted" reason' } },
];

describe('packed edits', () => {
  it('read back exactly what was written, in order', () => {
    expect(unpackEdits(packEdits(edits))).toEqual(edits);
    expect(unpackEdits(packEdits([]))).toEqual([]);
  });

  it('write each distinct reason once', () => {
    const stored = JSON.parse(packEdits(edits)) as { reasons: unknown[] };
    expect(stored.reasons).toEqual([punct, rejoin, edits[3]!.reason]);
    expect(packEdits(edits).split('半角标点改为全角').length - 1).toBe(1);
  });

  it('unpack a plain array of edits too (rows stored before the packed form)', () => {
    expect(unpackEdits(JSON.stringify(edits))).toEqual(edits);
  });
});
