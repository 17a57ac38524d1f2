// The paper profile in the store: it learns from what proofreaders do (a block marked as noise, a heading line
// set apart as furniture), shows its rules with where each came from, and re-reads the batch's pages with them —
// previewed first, applied only to pages nobody has worked on. One profile per paper (else per batch), so the
// next batch of the same paper reads with it too.
import type {
  HeadingField, ProfileApplyResult, ProfileChange, ProfileOffer, ProfilePreview, ProfilePreviewPage, ProfileView,
} from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { analyzePage } from '../../shared/analyze';
import type { AnalyzedPage } from '../../shared/model/types';
import { hintLines } from '../../shared/parse/hints';
import { inferPageDate } from '../../shared/parse/page-date';
import { splitLines } from '../../shared/parse/lines';
import { recurringSections } from '../../shared/parse/sections';
import {
  addRule, emptyProfile, isLearnable, profileHint, profileKey, profileSections, removeRule, type PaperProfile, type ProfileRule,
  type RuleAction, type RulePlace,
} from '../../shared/profile/profile';
import { sectionName } from '../../shared/text/heading';
import { visibleLength } from '../../shared/text/punctuation';
import { insertArticles } from '../import/import';
import type { ArticleReading, ArticleRecord, ArticleRow, PageRecord } from '../store/repositories';
import { refreshBatchWarnings } from './batch-warnings';
import type { ServiceContext } from './context';
import { emitChanged, requireArticle, reviseArticle } from './revise';

/** Lines longer than this are sentences, not furniture: marking a long block teaches only its short lines. */
const MAX_RULE_LINE = 40;
/** A block of more lines than this is no furniture; a mark teaches at most this many rules. */
const MAX_RULES_PER_MARK = 6;
/** Furniture (running heads, editor lines, slogans, ads) prints no sentence end; story text does, even in short lines. */
const SENTENCE_END = /[。！？!?]/;
/** As HintedLine.top / bottom: the first and last few non-blank lines of a page. */
const EDGE_LINES = 5;

function requireBatch(ctx: ServiceContext, batchId: number) {
  const batch = ctx.store.batches.get(batchId);
  if (!batch) throw new ApiError('not-found', `批次 ${batchId} 不存在 / Batch ${batchId} not found`);
  return batch;
}

/** The batch's profile as stored, or a new empty one under the batch's key. */
export function profileOf(ctx: ServiceContext, batchId: number): PaperProfile {
  const batch = requireBatch(ctx, batchId);
  const key = profileKey(batch.paper, batch.id);
  const stored = ctx.store.profiles.get(key);
  if (stored) return stored;
  // Rules taught before the batch's pages named their paper carry over to the paper's profile.
  const early = batch.paper ? ctx.store.profiles.get(profileKey(null, batch.id)) : null;
  if (!early) return emptyProfile(key, batch.paper);
  const carried = { key, paper: batch.paper, rules: early.rules };
  save(ctx, carried);
  return carried;
}

function save(ctx: ServiceContext, profile: PaperProfile): void {
  ctx.store.profiles.put(profile, ctx.now().toISOString());
}

const view = (p: PaperProfile): ProfileView => ({ key: p.key, paper: p.paper, rules: p.rules });

export function getProfile(ctx: ServiceContext, batchId: number): ProfileView {
  return view(profileOf(ctx, batchId));
}

export function removeProfileRule(ctx: ServiceContext, batchId: number, ruleId: string): ProfileView {
  return ctx.store.transaction(() => {
    const profile = profileOf(ctx, batchId);
    if (!removeRule(profile, ruleId)) throw new ApiError('not-found', `版面档案里没有规则 ${ruleId} / The profile has no rule ${ruleId}`);
    save(ctx, profile);
    return view(profile);
  });
}

/** Where a line stands on its page: among the first or last few non-blank lines, or elsewhere. */
function placeOf(pageText: string, line: string): RulePlace {
  const lines = splitLines(pageText);
  const at = lines.findIndex((l) => l.text === line.trim());
  if (at < 0) return 'any';
  if (at < EDGE_LINES) return 'top';
  return at >= lines.length - EDGE_LINES ? 'bottom' : 'any';
}

function learnLines(ctx: ServiceContext, a: ArticleRow, lines: readonly string[], action: RuleAction): ProfileRule[] {
  const page = ctx.store.pages.get(a.pageId);
  if (!page) return [];
  const profile = profileOf(ctx, a.batchId);
  const at = ctx.now().toISOString();
  const learned = lines
    .map((l) => l.trim())
    .filter((l) => l !== '' && visibleLength(l) <= MAX_RULE_LINE && isLearnable(l))
    .slice(0, MAX_RULES_PER_MARK)
    .map((example) =>
      addRule(profile, {
        role: 'furniture',
        place: placeOf(page.text, example),
        example,
        origin: { action, batchId: a.batchId, pageFile: page.file, articleId: a.id, at },
      }),
    );
  if (learned.length > 0) save(ctx, profile);
  return learned;
}

