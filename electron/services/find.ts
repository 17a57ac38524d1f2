// Find and replace across a batch: every match of a literal or a regular expression in the articles' current
// text and heading fields (kicker, headline, subtitle, byline), and a replacement applied to the chosen matches
// only, one revision per changed article. The matching runs off the request thread and is bounded in time
// (find-pool.ts); patterns that backtrack catastrophically are refused (find-match.ts).
import type { ApiParsedRequest, FindMatch, ReplaceResult } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { ArticleRow } from '../store/repositories';
import type { ServiceContext } from './context';
import { compileQuery, FIND_FIELDS, MAX_HITS, type FindField, type FindItem, type Hit, type Query } from './find-match';
import { FIND_TIMEOUT_MS, findWorkerReady, runFind, searchTooLong } from './find-pool';
import { emitChanged, type HeadingFields, reviseArticle } from './revise';

export { compileQuery, expandReplacement } from './find-match';

/** Characters of context shown each side of a match, within its paragraph. */
export const CONTEXT_CHARS = 20;

function requireBatch(ctx: ServiceContext, batchId: number): void {
  if (!ctx.store.batches.get(batchId)) throw new ApiError('not-found', `批次 ${batchId} 不存在 / Batch ${batchId} not found`);
}

function fieldText(a: ArticleRow, field: FindField): string {
  return (field === 'text' ? a.text : a[field]) ?? '';
}

/** What is searched in an article: its text and every heading field it has. */
function itemsOf(rows: readonly ArticleRow[]): FindItem[] {
  return rows.flatMap((a) => FIND_FIELDS.map((field) => ({ articleId: a.id, field, text: fieldText(a, field) })).filter((i) => i.text !== ''));
}

function toMatch(a: ArticleRow, h: Hit): FindMatch {
  const text = fieldText(a, h.field);
  const lineStart = text.lastIndexOf('\n', h.start - 1) + 1;
  const lineEndAt = text.indexOf('\n', h.end);
  const lineEnd = lineEndAt === -1 ? text.length : lineEndAt;
  return {
    articleId: a.id,
    headline: a.headline,
    pageFile: a.pageFile,
    field: h.field,
    status: a.status,
    paragraph: h.field === 'text' ? countLines(text, h.start) : 0,
    start: h.start,
    end: h.end,
    match: h.match,
    before: text.slice(Math.max(lineStart, h.start - CONTEXT_CHARS), h.start),
    after: text.slice(h.end, Math.min(lineEnd, h.end + CONTEXT_CHARS)),
    replacement: h.replacement,
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
 * Matches in reading order, read a step of articles at a time (never the whole batch's texts at once), each step
 * matched in the find worker; the steps share one time bound and one bound on matches. With a limit, stops after
 * the article in which the limit was reached: the next page starts after it.
 */
export async function findInBatch(ctx: ServiceContext, req: ApiParsedRequest<'find.search'>): Promise<FindMatch[]> {
  compileQuery(req);
  requireBatch(ctx, req.batchId);
  // The steps share one time bound, counted from a ready worker (starting one is not searching).
  await findWorkerReady();
  const deadline = Date.now() + FIND_TIMEOUT_MS;
  const found: FindMatch[] = [];
  const q = indexable(req) ? req.query : undefined;
  let after = req.afterArticleId;
  for (;;) {
    const step = ctx.store.articles.rows({ batchId: req.batchId, q, qInHeadings: q !== undefined, after, limit: FIND_STEP });
    const byId = new Map(step.map((a) => [a.id, a]));
    const left = deadline - Date.now();
    if (left <= 0) throw searchTooLong();
    const { hits, truncated } = await runFind(itemsOf(step), req, req.replacement ?? null, left);
    // Hits come in item order: article by article, so the limit is checked where an article's hits end.
    for (let i = 0; i < hits.length; i++) {
      const h = hits[i]!;
      found.push(toMatch(byId.get(h.articleId)!, h));
      const articleEnds = hits[i + 1]?.articleId !== h.articleId;
      if (found.length >= MAX_HITS || (articleEnds && req.limit !== undefined && found.length >= req.limit)) return found;
    }
    if (truncated || step.length < FIND_STEP) return found;
    after = step.at(-1)!.id;
  }
}

const keyOf = (m: { field: FindField; start: number; end: number }) => `${m.field}:${m.start}:${m.end}`;

/**
 * Replaces exactly the chosen matches. They are found again in the current text first; if any is no longer a
 * match there (the text changed since the search), nothing is replaced and the caller is told to search again.
 */
export async function replaceInBatch(ctx: ServiceContext, req: ApiParsedRequest<'find.replace'>): Promise<ReplaceResult> {
  const chosen = new Map<number, Set<string>>();
  for (const m of req.matches) {
    let set = chosen.get(m.articleId);
    if (!set) chosen.set(m.articleId, (set = new Set()));
    set.add(keyOf(m));
  }
  requireBatch(ctx, req.batchId);
  const read = ctx.store.articles.rows({ batchId: req.batchId, ids: [...chosen.keys()] });
  for (const id of chosen.keys()) {
    if (!read.some((a) => a.id === id)) throw new ApiError('invalid-request', `文章 ${id} 不在批次 ${req.batchId} 中 / Article ${id} is not in batch ${req.batchId}`);
  }
  const { hits } = await runFind(itemsOf(read), req, req.replacement);
  const revisionRead = new Map(read.map((a) => [a.id, a.revision]));
  const relinted = new Set<number>();
  const result = ctx.store.transaction(() => {
    let replaced = 0;
    const articles: number[] = [];
    for (const [id, keys] of chosen) {
      const a = ctx.store.articles.get(id);
      const mine = hits.filter((h) => h.articleId === id && keys.has(keyOf(h)));
      if (!a || a.revision !== revisionRead.get(id) || mine.length !== keys.size) {
        throw new ApiError('conflict', `文章 ${id} 在查找后已改变，请重新查找 / Article ${id} changed since the search; search again`);
      }
      let text = a.text;
      const fields: HeadingFields = {};
      for (const field of FIND_FIELDS) {
        const inField = mine.filter((h) => h.field === field).sort((x, y) => y.start - x.start);
        if (inField.length === 0) continue;
        let value = fieldText(a, field);
        for (const h of inField) value = value.slice(0, h.start) + h.replacement! + value.slice(h.end);
        if (field === 'text') text = value;
        else fields[field] = value;
      }
      replaced += mine.length;
      const fieldsChanged = Object.entries(fields).some(([f, v]) => a[f as keyof HeadingFields] !== v);
      if (text !== a.text || fieldsChanged) {
        reviseArticle(ctx, a, { text, origin: 'replace', ...(fieldsChanged ? { fields } : {}) }, relinted);
        articles.push(id);
      }
    }
    return { replaced, articles };
  });
  emitChanged(ctx, result.articles, relinted);
  return result;
}
