// The 2-character search index's tokens (migration 12).

/** Characters a bigram token is made of; FTS5's unicode61 tokenizer keeps exactly these inside a token. */
const TOKEN_CHAR = /[\p{L}\p{N}]/u;

/**
 * `text` as its overlapping pairs of letters and digits, space-separated: 张浩呈，报道 → 张浩 浩呈 报道. A pair
 * with punctuation or a space in it is left out: the tokenizer would split it, and such terms are searched by
 * LIKE (see isBigramTerm).
 */
export function bigrams(text: string): string {
  const chars = Array.from(text);
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) {
    if (TOKEN_CHAR.test(chars[i]!) && TOKEN_CHAR.test(chars[i + 1]!)) out.push(chars[i]! + chars[i + 1]!);
  }
  return out.join(' ');
}

/** A term the bigram index answers: two letters or digits. */
export function isBigramTerm(term: string): boolean {
  const chars = Array.from(term);
  return chars.length === 2 && chars.every((c) => TOKEN_CHAR.test(c));
}