/**
 * A block marked as noise: when it is furniture-sized (a few short lines, no sentence among them), its lines are
 * furniture wherever they stand like this on the paper's pages. A whole story set apart teaches nothing.
 */
export function learnFromMarkedNoise(ctx: ServiceContext, a: ArticleRow): ProfileRule[] {
  const lines = a.ocrRaw.split(/\r?\n|\r/).filter((l) => l.trim() !== '');
  if (lines.length > MAX_RULES_PER_MARK || lines.some((l) => visibleLength(l.trim()) > MAX_RULE_LINE || SENTENCE_END.test(l))) return [];
  return learnLines(ctx, a, lines, 'mark-noise');
}

/** A block taken back from noise: the rules it taught go with the mark. */
export function forgetMarkedNoise(ctx: ServiceContext, a: ArticleRow): void {
  const profile = profileOf(ctx, a.batchId);
  const kept = profile.rules.filter((r) => !(r.origin.action === 'mark-noise' && r.origin.articleId === a.id));
  if (kept.length === profile.rules.length) return;
  profile.rules = kept;
  save(ctx, profile);
}

/**
 * One heading line of an article set apart as furniture (a running head the parser took for a kicker, headline
 * or subtitle): the stack closes up around it, the article gets a revision of origin 'segment', and the profile
 * learns the line.
 */
export function markHeadingNoise(ctx: ServiceContext, id: number, field: HeadingField): { id: number; rule: ProfileRule | null } {
  const relinted = new Set<number>();
  const rule = ctx.store.transaction(() => {
    const a = requireArticle(ctx, id);
    const line = a[field];
    if (line === null || line.trim() === '') throw new ApiError('invalid-request', `文章 ${id} 没有这一行标题 / Article ${id} has no ${field}`);
    const stack = (['kicker', 'headline', 'subtitle'] as const).filter((f) => f !== field).map((f) => a[f]).filter((t): t is string => t !== null && t !== '');
    const fields: Pick<ArticleRecord, 'kicker' | 'headline' | 'subtitle'> =
      stack.length >= 2 ? { kicker: stack[0]!, headline: stack[1]!, subtitle: stack[2] ?? null } : { kicker: null, headline: stack[0] ?? '', subtitle: null };
    reviseArticle(ctx, a, { text: a.text, origin: 'segment', fields }, relinted);
    return learnLines(ctx, a, [line], 'mark-heading-noise')[0] ?? null;
  });
  emitChanged(ctx, [id], relinted);
  return { id, rule };
}

/**
 * A section assigned by hand whose name the article's top heading line prints (`【民生】` read as a kicker): the
 * line is a section label wherever it stands on the paper's pages.
 */
export function learnFromSection(ctx: ServiceContext, a: ArticleRow, name: string): ProfileRule | null {
  const line = [a.kicker, a.headline].find((l): l is string => l !== null && l !== '' && sectionName(l) === sectionName(name));
  const page = line === undefined ? null : ctx.store.pages.get(a.pageId);
  if (!line || !page) return null;
  const profile = profileOf(ctx, a.batchId);
  const rule = addRule(profile, {
    role: 'section',
    place: 'any',
    example: line,
    origin: { action: 'assign-section', batchId: a.batchId, pageFile: page.file, articleId: a.id, at: ctx.now().toISOString() },
  });
  save(ctx, profile);
  return rule;
}

/**
 * Someone worked on the page: an article edited, reviewed or set apart, or one a rule was taught on (a section
 * assigned there changes no revision, but it is the proofreader's reading of the page).
 */
function isEdited(articles: readonly ArticleReading[], taughtOn: ReadonlySet<number>): boolean {
  return articles.some((a) => a.revision > 1 || a.status !== 'new' || a.removed !== null || taughtOn.has(a.id));
}

/** The section names a re-read passes to the parser: the store's tags and the profile's section rules. */
function rereadSections(ctx: ServiceContext, profile: PaperProfile): string[] {
  return [...new Set([...ctx.store.tags.list().map((t) => t.name), ...profileSections(profile)])];
}

function reread(page: PageRecord, profile: PaperProfile, sections: string[]): AnalyzedPage {
  return analyzePage(page.text, { sections, lineHint: profileHint(profile) });
}

const headingOf = (a: { kicker: string | null; headline: string; subtitle: string | null }) => [a.kicker, a.headline, a.subtitle].filter(Boolean).join(' / ');

/** The same articles, headings, texts and sections: a re-read would change nothing. */
function sameReading(stored: readonly ArticleReading[], page: AnalyzedPage): boolean {
  if (stored.length !== page.articles.length) return false;
  return stored.every((s, i) => {
    const a = page.articles[i]!;
    return headingOf(s) === headingOf(a) && s.text === a.text && s.sections.join('\n') === a.sections.join('\n');
  });
}

