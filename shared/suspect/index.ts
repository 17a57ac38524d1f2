// The suspicion engine: spans of OCR text that were probably misread, with the likely original and why.
//   findSuspicions(text, evidence)      Suspicion[] for one article's text (offsets are string indices)
//   paperEvidence(texts, names)         PaperEvidence from a paper's approved texts and byline names
//   confusionCounts(corrections)        ConfusionCounts from recorded hand corrections
export type { ConfusionCounts, GlyphTable, Lookalike, PaperEvidence, SuspicionEvidence, WordFrequencies } from './evidence';
export { findSuspicions, type SuspectOptions } from './engine';
export { paperEvidence, confusionCounts, type Correction } from './library';
