// Which articles' current text may hold a string, through the search indexes instead of reading every text:
// the trigram index for 3+ characters, the bigram index for two letters or digits, and the articles still queued
// for indexing (search_pending) as they are. Callers check the candidates' texts with instr().
import { isBigramTerm } from './bigrams';

export interface Candidates {
  /** A subquery of article ids, or null when some string no index answers (then every text is read). */
  sql: string | null;
  params: string[];
}

const phrase = (s: string) => `"${s.replace(/"/g, '""')}"`;

export function candidatesHolding(needles: readonly string[]): Candidates {
  const parts: string[] = [];
  const params: string[] = [];
  for (const n of needles) {
    const index = Array.from(n).length >= 3 ? 'article_search' : isBigramTerm(n) ? 'article_bigrams' : null;
    if (index === null) return { sql: null, params: [] };
    parts.push(`SELECT rowid FROM ${index} WHERE ${index} MATCH ?`);
    params.push(phrase(n));
  }
  parts.push('SELECT article_id FROM search_pending');
  return { sql: parts.join(' UNION '), params };
}