interface PagePlan {
  page: PageRecord;
  edited: boolean;
  after: AnalyzedPage;
  preview: ProfilePreviewPage;
}

/**
 * Pages just imported, and the section names their import passed to the parser. Such a page (no layout file) that
 * the profile's rules touch on no line would be read exactly as the import read it, unless it prints a section
 * name one reading knows and the other does not: the parser consults the names only to match a line to one.
 */
export interface FreshPages {
  pageIds: ReadonlySet<number>;
  sections: readonly string[];
}

/** No rule touches a line of the page, and it prints none of the `differing` section names (spaces and quotes aside). */
function readAsImported(page: PageRecord, hint: NonNullable<ReturnType<typeof profileHint>>, differing: readonly string[]): boolean {
  if (hintLines(page.text, splitLines(page.text), hint).size > 0) return false;
  const flat = sectionName(page.text);
  return !differing.some((n) => flat.includes(n));
}

/**
 * What a re-read with the profile would change on each current page of the batch (with `onlyFresh`, on the fresh
 * pages only), pages with no change left out.
 */
function plan(ctx: ServiceContext, batchId: number, profile: PaperProfile, fresh?: FreshPages, onlyFresh = false): PagePlan[] {
  const hint = profileHint(profile);
  if (!hint) return [];
  const plans: PagePlan[] = [];
  const taughtOn = new Set(profile.rules.map((r) => r.origin.articleId).filter((id): id is number => id !== null));
  const sections = rereadSections(ctx, profile);
  // Names known to one reading and not the other, as lines are matched to them.
  const before = new Set(fresh?.sections.map(sectionName));
  const now = new Set(sections.map(sectionName));
  const differing = [...now].filter((n) => !before.has(n)).concat([...before].filter((n) => !now.has(n)));
  // One read of the batch's articles rather than two queries a page.
  const byPage = new Map<number, ArticleReading[]>();
  for (const r of ctx.store.articles.readings(batchId)) {
    const onPage = byPage.get(r.pageId);
    if (onPage) onPage.push(r);
    else byPage.set(r.pageId, [r]);
  }
  for (const current of ctx.store.pages.current(batchId)) {
    const isFresh = fresh?.pageIds.has(current.id) ?? false;
    if (onlyFresh && !isFresh) continue;
    const page = ctx.store.pages.get(current.id)!;
    if (isFresh && readAsImported(page, hint, differing) && !ctx.store.scans.get(page.id)?.layout) continue;
    const records = byPage.get(page.id) ?? [];
    const stored = records.filter((r) => r.removed === null);
    const after = reread(page, profile, sections);
    const sameMasthead = JSON.stringify(page.meta) === JSON.stringify(after.meta);
    if (sameMasthead && sameReading(stored, after)) continue;
    const lines = splitLines(page.text);
    const noiseNow = new Map(page.noise.flatMap((n) => n.text.split('\n').map((l): [string, string] => [l.trim(), n.reason])));
    const changes: ProfileChange[] = [];
    for (const [i, h] of hintLines(page.text, lines, hint)) {
      const text = lines[i]!.text;
      const ruleId = h.origin.split(':').pop() ?? null;
      if (h.role === 'section') changes.push({ kind: 'section', text, ruleId });
      else if (h.role === 'masthead' ? noiseNow.get(text) !== 'masthead' : !noiseNow.has(text)) changes.push({ kind: h.role === 'masthead' ? 'masthead' : 'noise', text, ruleId });
    }
    const edited = isEdited(records, taughtOn);
    plans.push({
      page,
      edited,
      after,
      preview: { pageId: page.id, pageFile: page.file, edited, changes, before: stored.map(headingOf), after: after.articles.map(headingOf) },
    });
  }
  return plans;
}

export function previewProfile(ctx: ServiceContext, batchId: number): ProfilePreview {
  const profile = profileOf(ctx, batchId);
  return { key: profile.key, pages: plan(ctx, batchId, profile).map((p) => p.preview) };
}

