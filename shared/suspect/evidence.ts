// What the suspicion engine weighs, as interfaces: the engine stays pure and each source can be swapped
// (bundled tables in Node, the library's own counts, fakes in tests).
import type { CharModel } from './chars';

/** A character that looks like another one, with how alike the two glyphs are. */
export interface Lookalike {
  char: string;
  /** 0–1: 1 for glyphs a reader could not tell apart. */
  similarity: number;
}

/** Visually similar characters (形近字). */
export interface GlyphTable {
  /** Characters that look like `char`, most alike first (never `char` itself). */
  lookalikes(char: string): readonly Lookalike[];
}

/** A character that shares a component with another (狂/逛: 逛 is 狂 inside 辶), with how alike that makes them. */
export interface ComponentLookalike extends Lookalike {
  /** The component both are built from. */
  shared: string;
}

/** Lookalikes by shared components (形近字，部件相同), from a character decomposition: pairs the glyph table misses. */
export interface ComponentTable {
  /** Characters that share a component with `char`, most alike first (never `char` itself). */
  lookalikes(char: string): readonly ComponentLookalike[];
}

/** A word list with frequencies (a segmentation dictionary): the general language model. */
export interface WordFrequencies {
  /** Occurrences of `word` in the dictionary's corpus; 0 for unknown words. Single characters count too. */
  frequency(word: string): number;
  /** Every word with its frequency. */
  entries(): Iterable<readonly [string, number]>;
  /** Sum of all frequencies (the corpus size the frequencies are relative to). */
  readonly total: number;
  /** Length of the longest word worth looking up. */
  readonly maxWordLength: number;
}

/** The library's own evidence for one paper: character n-grams of its approved text, names from its bylines. */
export interface PaperEvidence {
  /**
   * Occurrences of `ngram` (2–4 characters) in the paper's approved text and known names; never more than the
   * count of a pair inside it (the engine asks for no n-gram holding a pair the paper lacks).
   */
  count(ngram: string): number;
  /** count(a + b), where the source can answer it faster. */
  pair?(a: string, b: string): number;
  /**
   * How many dictionary occurrences one occurrence here stands for (default APPROVED_WEIGHT): approved text far
   * more than the batch being read, where a recurrence may be one misreading repeated (摆捧 five times on a page).
   */
  readonly weight?: number;
  /** Σ weight × count(ngram) over the sources, where the evidence sums several (combineEvidence). */
  weighted?(ngram: string): number;
  /** weighted(a + b), where the source can answer it faster. */
  weightedPair?(a: string, b: string): number;
  /** Whether the counts are (or include) unapproved OCR text (the batch), where a recurrence may be one misreading repeated. */
  readonly unverified?: boolean;
  /** Where the counts come from, as a reason names it (“本报已校文本”, “本批次”). */
  readonly label?: string;
  /** Share of characters the OCR engine misread in these texts, where the source can tell (batchEvidence estimates it). */
  readonly misreadRate?: number;
  /**
   * Characters that may follow (`after`) or precede `char` in a counted pair — every pair with a count is among
   * them — so that the engine asks count() only of pairs that can have one.
   */
  neighbours?(char: string, side: 'after' | 'before'): { has(char: string): boolean };
}

/** What proofreaders of this paper corrected by hand: OCR string → corrected string. */
export interface ConfusionCounts {
  /** Corrections of `ocr` (one or two characters) and how often each was made, most frequent first. */
  corrections(ocr: string): readonly { truth: string; count: number }[];
}

/** How often the OCR engine reads one printed character as another, measured on pages rendered from known text. */
export interface EngineConfusions {
  /** Printed characters the engine read as `read`: how often, of how many printings. */
  printedAs(read: string): readonly { char: string; count: number; seen: number }[];
}

/** Which characters begin person names (from a dictionary's name entries). */
export interface NameEvidence {
  /** Share (0–1) of the character's word-initial occurrences that begin a person's name. */
  surname(char: string): number;
}

/** Everything `findSuspicions` weighs. Only glyphs, words and chars are required. */
export interface SuspicionEvidence {
  glyphs: GlyphTable;
  words: WordFrequencies;
  /** The character bigram model of the same word list (charModel(words)). */
  chars: CharModel;
  names?: NameEvidence;
  paper?: PaperEvidence;
  confusions?: ConfusionCounts;
  /** What the OCR engine itself confuses (the bundled Tesseract table). */
  engine?: EngineConfusions;
  /** Lookalikes by shared components (the bundled decomposition table). */
  components?: ComponentTable;
}
