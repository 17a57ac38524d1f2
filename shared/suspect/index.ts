// The suspicion engine: spans of OCR text that were probably misread, with the likely original and why.
//   findSuspicions(text, evidence)      Suspicion[] for one article's text (offsets are string indices)
//   paperEvidence(texts, names)         PaperEvidence from a paper's approved texts and byline names
//   confusionCounts(corrections)        ConfusionCounts from recorded hand corrections
//   readLookalikeTable(bytes)           the bundled GlyphTable (resources/suspect/lookalikes.bin)
export type { ConfusionCounts, GlyphTable, Lookalike, PaperEvidence, SuspicionEvidence, WordFrequencies } from './evidence';
export { findSuspicions, type SuspectOptions } from './engine';
export { paperEvidence, confusionCounts, type Correction } from './library';
export { readLookalikeTable } from './glyphs';