/** Re-reads the unedited pages a preview lists: their articles replaced by the re-read ones, their masthead and noise too. */
export function applyProfile(ctx: ServiceContext, batchId: number): ProfileApplyResult {
  const relinted = new Set<number>();
  const result = ctx.store.transaction(() => {
    const profile = profileOf(ctx, batchId);
    const plans = plan(ctx, batchId, profile);
    const now = ctx.now().toISOString();
    for (const p of plans.filter((x) => !x.edited)) {
      ctx.store.articles.deleteOnPage(p.page.id);
      insertArticles(ctx.store, p.page.id, p.after.articles, now);
      ctx.store.pages.setReading(p.page.id, { meta: p.after.meta, noise: p.after.noise });
      // A date someone set stays; an inferred one is inferred again from what the page now reads as.
      if (p.page.dateSource !== 'manual') {
        const dated = inferPageDate(p.after.meta, p.after.noise, p.page.file, p.page.text);
        ctx.store.pages.setDate(p.page.id, dated.date, dated.source);
      }
      ctx.store.batches.fillMasthead(batchId, p.after.meta?.date ?? null, p.after.meta?.paper ?? null);
    }
    for (const id of refreshBatchWarnings(ctx, batchId)) relinted.add(id);
    return { applied: plans.filter((x) => !x.edited).map((x) => x.page.id), skipped: plans.filter((x) => x.edited).map((x) => x.page.id) };
  });
  emitChanged(ctx, [], relinted);
  return result;
}

/**
 * The paper's masthead layout, from the batch's front pages that named it: the lines of their masthead zones become
 * masthead rules of the paper's profile, so its next front pages are read by them even where the OCR garbled the
 * fields. Only for a profile kept under the paper's name. Returns whether a rule was added.
 */
/** The masthead zone: the page's first lines, blank ones counted (as the parser's hints count them). */
const MASTHEAD_ZONE_LINES = 40;

/** Offset where line `n` (0-based, blank lines counted) of the text starts; the text's length past its end. */
function nthLineStart(text: string, n: number): number {
  let at = 0;
  for (let k = 0; k < n; k++) {
    const next = text.indexOf('\n', at);
    if (next < 0) return text.length;
    at = next + 1;
  }
  return at;
}

function learnMastheadLayout(ctx: ServiceContext, batchId: number, profile: PaperProfile): boolean {
  if (profile.paper === null) return false;
  const before = profile.rules.length;
  const at = ctx.now().toISOString();
  for (const current of ctx.store.pages.current(batchId)) {
    // A front page: the paper's masthead with its registration or serial number, not a running head naming it.
    const meta = current.meta;
    if (meta?.paper !== profile.paper || (meta.cn === null && meta.serialNo === null)) continue;
    const page = ctx.store.pages.get(current.id)!;
    const zoneEnd = nthLineStart(page.text, MASTHEAD_ZONE_LINES);
    for (const block of page.noise.filter((n) => n.reason === 'masthead' && n.range.start < zoneEnd)) {
      for (const example of block.text.split(/\r?\n|\r/).map((l) => l.trim()).filter((l) => l !== '' && isLearnable(l))) {
        addRule(profile, { role: 'masthead', place: 'any', example, origin: { action: 'front-page', batchId, pageFile: current.file, articleId: null, at } });
      }
    }
  }
  return profile.rules.length > before;
}

/**
 * After an import: the column names the batch shows (kickers standing above headlines on several pages) and the
 * masthead layout of its front pages join the profile, and the import report offers a re-read when the profile has rules and a re-read would change pages.
 * Given the `fresh` pages of the import, only they are re-read unless the profile learned a rule just now: the
 * batch's earlier pages were counted by the import that brought them, and a re-read of a whole large batch after
 * every import would cost more than the import.
 */
export function profileOffer(ctx: ServiceContext, batchId: number, fresh?: FreshPages): ProfileOffer | null {
  const profile = profileOf(ctx, batchId);
  const rulesBefore = profile.rules.length;
  const byPage = new Map<number, { text: string; aboveHeading: boolean }[]>();
  const firstSeen = new Map<string, { pageFile: string; id: number }>();
  for (const a of ctx.store.articles.summaries({ batchId })) {
    if (a.kicker === null || a.headline === '' || a.sections.length > 0) continue;
    byPage.set(a.pageId, [...(byPage.get(a.pageId) ?? []), { text: a.kicker, aboveHeading: true }]);
    if (!firstSeen.has(sectionName(a.kicker))) firstSeen.set(sectionName(a.kicker), { pageFile: a.pageFile, id: a.id });
  }
  const names = recurringSections([...byPage.values()]);
  if (names.length > 0) {
    const at = ctx.now().toISOString();
    for (const name of names) {
      const where = firstSeen.get(name);
      addRule(profile, { role: 'section', place: 'any', example: name, origin: { action: 'batch-recurrence', batchId, pageFile: where?.pageFile ?? '', articleId: where?.id ?? null, at } });
    }
    ctx.store.transaction(() => save(ctx, profile));
  }
  if (learnMastheadLayout(ctx, batchId, profile)) ctx.store.transaction(() => save(ctx, profile));
  if (profile.rules.length === 0) return null;
  const learned = profile.rules.length > rulesBefore;
  const pages = plan(ctx, batchId, profile, fresh, fresh !== undefined && !learned).filter((p) => !p.edited).length;
  return pages === 0 ? null : { key: profile.key, paper: profile.paper, rules: profile.rules.length, pages };
}
