// Cutting and joining articles' texts while keeping each OCR paragraph, and each cleaning edit, with the text
// it became: the diff view and the statistics stay right after segmentation.
import { applyEdits } from '../../shared/clean';
import { diffTexts } from '../../shared/diff';
import type { Edit } from '../../shared/model/types';

/** An article's text with its OCR source: `edits` turn `ocr` into the automatic text. */
export interface Segment {
  ocr: string;
  edits: Edit[];
  text: string;
}

export const EMPTY_SEGMENT: Segment = { ocr: '', edits: [], text: '' };

export function autoTextOf(s: Segment): string {
  return applyEdits(s.ocr, s.edits);
}

export function lineCount(text: string): number {
  return text === '' ? 0 : text.split('\n').length;
}

/**
 * Splits before paragraph `line` of the current text (0 ≤ line ≤ its line count). The cut is carried to the
 * automatic text through a diff (hand edits are small), then to the OCR text exactly through the rules' edits,
 * and moved forward to the next OCR paragraph start if it falls inside one (an OCR paragraph the current text
 * splits stays with the first part). An edit across the cut (a join the cut undoes) is dropped; every other
 * edit goes with its text.
 */
export function splitSegment(s: Segment, line: number): [Segment, Segment] {
  const lines = s.text === '' ? [] : s.text.split('\n');
  if (line <= 0) return [EMPTY_SEGMENT, s];
  if (line >= lines.length) return [s, EMPTY_SEGMENT];
  const text: [string, string] = [lines.slice(0, line).join('\n'), lines.slice(line).join('\n')];

  const auto = autoTextOf(s);
  const cut = snapToLineStart(s.ocr, ocrOffset(s.edits, lineStart(auto, autoLine(auto, s.text, line))));
  if (cut <= 0) return [{ ...EMPTY_SEGMENT, text: text[0] }, { ...s, text: text[1] }];
  if (cut > s.ocr.length) return [{ ...s, text: text[0] }, { ...EMPTY_SEGMENT, text: text[1] }];

  const ocr1 = s.ocr.slice(0, cut - 1);
  return [
    { ocr: ocr1, edits: s.edits.filter((e) => e.end <= ocr1.length), text: text[0] },
    { ocr: s.ocr.slice(cut), edits: s.edits.filter((e) => e.start >= cut).map((e) => shift(e, -cut)), text: text[1] },
  ];
}

/** The automatic text's line where current line `line` starts. */
function autoLine(auto: string, text: string, line: number): number {
  if (auto === text) return line;
  const group = diffTexts(auto, text).groups.find((g) => g.cleanLines.start <= line && line < g.cleanLines.end)!;
  return group.cleanLines.start === line ? group.ocrLines.start : group.ocrLines.end;
}

/** Offset where line `n` starts; past the end (length + 1) when there is no such line. */
function lineStart(text: string, n: number): number {
  let at = 0;
  for (let i = 0; i < n; i++) {
    const nl = text.indexOf('\n', at);
    if (nl === -1) return text.length + 1;
    at = nl + 1;
  }
  return at;
}

/** The OCR offset of automatic-text offset `p`; a point inside an edit's output maps to the edit's end. */
function ocrOffset(edits: Edit[], p: number): number {
  let delta = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    const autoStart = e.start + delta;
    if (p <= autoStart) break;
    if (p <= autoStart + e.after.length) return e.end;
    delta += e.after.length - (e.end - e.start);
  }
  return p - delta;
}

function snapToLineStart(text: string, q: number): number {
  if (q <= 0 || q > text.length || text[q - 1] === '\n') return q;
  const nl = text.indexOf('\n', q);
  return nl === -1 ? text.length + 1 : nl + 1;
}

/** `a` then `b`, one paragraph break between them. */
export function joinSegments(a: Segment, b: Segment): Segment {
  const offset = a.ocr === '' ? 0 : a.ocr.length + 1;
  return {
    ocr: joinLines(a.ocr, b.ocr),
    edits: [...a.edits, ...b.edits.map((e) => shift(e, offset))],
    text: joinLines(a.text, b.text),
  };
}

function joinLines(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  return `${a}\n${b}`;
}

function shift(e: Edit, by: number): Edit {
  return { ...e, start: e.start + by, end: e.end + by };
}
