// The matching half of find and replace, pure so it can run in a worker (find-pool.ts): compiling the query
// (refusing patterns that backtrack catastrophically), and the matches in each searched field with the
// replacement each would get. Bounded: at most MAX_HITS matches are returned.
import safeRegex from 'safe-regex2';
import { FIND_FIELDS } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';

export { FIND_FIELDS };
export type FindField = (typeof FIND_FIELDS)[number];

export interface Query {
  query: string;
  regex: boolean;
  caseSensitive: boolean;
}

/** One searched string: an article's text or one of its heading fields. */
export interface FindItem {
  articleId: number;
  field: FindField;
  text: string;
}

export interface Hit {
  articleId: number;
  field: FindField;
  start: number;
  end: number;
  match: string;
  /** What the replacement expands to for this match (regex groups filled in); null without a replacement. */
  replacement: string | null;
}

/** More matches than anyone reviews in a preview; the search stops there. */
export const MAX_HITS = 5000;

/** `m`: ^ and $ match at paragraph (line) ends, since the text holds one paragraph per line. */
export function compileQuery(q: Query): RegExp {
  const source = q.regex ? q.query : q.query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let re: RegExp;
  try {
    re = new RegExp(source, `gm${q.caseSensitive ? '' : 'i'}`);
  } catch (err) {
    throw new ApiError('invalid-request', `正则表达式无效 / Invalid regular expression: ${(err as Error).message}`);
  }
  // Nested repetition ((a+)+, (.*)*) can take exponential time on a near-miss; such a pattern is refused.
  if (q.regex && !safeRegex(checkedShape(re.source))) {
    throw new ApiError(
      'refused',
      `这个正则表达式含有嵌套的重复（如 (a+)+），可能让查找无法结束，请改写 / This regular expression nests repetition (like (a+)+) and could take for ever; rewrite it`,
    );
  }
  return re;
}

/**
 * The pattern as safe-regex2's parser (ret) reads it, with the same repetition structure: ret takes neither
 * lookbehind nor a group name beyond ASCII (`(?<名>…)`, natural to a Chinese proofreader) and calls what it cannot
 * parse unsafe, so lookbehinds are checked as lookaheads and group names as `g0`, `g1`…. The pattern already
 * compiled, so each rewritten piece is what it looks like (or a literal of the same shape).
 */
function checkedShape(source: string): string {
  const names = new Map<string, string>();
  const ascii = (name: string) => {
    if (!names.has(name)) names.set(name, `g${names.size}`);
    return names.get(name)!;
  };
  return source
    .replace(/\(\?<([=!])/g, '(?$1')
    .replace(/\(\?<([^=!>][^>]*)>/g, (_, name: string) => `(?<${ascii(name)}>`)
    .replace(/\\k<([^>]+)>/g, (_, name: string) => `\\k<${ascii(name)}>`);
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

/** Non-empty matches only (an empty match has nothing to show or replace), at most MAX_HITS in all. */
export function findHits(items: readonly FindItem[], q: Query, replacement: string | null): { hits: Hit[]; truncated: boolean } {
  const re = compileQuery(q);
  const hits: Hit[] = [];
  for (const item of items) {
    for (const m of item.text.matchAll(re)) {
      if (m[0].length === 0) continue;
      if (hits.length === MAX_HITS) return { hits, truncated: true };
      const expanded = replacement === null ? null : q.regex ? expandReplacement(replacement, m as RegExpExecArray) : replacement;
      hits.push({ articleId: item.articleId, field: item.field, start: m.index, end: m.index + m[0].length, match: m[0], replacement: expanded });
    }
  }
  return { hits, truncated: false };
}
