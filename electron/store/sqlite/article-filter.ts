// Turns an ArticleFilter into a WHERE clause over `articles a JOIN pages p` (the batch is not named: callers may leave it out).
import type { ArticleFilter } from '../repositories';
import { isBigramTerm } from './bigrams';

export interface SqlWhere {
  sql: string;
  params: unknown[];
}

/** FTS5's trigram tokenizer indexes 3-character grams: shorter terms use the bigram index, or LIKE. */
export const MIN_FTS_TERM = 3;

export function articleWhere(f: ArticleFilter): SqlWhere {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    clauses.push(sql);
    params.push(...values);
  };

  if (f.removed) add('a.removed = ?', f.removed);
  else add('a.removed IS NULL');
  // Older page versions are reachable by naming them, never by default.
  if (f.pageId === undefined && f.pageIds === undefined) add('p.current = 1');
  if (f.ids !== undefined) add('a.id IN (SELECT value FROM json_each(?))', JSON.stringify(f.ids));
  if (f.batchId !== undefined) add('p.batch_id = ?', f.batchId);
  if (f.pageId !== undefined) add('a.page_id = ?', f.pageId);
  if (f.pageIds !== undefined) add('a.page_id IN (SELECT value FROM json_each(?))', JSON.stringify(f.pageIds));
  if (f.status !== undefined) add('a.status = ?', f.status);
  if (f.sections !== undefined) {
    add(
      `EXISTS (SELECT 1 FROM article_tags at JOIN tags t ON t.id = at.tag_id
               WHERE at.article_id = a.id AND t.name IN (SELECT value FROM json_each(?)))`,
      JSON.stringify(f.sections),
    );
  }
  // Reading order within a batch's current pages is (file, ord, id): the sort key continues from the article's own.
  if (f.after !== undefined) {
    add('(p.file, a.ord, a.id) > (SELECT cp.file, ca.ord, ca.id FROM articles ca JOIN pages cp ON cp.id = ca.page_id WHERE ca.id = ?)', f.after);
  }
  if (f.dateFrom !== undefined) add('p.date >= ?', f.dateFrom);
  if (f.dateTo !== undefined) add('p.date <= ?', f.dateTo);
  const headings = f.qInHeadings ? ` OR a.kicker LIKE ? ESCAPE '\\' OR a.subtitle LIKE ? ESCAPE '\\' OR a.byline LIKE ? ESCAPE '\\'` : '';
  const headingParams = (like: string) => (f.qInHeadings ? [like, like, like] : []);
  for (const term of searchTerms(f.q)) {
    const like = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const index = indexFor(term);
    if (index !== null) {
      // Indexed articles through the index; those still queued for it (search_pending) by reading their text.
      add(
        `(a.id IN (SELECT rowid FROM ${index} WHERE ${index} MATCH ?
                  UNION ALL
                  SELECT q.article_id FROM search_pending q JOIN articles qa ON qa.id = q.article_id
                    JOIN article_texts qt ON qt.article_id = q.article_id
                  WHERE ${LIKE_ANY('qa', 'qt')})${headings})`,
        ftsPhrase(term),
        like,
        like,
        like,
        ...headingParams(like),
      );
    } else {
      add(`(a.headline LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM article_texts lt WHERE lt.article_id = a.id AND ${LIKE_TEXTS('lt')})${headings})`, like, like, like, ...headingParams(like));
    }
  }
  return { sql: clauses.join(' AND '), params };
}

const LIKE_TEXTS = (t: string) => `(${t}.text LIKE ? ESCAPE '\\' OR ${t}.ocr_text LIKE ? ESCAPE '\\')`;
const LIKE_ANY = (a: string, t: string) => `(${a}.headline LIKE ? ESCAPE '\\' OR ${LIKE_TEXTS(t)})`;

/** The full-text index that answers a search term, if one does. */
function indexFor(term: string): 'article_search' | 'article_bigrams' | null {
  return [...term].length >= MIN_FTS_TERM ? 'article_search' : isBigramTerm(term) ? 'article_bigrams' : null;
}

/** For each term of `q` an index answers: the statement counting the indexed articles holding it, and its parameter. */
export function indexedTermCounts(q: string | undefined): { sql: string; param: string }[] {
  return searchTerms(q).flatMap((term) => {
    const index = indexFor(term);
    return index === null ? [] : [{ sql: `SELECT COUNT(*) FROM ${index} WHERE ${index} MATCH ?`, param: ftsPhrase(term) }];
  });
}

export function searchTerms(q: string | undefined): string[] {
  return (q ?? '').split(/\s+/).filter((t) => t !== '');
}

/** One FTS5 string token: the term is matched as a whole, never read as query syntax. */
function ftsPhrase(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

export function limitClause(f: ArticleFilter): SqlWhere {
  return { sql: 'LIMIT ? OFFSET ?', params: [f.limit ?? -1, f.offset ?? 0] };
}
