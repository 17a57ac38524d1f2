import { describe, expect, it } from 'vitest';
import { diffTexts } from '../../../shared/diff';
import { alignedLine, groupOfLine } from './alignment';

describe('paragraph alignment for scroll sync', () => {
  // Two OCR lines joined into one clean paragraph, then a kept paragraph.
  const ocr = '杭州市总工会已连续多年开展\n职工疗休养活动,受到欢迎。\n第二段保持不变的文字内容。';
  const clean = '杭州市总工会已连续多年开展职工疗休养活动，受到欢迎。\n第二段保持不变的文字内容。';
  const { groups } = diffTexts(ocr, clean);

  it('finds the group of a line on either side', () => {
    expect(groupOfLine(groups, 'ocr', 0)).toBe(groupOfLine(groups, 'ocr', 1));
    expect(groupOfLine(groups, 'clean', 1)).toBe(groupOfLine(groups, 'ocr', 2));
    expect(groupOfLine(groups, 'clean', 5)).toBeNull();
  });

  it('keeps a joined paragraph beside the OCR lines it came from', () => {
    expect(alignedLine(groups, 'ocr', 0, 0)).toBe(0);
    expect(alignedLine(groups, 'ocr', 1, 0)).toBeCloseTo(0.5);
    expect(alignedLine(groups, 'clean', 0, 0.5)).toBeCloseTo(1);
    expect(alignedLine(groups, 'ocr', 2, 0.25)).toBeCloseTo(1.25);
    expect(alignedLine(groups, 'clean', 1, 0)).toBe(2);
  });
});
