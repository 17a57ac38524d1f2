import type { TextDiff } from './types';

/**
 * Rebuilds both texts from a diff, each from the *other* text's unchanged stretches plus its own side of every
 * hunk, and checks the hunks' own promises. Returns the problems found (empty when the diff is sound).
 */
export function checkDiff(diff: TextDiff): string[] {
  const problems: string[] = [];
  const { ocr, clean, hunks } = diff;
  let ocrRebuilt = '';
  let cleanRebuilt = '';
  let o = 0;
  let c = 0;
  for (const [n, h] of hunks.entries()) {
    const removed = ocr.slice(h.ocrStart, h.ocrEnd);
    const added = clean.slice(h.cleanStart, h.cleanEnd);
    if (h.ocrStart - o !== h.cleanStart - c || h.ocrStart < o) problems.push(`hunk ${n}: unequal or negative gap before it`);
    if (!removed && !added) problems.push(`hunk ${n}: empty`);
    const op = removed && added ? 'replace' : removed ? 'delete' : 'insert';
    if (h.op !== op) problems.push(`hunk ${n}: op ${h.op}, expected ${op}`);
    const breaksOnly = /^\n*$/.test(removed) && /^\n*$/.test(added);
    if (h.linebreak && (!breaksOnly || op === 'replace')) problems.push(`hunk ${n}: line-break hunk with other text`);
    if (!h.linebreak && (removed.includes('\n') || added.includes('\n'))) problems.push(`hunk ${n}: text hunk with a break`);
    ocrRebuilt += clean.slice(c, h.cleanStart) + removed;
    cleanRebuilt += ocr.slice(o, h.ocrStart) + added;
    o = h.ocrEnd;
    c = h.cleanEnd;
  }
  ocrRebuilt += clean.slice(c);
  cleanRebuilt += ocr.slice(o);
  if (ocrRebuilt !== ocr) problems.push('OCR text not rebuilt');
  if (cleanRebuilt !== clean) problems.push('clean text not rebuilt');

  const ocrLines = ocr.split('\n');
  const cleanLines = clean.split('\n');
  let ol = 0;
  let cl = 0;
  for (const [n, g] of diff.groups.entries()) {
    if (g.ocrLines.start !== ol || g.cleanLines.start !== cl) problems.push(`group ${n}: not contiguous`);
    if (ocr.slice(g.ocr.start, g.ocr.end) !== ocrLines.slice(g.ocrLines.start, g.ocrLines.end).join('\n')) {
      problems.push(`group ${n}: OCR range does not hold its lines`);
    }
    if (clean.slice(g.clean.start, g.clean.end) !== cleanLines.slice(g.cleanLines.start, g.cleanLines.end).join('\n')) {
      problems.push(`group ${n}: clean range does not hold its lines`);
    }
    ol = g.ocrLines.end;
    cl = g.cleanLines.end;
  }
  if (ol !== ocrLines.length || cl !== cleanLines.length) problems.push('groups do not cover all lines');
  return problems;
}
