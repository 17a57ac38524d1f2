import { describe, expect, it } from 'vitest';
import { diffTexts } from './differ';
import { hunkIndexAt, nextHunkIndex, previousHunkIndex, revertChange } from './navigate';

const ocr = '据悉,自2012年起,杭州市总\n工会已连续多年开展活动。\n- 1.杭州锅炉';
const clean = '据悉，自2012年起，杭州市总工会已连续多年开展活动。\n1.杭州锅炉';
const diff = diffTexts(ocr, clean);

describe('stepping through changes', () => {
  it('finds the next and previous change from a cursor on either side', () => {
    const starts = diff.hunks.map((h) => h.cleanStart);
    expect(starts).toEqual([2, 10, 15, 28]);
    expect(nextHunkIndex(diff.hunks, 'clean', 0)).toBe(0);
    expect(nextHunkIndex(diff.hunks, 'clean', 2)).toBe(1);
    expect(nextHunkIndex(diff.hunks, 'clean', 28)).toBe(-1);
    expect(previousHunkIndex(diff.hunks, 'clean', 2)).toBe(-1);
    expect(previousHunkIndex(diff.hunks, 'clean', 11)).toBe(1);
    expect(previousHunkIndex(diff.hunks, 'clean', clean.length)).toBe(3);
    expect(nextHunkIndex(diff.hunks, 'ocr', 10)).toBe(2);
  });

  it('finds the change under a cursor, including empty ranges sitting on it', () => {
    expect(hunkIndexAt(diff.hunks, 'clean', 2)).toBe(0);
    expect(hunkIndexAt(diff.hunks, 'clean', 3)).toBe(-1);
    // The removed break is an empty range at 15 on the clean side and "\n" at 15 on the OCR side.
    expect(hunkIndexAt(diff.hunks, 'clean', 15)).toBe(2);
    expect(hunkIndexAt(diff.hunks, 'ocr', 15)).toBe(2);
    expect(hunkIndexAt(diff.hunks, 'ocr', 16)).toBe(-1);
    expect(hunkIndexAt(diff.hunks, 'ocr', ocr.indexOf('- ') + 1)).toBe(3);
  });
});

describe('reverting a change', () => {
  const apply = (text: string, c: { from: number; to: number; insert: string }) => text.slice(0, c.from) + c.insert + text.slice(c.to);

  it('reverts exactly one change', () => {
    const reverted = apply(clean, revertChange(ocr, diff.hunks[2]));
    expect(reverted).toBe('据悉，自2012年起，杭州市总\n工会已连续多年开展活动。\n1.杭州锅炉');
    expect(diffTexts(ocr, reverted).hunks).toHaveLength(diff.hunks.length - 1);
  });

  it('gets the OCR text back when every change is reverted, last first', () => {
    const text = diff.hunks.reduceRight((t, h) => apply(t, revertChange(ocr, h)), clean);
    expect(text).toBe(ocr);
  });
});
