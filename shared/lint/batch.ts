// Checks across the pages of a batch: masthead fields that should agree, names spelled two ways.
import type { Masthead, Warning } from '../model/types';
import { namesInArticle, type BylineName } from './names';
import { excerptAt } from './warning';

export interface BatchLintArticle {
  byline: string | null;
  /** The article's (cleaned) text. */
  text: string;
}

export interface BatchLintPage {
  file: string;
  meta: Masthead | null;
  articles: BatchLintArticle[];
}

export interface BatchWarning extends Warning {
  file: string;
  /** Index of the article in its page; null for a warning about the page's masthead. */
  article: number | null;
  /** The other articles the warning is about (those with the other spelling of a name), by page file and index. */
  others?: { file: string; article: number }[];
}

/** Rule ids lintBatch can produce. */
export const BATCH_LINT_RULES = ['masthead-mismatch', 'name-variant'] as const;

/** Masthead fields that are the same on every page of one paper (the date, serial number and weekday are not). */
const VOTED_FIELDS = ['paper', 'cn', 'website', 'email'] as const;
type VotedField = (typeof VOTED_FIELDS)[number];

const FIELD_NAMES: Record<VotedField, { zh: string; en: string }> = {
  paper: { zh: '报名', en: 'paper name' },
  cn: { zh: '国内统一刊号', en: 'CN serial number' },
  website: { zh: '电子版网址', en: 'website' },
  email: { zh: '电子信箱', en: 'e-mail address' },
};

