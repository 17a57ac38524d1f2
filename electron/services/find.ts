// Find and replace across a batch: every match of a literal or a regular expression in the articles' current
// text, and a replacement applied to the chosen matches only, one revision per changed article.
import type { ApiParsedRequest, FindMatch, ReplaceResult } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { ArticleRow } from '../store/repositories';
import type { ServiceContext } from './context';
import { emitChanged, reviseArticle } from './revise';

/** Characters of context shown each side of a match, within its paragraph. */
export const CONTEXT_CHARS = 20;

interface Query {
  query: string;
  regex: boolean;
  caseSensitive: boolean;
}

/** `m`: ^ and $ match at paragraph (line) ends, since the text holds one paragraph per line. */
export function compileQuery(q: Query): RegExp {
  const source = q.regex ? q.query : q.query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  try {
    return new RegExp(source, `gm${q.caseSensitive ? '' : 'i'}`);
  } catch (err) {
    throw new ApiError('invalid-request', `正则表达式无效 / Invalid regular expression: ${(err as Error).message}`);
  }
}

/** Non-empty matches only: an empty match has nothing to show or replace. */
function matchesIn(text: string, re: RegExp): RegExpExecArray[] {
  return [...text.matchAll(re)].filter((m) => m[0].length > 0) as RegExpExecArray[];
}

function requireBatch(ctx: ServiceContext, batchId: number): void {
  if (!ctx.store.batches.get(batchId)) throw new ApiError('not-found', `批次 ${batchId} 不存在 / Batch ${batchId} not found`);
}

function toMatch(a: ArticleRow, m: RegExpExecArray): FindMatch {
  const text = a.text;
  const start = m.index;
  const end = start + m[0].length;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEndAt = text.indexOf('\n', end);
  const lineEnd = lineEndAt === -1 ? text.length : lineEndAt;
  return {
    articleId: a.id,
    headline: a.headline,
    pageFile: a.pageFile,
    paragraph: countLines(text, start),
    start,
    end,
    match: m[0],
    before: text.slice(Math.max(lineStart, start - CONTEXT_CHARS), start),
    after: text.slice(end, Math.min(lineEnd, end + CONTEXT_CHARS)),
  };
}

function countLines(text: string, upTo: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < upTo; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Whether the search index may narrow the articles read: a literal query, matched case-sensitively or without
 * letters that have case beyond ASCII (the index folds ASCII case; how it folds others is not the RegExp's).
 * The index finds every article holding all of the query's words, a superset of those holding the query.
 */
function indexable(req: Query): boolean {
  // eslint-disable-next-line no-control-regex
  return !req.regex && (req.caseSensitive || [...req.query].every((c) => /[\u0000-\u007f]/.test(c) || c.toLowerCase() === c.toUpperCase()));
}

/** Articles read per step of a search: a page of a few hundred matches usually needs a step or two. */
const FIND_STEP = 200;

/**
 * Matches in reading order, read a step of articles at a time (never the whole batch's texts at once). With a
 * limit, stops after the article in which the limit was reached: the next page starts after it.
 */
export function findInBatch(ctx: ServiceContext, req: ApiParsedRequest<'find.search'>): FindMatch[] {
  const re = compileQuery(req);
  requireBatch(ctx, req.batchId);
  const found: FindMatch[] = [];
  const q = indexable(req) ? req.query : undefined;
  let after = req.afterArticleId;
  for (;;) {
    const step = ctx.store.articles.rows({ batchId: req.batchId, q, after, limit: FIND_STEP });
    for (const a of step) {
      for (const m of matchesIn(a.text, re)) found.push(toMatch(a, m));
      if (req.limit !== undefined && found.length >= req.limit) return found;
    }
    if (step.length < FIND_STEP) return found;
    after = step.at(-1)!.id;
  }
}

/** String.prototype.replace's `$` patterns for one match: $$, $&, $`, $', $1…$99, $<name>. */
export function expandReplacement(replacement: string, m: RegExpExecArray): string {
  const input = m.input;
  const start = m.index;
  const end = start + m[0].length;
  return replacement.replace(/\$(\$|&|`|'|\d{1,2}|<([^>]*)>)/g, (whole, token: string, name: string | undefined) => {
    if (token === '$') return '$';
    if (token === '&') return m[0];
    if (token === '`') return input.slice(0, start);
    if (token === "'") return input.slice(end);
    if (name !== undefined) return m.groups ? (m.groups[name] ?? '') : whole;
    // Two digits name a group only if it exists; otherwise the first digit does and the second is literal.
    const two = Number(token);
    if (two >= 1 && two < m.length) return m[two] ?? '';
    const one = Number(token[0]);
    if (token.length === 2 && one >= 1 && one < m.length) return (m[one] ?? '') + token[1];
    return whole;
  });
}

/**
 * Replaces exactly the chosen matches. They are found again in the current text first; if any is no longer a
 * match there (the text changed since the search), nothing is replaced and the caller is told to search again.
 */
export function replaceInBatch(ctx: ServiceContext, req: ApiParsedRequest<'find.replace'>): ReplaceResult {
  const re = compileQuery(req);
  const chosen = new Map<number, Set<string>>();
  for (const m of req.matches) {
    let set = chosen.get(m.articleId);
    if (!set) chosen.set(m.articleId, (set = new Set()));
    set.add(`${m.start}:${m.end}`);
  }
  const relinted = new Set<number>();
  const result = ctx.store.transaction(() => {
    requireBatch(ctx, req.batchId);
    const live = new Map(ctx.store.articles.rows({ batchId: req.batchId, ids: [...chosen.keys()] }).map((a) => [a.id, a]));
    let replaced = 0;
    const articles: number[] = [];
    for (const [id, keys] of chosen) {
      const a = live.get(id);
      if (!a) throw new ApiError('invalid-request', `文章 ${id} 不在批次 ${req.batchId} 中 / Article ${id} is not in batch ${req.batchId}`);
      const hits = matchesIn(a.text, re).filter((m) => keys.has(`${m.index}:${m.index + m[0].length}`));
      if (hits.length !== keys.size) {
        throw new ApiError('conflict', `文章 ${id} 在查找后已改变,请重新查找 / Article ${id} changed since the search; search again`);
      }
      let text = a.text;
      for (const m of hits.reverse()) {
        const replacement = req.regex ? expandReplacement(req.replacement, m) : req.replacement;
        text = text.slice(0, m.index) + replacement + text.slice(m.index + m[0].length);
      }
      replaced += hits.length;
      if (text !== a.text) {
        reviseArticle(ctx, a, { text, origin: 'replace' }, relinted);
        articles.push(id);
      }
    }
    return { replaced, articles };
  });
  emitChanged(ctx, result.articles, relinted);
  return result;
}
