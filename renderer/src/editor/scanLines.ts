// Between the editors' lines and the printed lines on the scan. An article's OCR text has one line per printed
// line (its box in lineBoxes); the clean text's lines are paragraphs, placed on the OCR lines through the diff's
// paragraph groups (the same alignment the scroll sync uses).
import type { ParagraphGroup } from '../../../shared/diff/types';
import type { LineBox } from '../../../shared/model/types';
import { alignedLine, groupOfLine, type Side } from './alignment';

/** The OCR line standing for `line` + `fraction` of `side`'s text; null past the end. */
export function ocrLineOf(groups: readonly ParagraphGroup[] | null, side: Side, line: number, fraction: number, ocrLines: number): number | null {
  const at = side === 'ocr' || !groups ? line : Math.floor(alignedLine(groups, 'clean', line, Math.min(fraction, 0.999)));
  return at >= 0 && at < ocrLines ? at : null;
}

/** The OCR lines of the paragraph (group) holding `line` of `side`. */
export function paragraphOcrLines(groups: readonly ParagraphGroup[] | null, side: Side, line: number): { start: number; end: number } | null {
  if (!groups) return null;
  const group = groupOfLine(groups, side, line);
  return group && group.ocrLines.end > group.ocrLines.start ? group.ocrLines : null;
}

/** The clean line beside OCR line `line`. */
export function cleanLineOf(groups: readonly ParagraphGroup[] | null, line: number): number {
  return groups ? Math.floor(alignedLine(groups, 'ocr', line, 0)) : line;
}

/** The line whose box holds the point (layout units), or the nearest within `slack`; null elsewhere. */
export function lineAtPoint(boxes: readonly (LineBox | null)[], x: number, y: number, slack = 4): number | null {
  let best: number | null = null;
  let bestDistance = slack;
  boxes.forEach((box, i) => {
    if (!box) return;
    const dx = Math.max(box.x - x, 0, x - (box.x + box.w));
    const dy = Math.max(box.y - y, 0, y - (box.y + box.h));
    const distance = Math.hypot(dx, dy);
    if (distance <= bestDistance) {
      best = i;
      bestDistance = distance;
    }
  });
  return best;
}
