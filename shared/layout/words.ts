// A printed line's words joined into the line's text the way an OCR engine's plain-text output joins them:
// words that touch (CJK characters set solid) are joined without a space, words with a visible gap between
// them get one, and a wide gap (a running head's parts at both ends of the line) gets a run of spaces about as
// long as the gap, since the parser reads such runs as furniture.
export interface PlacedWord {
  text: string;
  x: number;
  w: number;
}

/** Latin letters and digits need a space between words even when the boxes touch. */
const ALNUM_END = /[A-Za-z0-9]$/;
const ALNUM_START = /^[A-Za-z0-9]/;
/**
 * The gap (in ems) from which engines write a space. Tesseract's own choice is not in its ALTO/hOCR; on its chi_sim
 * pages 0.7 em agrees best with its plain text (letter-spaced CJK sets many gaps of half an em without one).
 */
const SPACE_GAP = 0.7;

/** A full-width mark (CJK punctuation, full-width forms) sets its ink in a corner of a cell one em wide. */
const FULL_WIDTH_MARK = /[\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\u2018-\u201d\u2026\u2014]/;
/**
 * A word with a Han character whose box is narrower than this share of an em per character is not where its
 * characters are (an engine's box for a misread speck): the gap beside it measures nothing. A lone mark's box may
 * be that narrow (`!`, a speck past the column's edge), a Han glyph's ink never is.
 */
const MIN_BOX_EMS = 0.25;

/** The gap beside `word` that is its own cell's blank rather than space between words: a full-width mark's em. */
function ownBlank(word: PlacedWord, atEnd: boolean, em: number): number {
  const mark = atEnd ? word.text.at(-1)! : word.text[0]!;
  return FULL_WIDTH_MARK.test(mark) ? em : 0;
}

/** True when the word's box is too narrow for its characters to measure a gap by. */
function boxless(word: PlacedWord, em: number): boolean {
  return HAN.test(word.text) && word.w < MIN_BOX_EMS * em * [...word.text].length;
}
const HAN = /[\u4e00-\u9fff]/;

/**
 * `em` is the line's character size (its box height): a gap of SPACE_GAP em or more is a space, and each further
 * em of gap one more space. A full-width mark's ink leaves most of its cell blank, so the gap beside it counts
 * from its cell's far edge; a box too narrow for its word's characters measures no gap at all.
 */
export function joinWords(words: readonly PlacedWord[], em: number): string {
  let out = '';
  let prev: PlacedWord | null = null;
  for (const word of words) {
    if (word.text === '') continue;
    if (prev) {
      const size = Math.max(em, 1);
      const measured = !boxless(prev, size) && !boxless(word, size);
      const gap = word.x - (prev.x + prev.w) - ownBlank(prev, true, size) - ownBlank(word, false, size);
      if (measured && gap >= size * SPACE_GAP) out += ' '.repeat(Math.max(1, Math.round(gap / size)));
      else if (ALNUM_END.test(prev.text) && ALNUM_START.test(word.text)) out += ' ';
    }
    out += word.text;
    prev = word;
  }
  return out;
}
