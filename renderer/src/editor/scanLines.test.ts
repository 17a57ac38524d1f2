import { describe, expect, it } from 'vitest';
import { diffTexts } from '../../../shared/diff';
import { cleanLineOf, lineAtPoint, ocrLineOf, paragraphOcrLines } from './scanLines';

// Three printed lines joined into one paragraph, then a paragraph of its own.
const ocr = '第一行文字\n第二行文字\n第三行文字\n另一段';
const clean = '第一行文字第二行文字第三行文字\n另一段';
const groups = diffTexts(ocr, clean).groups;

describe('scan lines', () => {
  it('places a caret of the clean text on the printed line its characters came from', () => {
    expect(ocrLineOf(groups, 'clean', 0, 0, 4)).toBe(0);
    expect(ocrLineOf(groups, 'clean', 0, 0.5, 4)).toBe(1);
    expect(ocrLineOf(groups, 'clean', 0, 0.99, 4)).toBe(2);
    expect(ocrLineOf(groups, 'clean', 1, 0, 4)).toBe(3);
    expect(ocrLineOf(groups, 'ocr', 2, 0.3, 4)).toBe(2);
    expect(ocrLineOf(groups, 'ocr', 9, 0, 4)).toBeNull();
  });

  it('knows the paragraph’s printed lines and the clean line beside a printed one', () => {
    expect(paragraphOcrLines(groups, 'clean', 0)).toEqual({ start: 0, end: 3 });
    expect(paragraphOcrLines(groups, 'ocr', 3)).toEqual({ start: 3, end: 4 });
    expect(cleanLineOf(groups, 2)).toBe(0);
    expect(cleanLineOf(groups, 3)).toBe(1);
  });

  it('finds the line under a point, tolerating a near miss but not a far one', () => {
    const boxes = [{ x: 10, y: 10, w: 100, h: 20 }, null, { x: 10, y: 40, w: 100, h: 20 }];
    expect(lineAtPoint(boxes, 50, 20)).toBe(0);
    expect(lineAtPoint(boxes, 50, 45)).toBe(2);
    expect(lineAtPoint(boxes, 50, 33)).toBe(0);
    expect(lineAtPoint(boxes, 300, 45)).toBeNull();
  });
});
