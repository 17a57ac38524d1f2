// The suspicion engine: spans of OCR text that were probably misread, with the likely original and why.
//   findSuspicions(text, evidence)      Suspicion[] for one article's text (offsets are string indices)
//   charModel(words)                    the character bigram model the engine scores with, from a word list
//   paperEvidence(texts, names)         PaperEvidence from a paper's approved texts and byline names
//   batchEvidence(texts)                PaperEvidence from the texts being read (what recurs is printed so)
//   combineEvidence(a, b, …)            several PaperEvidence sources summed
//   confusionCounts(corrections)        ConfusionCounts from recorded hand corrections
//   readLookalikeTable(bytes)           the bundled GlyphTable (resources/suspect/lookalikes.bin)
//   readConfusionTable(text)            the bundled EngineConfusions (resources/suspect/confusions.tsv)
//   readComponentTable(text)            the bundled ComponentTable (resources/suspect/components.tsv)
export { charModel, type CharModel } from './chars';
export type { ComponentLookalike, ComponentTable, ConfusionCounts, EngineConfusions, GlyphTable, Lookalike, NameEvidence, PaperEvidence, SuspicionEvidence, WordFrequencies } from './evidence';
export { findSuspicions, type SuspectOptions } from './engine';
export { batchEvidence, combineEvidence, confusionCounts, paperEvidence, type Correction } from './library';
export { readLookalikeTable } from './glyphs';
export { readConfusionTable } from './confusions';
export { readComponentTable } from './components';
