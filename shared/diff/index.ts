// The OCR-vs-clean diff. Paragraphs ("\n"-separated lines) are aligned first — 1:1, joins n:1, splits 1:m,
// deleted n:0, inserted 0:m — then characters inside aligned paragraphs; paragraph-break changes are hunks of
// their own (linebreak: true). Offsets are UTF-16 indices on both sides.
//
//   diffTexts(ocr, clean)         whole diff; updateDiff(prev, clean) the same result, reusing prev's work
//   countChanges / countDiff      inserted, deleted, substituted characters (what the diff shows)
//   cer / cerCounts / editDistance  character error rate: NFC, grapheme clusters, plain Levenshtein
//   next/previousHunkIndex, hunkIndexAt, revertChange   stepping through and reverting changes
export type { ChangeCounts, Hunk, HunkOp, ParagraphGroup, TextDiff } from './types';
export { diffTexts, updateDiff, PageDiffer } from './differ';
export { countChanges, countDiff } from './stats';
export { cer, cerCounts, editDistance, foldWidth, graphemes, type CerCounts } from './cer';
export { nextHunkIndex, previousHunkIndex, hunkIndexAt, revertChange, type DiffSide } from './navigate';
