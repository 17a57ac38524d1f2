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

/**
 * `em` is the line's character size (its box height): a gap of SPACE_GAP em or more is a space, and each further
 * em of gap one more space.
 */
export function joinWords(words: readonly PlacedWord[], em: number): string {
  let out = '';
  let prev: PlacedWord | null = null;
  for (const word of words) {
    if (word.text === '') continue;
    if (prev) {
      const gap = word.x - (prev.x + prev.w);
      const size = Math.max(em, 1);
      if (gap >= size * SPACE_GAP) out += ' '.repeat(Math.max(1, Math.round(gap / size)));
      else if (ALNUM_END.test(prev.text) && ALNUM_START.test(word.text)) out += ' ';
    }
    out += word.text;
    prev = word;
  }
  return out;
}
