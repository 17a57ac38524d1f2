import { describe, expect, it } from 'vitest';
import { diffTexts } from '../../../shared/diff';
import type { Edit } from '../../../shared/model/types';
import { attributeChanges, changeAtCursor, neighbourChange, rangesMeet, tallyByRule } from './attribution';

const edit = (rule: string, start: number, end: number, after: string, ocr: string): Edit => ({
  rule,
  start,
  end,
  before: ocr.slice(start, end),
  after,
  reason: { zh: `${rule} 原因`, en: `${rule} reason` },
});

describe('rangesMeet', () => {
  it('needs a shared character for two ranges, touching for an empty one', () => {
    expect(rangesMeet(0, 2, 2, 4)).toBe(false);
    expect(rangesMeet(0, 3, 2, 4)).toBe(true);
    expect(rangesMeet(2, 2, 2, 4)).toBe(true);
    expect(rangesMeet(5, 5, 2, 4)).toBe(false);
  });
});

describe('attributeChanges', () => {
  const ocr = '我能行, 我肯定行!\n杭州市总\n工会已连续多年';
  // The rules' output: full-width punctuation, one space removed, the column break joined.
  const edits = [
    edit('punct-fullwidth', 3, 4, '，', ocr),
    edit('space-punct', 4, 5, '', ocr),
    edit('punct-fullwidth', 9, 10, '！', ocr),
    edit('join-break', 15, 16, '', ocr),
  ];
  const auto = '我能行，我肯定行！\n杭州市总工会已连续多年';

  it('gives each hunk overlapping a rule edit to that rule', () => {
    const changes = attributeChanges(diffTexts(ocr, auto).hunks, edits);
    expect(changes.length).toBeGreaterThan(0);
    for (const c of changes) expect(c.rule).not.toBeNull();
    expect(new Set(changes.map((c) => c.rule))).toEqual(new Set(['punct-fullwidth', 'join-break']));
    // ", " became "，" in one hunk: both rules' edits explain it, the first names it.
    const comma = changes.find((c) => ocr.slice(c.ocrStart, c.ocrEnd) === ', ');
    expect(comma?.edits.map((e) => e.rule)).toEqual(['punct-fullwidth', 'space-punct']);
  });

  it('calls a change no edit overlaps a change by hand', () => {
    const edited = auto.replace('多年', '多年来');
    const changes = attributeChanges(diffTexts(ocr, edited).hunks, edits);
    const byHand = changes.filter((c) => c.rule === null);
    expect(byHand).toHaveLength(1);
    expect(edited.slice(byHand[0].cleanStart, byHand[0].cleanEnd)).toBe('来');
    expect(tallyByRule(changes).at(-1)).toEqual({ rule: null, changes: 1 });
  });

  it('finds the change at the cursor and steps through changes with wrap-around', () => {
    const changes = attributeChanges(diffTexts(ocr, auto).hunks, edits);
    const first = changes[0];
    expect(changeAtCursor(changes, first.cleanStart)).toBe(first);
    expect(neighbourChange(changes, first.cleanStart, 1)).toBe(changes[1]);
    expect(neighbourChange(changes, first.cleanStart, -1)).toBe(changes[changes.length - 1]);
    const last = changes[changes.length - 1];
    expect(neighbourChange(changes, last.cleanStart, 1)).toBe(first);
    expect(neighbourChange([], 0, 1)).toBeNull();
  });
});
