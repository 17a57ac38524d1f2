import type { Range } from '../model/types';

export type HunkOp = 'insert' | 'delete' | 'replace';

/**
 * One change between the OCR text and the cleaned text. Offsets are UTF-16 indices, half-open, on both sides:
 * replacing clean[cleanStart, cleanEnd) with ocr[ocrStart, ocrEnd) reverts it. Between two consecutive hunks
 * (and before the first, after the last) both texts are equal and of the same length.
 */
export interface Hunk {
  /** insert: ocr range empty; delete: clean range empty; replace: both non-empty. */
  op: HunkOp;
  ocrStart: number;
  ocrEnd: number;
  cleanStart: number;
  cleanEnd: number;
  /**
   * True when the hunk inserts or deletes paragraph breaks ("\n") and nothing else (a join or a split). A hunk
   * never mixes "\n" with other characters, so such hunks can be drawn as break markers.
   */
  linebreak: boolean;
}

/**
 * Paragraphs aligned with each other: n OCR paragraphs (lines) with m cleaned ones. 1:1 is a paragraph kept (and
 * maybe edited), n:1 a join, 1:m a split, n:0 deleted paragraphs, 0:m inserted ones.
 */
export interface ParagraphGroup {
  /** Line indices of the OCR paragraphs in the group; empty for an inserted paragraph. */
  ocrLines: Range;
  cleanLines: Range;
  /** Text range of those paragraphs, breaks between them included, the break after the last excluded. */
  ocr: Range;
  clean: Range;
  /** Indices into TextDiff.hunks of this group's changes (the break after it included); empty when unchanged. */
  hunks: Range;
}

/** The diff of a cleaned text against its OCR text. */
export interface TextDiff {
  ocr: string;
  clean: string;
  /** Changes only, in text order on both sides. */
  hunks: Hunk[];
  /** The paragraph alignment, in order; covers every line of both texts. */
  groups: ParagraphGroup[];
}

/** Character counts of a diff; a replaced run of n OCR and m clean characters counts min(n, m) substituted. */
export interface ChangeCounts {
  inserted: number;
  deleted: number;
  substituted: number;
}
