import type { Hunk, HunkOp } from './types';

function opOf(ocrLength: number, cleanLength: number): HunkOp {
  if (ocrLength > 0 && cleanLength > 0) return 'replace';
  return ocrLength > 0 ? 'delete' : 'insert';
}

/**
 * Appends a hunk, merging it into the previous one when they touch: text changes merge with text changes, and
 * break hunks with break hunks of the same kind. Never mutates hunks already in `out` (they may be shared).
 */
export function pushHunk(
  out: Hunk[],
  ocrStart: number,
  ocrEnd: number,
  cleanStart: number,
  cleanEnd: number,
  linebreak: boolean,
): void {
  const op = opOf(ocrEnd - ocrStart, cleanEnd - cleanStart);
  const last = out.length > 0 ? out[out.length - 1] : undefined;
  if (
    last &&
    last.ocrEnd === ocrStart &&
    last.cleanEnd === cleanStart &&
    last.linebreak === linebreak &&
    (!linebreak || last.op === op)
  ) {
    const { ocrStart: start, cleanStart: cleanFrom } = last;
    out[out.length - 1] = { op: opOf(ocrEnd - start, cleanEnd - cleanFrom), ocrStart: start, ocrEnd, cleanStart: cleanFrom, cleanEnd, linebreak };
    return;
  }
  out.push({ op, ocrStart, ocrEnd, cleanStart, cleanEnd, linebreak });
}

/** Appends a copy of each hunk shifted by the given offsets. */
export function pushShifted(out: Hunk[], hunks: readonly Hunk[], ocrShift: number, cleanShift: number): void {
  for (const h of hunks) {
    pushHunk(out, h.ocrStart + ocrShift, h.ocrEnd + ocrShift, h.cleanStart + cleanShift, h.cleanEnd + cleanShift, h.linebreak);
  }
}

const RUNS = /\n+|[^\n]+/g;

/**
 * Appends the change "`removed` at ocr offset `ocrAt` became `added` at clean offset `cleanAt`", cut so that
 * runs of "\n" are hunks of their own.
 */
export function pushChange(out: Hunk[], removed: string, added: string, ocrAt: number, cleanAt: number): void {
  let o = ocrAt;
  for (const run of removed.match(RUNS) ?? []) {
    pushHunk(out, o, o + run.length, cleanAt, cleanAt, run[0] === '\n');
    o += run.length;
  }
  let c = cleanAt;
  for (const run of added.match(RUNS) ?? []) {
    pushHunk(out, o, o, c, c + run.length, run[0] === '\n');
    c += run.length;
  }
}
