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

/** Two spellings of one length that differ in exactly one character. */
export function oneCharApart(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++diff > 1) return false;
  return diff === 1;
}

/** One spelling of a name in a batch: how many articles use it, on which pages. */
export interface NameSpelling {
  role: string;
  name: string;
  pages: ReadonlySet<number>;
}

/**
 * Two spellings one character apart are one name misread when they are used on different pages: some use of
 * one is on a page other than some use of the other (all on one page is one article's own way of writing it).
 */
export function isVariantPair(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  return new Set([...a, ...b]).size >= 2;
}

/**
 * Every pair of spellings of one role that makes a name-variant finding, each pair once (first name first in
 * code-point order). Spellings one character apart share a key — the name with that character masked — so each
 * spelling is compared only with those sharing one of its keys, not with every name of the batch.
 */
export function variantPairs<S extends NameSpelling>(spellings: readonly S[]): [S, S][] {
  const byKey = new Map<string, S[]>();
  for (const s of spellings) {
    for (const key of maskedKeys(s.role, s.name)) {
      const list = byKey.get(key);
      if (list) list.push(s);
      else byKey.set(key, [s]);
    }
  }
  const pairs: [S, S][] = [];
  for (const list of byKey.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = list[i]!.name < list[j]!.name ? [list[i]!, list[j]!] : [list[j]!, list[i]!];
        if (a.name !== b.name && isVariantPair(a.pages, b.pages)) pairs.push([a, b]);
      }
    }
  }
  return pairs;
}

/** The keys a spelling shares with every spelling one character away: role, then the name with one character masked. */
export function maskedKeys(role: string, name: string): string[] {
  return Array.from(name, (_, i) => `${role}\u0000${name.slice(0, i)}\u0001${name.slice(i + 1)}`);
}

/** Files named in a name-variant message; more are counted, not listed (a name can recur on thousands of pages). */
export const MAX_FILES_NAMED = 3;

export interface NameVariant {
  role: string;
  name: string;
  /** The other spelling. */
  other: string;
  /** The article's text, where the name is found. */
  text: string;
  /** Files where the other spelling is used: the first few, and how many in all. */
  otherFiles: readonly string[];
  otherFileCount: number;
  /** otherFileCount is a lower bound: the other spelling's uses were counted only so far. */
  atLeast?: boolean;
  /** Articles using each spelling: the rarer one is the likelier misreading (`uses` may stop at otherUses + 1). */
  uses: number;
  otherUses: number;
}

/** The warning on an article using `name` where the batch also has `other`, one character apart. */
export function nameVariantWarning(v: NameVariant): Warning {
  const more = v.otherFileCount - v.otherFiles.length;
  const filesZh = `${v.otherFiles.join('、')}${more > 0 ? ` 等${v.atLeast ? '逾' : ''} ${v.otherFileCount} 个版面` : ''}`;
  const filesEn = `${v.otherFiles.join(', ')}${more > 0 ? ` and ${v.atLeast ? 'over ' : ''}${more} more pages` : ''}`;
  const at = v.text.indexOf(v.name);
  return {
    rule: 'name-variant',
    message: {
      zh: `${v.role || '署名'}“${v.name}”在 ${filesZh} 写作“${v.other}”，可能是同一人名的识别错误`,
      en: `The byline name "${v.name}" is spelled "${v.other}" in ${filesEn}: possibly one name misread`,
    },
    excerpt: at >= 0 ? excerptAt(v.text, at, at + v.name.length) : `${v.role}${v.name}`,
    range: at >= 0 ? { start: at, end: at + v.name.length } : null,
    severity: v.uses <= v.otherUses ? 'warning' : 'info',
  };
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
  const uses = new Map<string, NameUse[]>();
  pages.forEach((p, page) =>
    p.articles.forEach((a, article) => {
      for (const n of namesInArticle(a.byline, a.text)) {
        const key = `${n.role}\u0000${n.name}`;
        uses.set(key, [...(uses.get(key) ?? []), { ...n, page, article }]);
      }
    }),
  );
  const spellings = [...uses.values()].map((list) => ({ role: list[0]!.role, name: list[0]!.name, pages: new Set(list.map((u) => u.page)), uses: list }));
  const found: { use: NameUse; warning: BatchWarning }[] = [];
  for (const [a, b] of variantPairs(spellings)) found.push(...nameWarnings(pages, a.uses, b.uses), ...nameWarnings(pages, b.uses, a.uses));
  // In reading order: by page, then article.
  return found.sort((x, y) => x.use.page - y.use.page || x.use.article - y.use.article).map((f) => f.warning);
}

function nameWarnings(pages: BatchLintPage[], mine: NameUse[], theirs: NameUse[]): { use: NameUse; warning: BatchWarning }[] {
  const otherFiles = [...new Set(theirs.map((t) => pages[t.page]!.file))];
  return mine.map((u) => ({
    use: u,
    warning: {
      file: pages[u.page]!.file,
      article: u.article,
      ...nameVariantWarning({
        role: u.role,
        name: u.name,
        other: theirs[0]!.name,
        text: pages[u.page]!.articles[u.article]!.text,
        otherFiles: otherFiles.slice(0, MAX_FILES_NAMED),
        otherFileCount: otherFiles.length,
        uses: mine.length,
        otherUses: theirs.length,
      }),
      others: [...new Map(theirs.map((t) => [`${t.page}:${t.article}`, { file: pages[t.page]!.file, article: t.article }])).values()],
    },
  }));
}

/** Batch-level warnings, each naming the page file and (except masthead ones) the article it belongs to. */
export function lintBatch(pages: BatchLintPage[]): BatchWarning[] {
  return [...lintMastheads(pages), ...lintNames(pages)];
}
