// The 2-character search index's tokens (migration 12).

/** Characters a bigram token is made of; FTS5's unicode61 tokenizer keeps exactly these inside a token. */
const TOKEN_CHAR = /[\p{L}\p{N}]/u;

/**
 * `text` as its overlapping pairs of letters and digits, space-separated: 张浩呈，报道 → 张浩 浩呈 报道. A pair
 * with punctuation or a space in it is left out: the tokenizer would split it, and such terms are searched by
 * LIKE (see isBigramTerm).
 */
export function bigrams(text: string): string {
  // Walked by code point with the common cases (ASCII, the CJK block) decided without the regex: this runs over
  // every text the index takes, three columns an article.
  let out = '';
  let previous = '';
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const char = code > 0xffff ? text.slice(i, i + 2) : text[i]!;
    i += char.length;
    if (!isTokenChar(code, char)) {
      previous = '';
      continue;
    }
    if (previous !== '') out += out === '' ? previous + char : ` ${previous}${char}`;
    previous = char;
  }
  return out;
}

function isTokenChar(code: number, char: string): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  return TOKEN_CHAR.test(char);
}

/** A term the bigram index answers: two letters or digits. */
export function isBigramTerm(term: string): boolean {
  const chars = Array.from(term);
  return chars.length === 2 && chars.every((c) => TOKEN_CHAR.test(c));
}
