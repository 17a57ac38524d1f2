export type { ChangeCounts, Hunk, HunkOp, ParagraphGroup, TextDiff } from './types';
export { diffTexts, updateDiff, PageDiffer } from './differ';
export { countChanges, countDiff, editDistance, cer } from './stats';
export { nextHunkIndex, previousHunkIndex, hunkIndexAt, revertChange, type DiffSide } from './navigate';