function normal(field: VotedField, value: string): string {
  const v = value.trim().toLowerCase();
  return field === 'website' ? v.replace(/^https?:\/\//, '').replace(/\/+$/, '') : v;
}

/** Pages of one paper: those sharing a paper name or a CN number (one of them may be misread). */
function paperGroups(pages: BatchLintPage[]): number[][] {
  const parent = pages.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const firstWith = new Map<string, number>();
  pages.forEach((p, i) => {
    for (const key of [p.meta?.paper ? `p:${p.meta.paper}` : null, p.meta?.cn ? `c:${normal('cn', p.meta.cn)}` : null]) {
      if (key === null) continue;
      const j = firstWith.get(key);
      if (j === undefined) firstWith.set(key, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, number[]>();
  pages.forEach((p, i) => {
    if (!p.meta) return;
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  return [...groups.values()];
}

/** Letter runs of 4+ characters: the stems a website and an e-mail address of one paper share (zjgrrb). */
function stems(value: string): string[] {
  return value.toLowerCase().match(/[a-z0-9]{4,}/g)?.filter((s) => !/^(?:www|com|http|https)$/.test(s)) ?? [];
}

/**
 * Votes one field across a group. The most common value wins; a tie goes to the value whose stems other
 * masthead fields of the batch repeat (www.zjgrrb.com is backed by zjgrrb@163.com). Returns null on a
 * tie that stays a tie: then every page with a differing value is flagged.
 */
function winner(values: Map<string, number[]>, support: (v: string) => number): string | null {
  const ranked = [...values.entries()]
    .map(([v, pages]) => ({ v, votes: pages.length, support: support(v) }))
    .sort((a, b) => b.votes - a.votes || b.support - a.support);
  if (ranked.length < 2) return ranked[0]?.v ?? null;
  const [first, second] = ranked;
  return first.votes === second.votes && first.support === second.support ? null : first.v;
}

function lintMastheads(pages: BatchLintPage[]): BatchWarning[] {
  const warnings: BatchWarning[] = [];
  for (const group of paperGroups(pages)) {
    const allValues = group.flatMap((i) => VOTED_FIELDS.map((f) => ({ page: i, field: f, value: pages[i].meta?.[f] ?? null })));
    for (const field of VOTED_FIELDS) {
      const values = new Map<string, number[]>();
      for (const i of group) {
        const raw = pages[i].meta?.[field];
        if (raw) values.set(normal(field, raw), [...(values.get(normal(field, raw)) ?? []), i]);
      }
      if (values.size < 2) continue;
      const support = (v: string) =>
        stems(v).reduce(
          (n, s) => n + allValues.filter((o) => o.field !== field && o.value?.toLowerCase().includes(s)).length,
          0,
        );
      const best = winner(values, support);
      for (const [value, onPages] of values) {
        if (value === best) continue;
        const others = [...values.keys()].filter((v) => v !== value && (best === null || v === best));
        for (const i of onPages) {
          const shown = pages[i].meta?.[field] ?? value;
          warnings.push({
            file: pages[i].file,
            article: null,
            rule: 'masthead-mismatch',
            message: {
              zh: `${FIELD_NAMES[field].zh}“${shown}”与同批其他版面（${others.join('、')}）不一致，可能是识别错误`,
              en: `The ${FIELD_NAMES[field].en} "${shown}" differs from other pages of the batch (${others.join(', ')}): possibly misread`,
            },
            excerpt: shown,
            range: null,
            severity: 'warning',
          });
        }
      }
    }
  }
  return warnings;
}

function oneCharApart(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++diff > 1) return false;
  return diff === 1;
}

interface NameUse extends BylineName {
  page: number;
  article: number;
}

/**
 * The same reporter spelled two ways on different pages (记者张浩呈 / 记者张浩星): names with the same role and
 * length that differ in one character. Every article involved is flagged; the rarer spelling as a warning.
 */
function lintNames(pages: BatchLintPage[]): BatchWarning[] {
  const uses: NameUse[] = [];
  pages.forEach((p, page) =>
    p.articles.forEach((a, article) => {
      for (const n of namesInArticle(a.byline, a.text)) uses.push({ ...n, page, article });
    }),
  );
  const byName = new Map<string, NameUse[]>();
  for (const u of uses) {
    const key = `${u.role}\u0000${u.name}`;
    byName.set(key, [...(byName.get(key) ?? []), u]);
  }
  // Only spellings of one role and length can be one character apart.
  const groups = new Map<string, NameUse[][]>();
  for (const spelling of byName.values()) {
    const key = `${spelling[0].role}\u0000${spelling[0].name.length}`;
    groups.set(key, [...(groups.get(key) ?? []), spelling]);
  }
  const warnings: BatchWarning[] = [];
  for (const spellings of groups.values()) {
    for (const mine of spellings) {
      for (const theirs of spellings) {
        if (!oneCharApart(mine[0].name, theirs[0].name)) continue;
        if (!mine.some((u) => theirs.some((t) => t.page !== u.page))) continue;
        warnings.push(...nameWarnings(pages, mine, theirs));
      }
    }
  }
  return warnings;
}

function nameWarnings(pages: BatchLintPage[], mine: NameUse[], theirs: NameUse[]): BatchWarning[] {
  const other = theirs[0].name;
  const otherFiles = [...new Set(theirs.map((t) => pages[t.page].file))].join('、');
  return mine.map((u) => {
    const text = pages[u.page].articles[u.article].text;
    const at = text.indexOf(u.name);
    return {
      file: pages[u.page].file,
      article: u.article,
      rule: 'name-variant',
      message: {
        zh: `${u.role || '署名'}“${u.name}”在 ${otherFiles} 写作“${other}”，可能是同一人名的识别错误`,
        en: `The byline name "${u.name}" is spelled "${other}" in ${otherFiles}: possibly one name misread`,
      },
      excerpt: at >= 0 ? excerptAt(text, at, at + u.name.length) : `${u.role}${u.name}`,
      range: at >= 0 ? { start: at, end: at + u.name.length } : null,
      severity: mine.length <= theirs.length ? 'warning' : 'info',
      others: [...new Map(theirs.map((t) => [`${t.page}:${t.article}`, { file: pages[t.page].file, article: t.article }])).values()],
    };
  });
}

/** Batch-level warnings, each naming the page file and (except masthead ones) the article it belongs to. */
export function lintBatch(pages: BatchLintPage[]): BatchWarning[] {
  return [...lintMastheads(pages), ...lintNames(pages)];
}
