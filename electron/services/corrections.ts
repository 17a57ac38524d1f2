// Corrections and suspicions of one article: the hand substitutions its text holds, recorded with every text
// change; what the paper's recorded corrections and the engine find in its current text, minus what the
// proofreader dismissed there; and where a correction just made recurs in the batch.
import type { SeriesOffer } from '../../shared/api/contract';
import { mergeSuspicions, occurrenceCounts, occurrences, seriesSuspicions, suspicionKey, type CorrectionPattern } from '../../shared/corrections/series';
import { handSubstitutions, type Substitution } from '../../shared/corrections/substitutions';
import type { Suspicion } from '../../shared/model/types';
import type { ArticleRow, NewCorrection, StoredCorrection } from '../store/repositories';
import type { ServiceContext } from './context';

/** A suspicion accepted in the desk: its string and the proposal taken. */
export interface Suggested {
  text: string;
  proposal: string;
}

const paperKey = (paper: string | null) => paper ?? '';

/**
 * What the engine found in the text, as far as it still applies: its findings are for the text it last read
 * (see suspicion-runner.ts), and after a change only those whose characters are still in place are kept until
 * it reads the text again.
 */
function engineSuspicions(ctx: ServiceContext, a: Pick<ArticleRow, 'id' | 'text'>): Suspicion[] {
  return (ctx.store.suspicions.latest(a.id) ?? []).filter((s) => a.text.slice(s.start, s.end) === s.text);
}

/** The article's suspicions: the paper's recorded corrections first, then the engine's; dismissed ones left out. */
export function articleSuspicions(ctx: ServiceContext, a: Pick<ArticleRow, 'id' | 'text' | 'paper'>): Suspicion[] {
  const series = seriesSuspicions(a.text, ctx.store.corrections.patterns(paperKey(a.paper)));
  const dismissed = ctx.store.dismissals.keys(a.id);
  const all = mergeSuspicions(series, engineSuspicions(ctx, a));
  return dismissed.size === 0 ? all : all.filter((s) => !dismissed.has(suspicionKey(a.text, s)));
}

const patternKey = (p: CorrectionPattern) => `${p.ocr}\u0000${p.fix}\u0000${p.before}\u0000${p.after}`;

/** Whether a substitution is (part of) an accepted suggestion. */
const fromSuggestion = (s: Substitution, suggested: readonly Suggested[]) => suggested.some((g) => g.text.includes(s.ocr) && g.proposal.includes(s.fix));

/**
 * Records the article's hand substitutions as its text now stands (against the rules' text `autoText`); call
 * inside the caller's transaction. Corrections it already had keep when and how they were made; returns those
 * that are new.
 */
export function recordCorrections(ctx: ServiceContext, a: Pick<ArticleRow, 'id' | 'paper' | 'batchId'>, autoText: string, text: string, suggested: readonly Suggested[] = []): Substitution[] {
  const old = new Map<string, StoredCorrection[]>();
  for (const c of ctx.store.corrections.ofArticle(a.id)) {
    const key = patternKey(c);
    old.set(key, [...(old.get(key) ?? []), c]);
  }
  const createdAt = ctx.now().toISOString();
  const fresh: Substitution[] = [];
  const rows: NewCorrection[] = handSubstitutions(autoText, text).map((s) => {
    const kept = old.get(patternKey(s))?.shift();
    if (!kept) fresh.push(s);
    return {
      ...s,
      articleId: a.id,
      paper: paperKey(a.paper),
      bySuggestion: kept ? kept.bySuggestion : fromSuggestion(s, suggested),
      createdAt: kept ? kept.createdAt : createdAt,
    };
  });
  ctx.store.corrections.replace(a.id, rows);
  requeueForConfusions(ctx, a, fresh);
  return fresh;
}

const isPowerOfTwo = (n: number) => n > 0 && (n & (n - 1)) === 0;

/**
 * The paper's confusion counts weigh in the engine's prior, so a correction can change what it finds elsewhere:
 * the batch's unapproved texts holding the OCR string are read again when a confusion is new to the paper or its
 * count doubles (the prior grows with its logarithm; re-reading on every correction would cost a batch's worth of
 * engine time per keystroke).
 */
function requeueForConfusions(ctx: ServiceContext, a: Pick<ArticleRow, 'paper' | 'batchId'>, fresh: readonly Substitution[]): void {
  if (fresh.length === 0) return;
  const counts = new Map(ctx.store.corrections.confusions(paperKey(a.paper)).map((c) => [`${c.ocr}\u0000${c.fix}`, c.count]));
  const seen = new Set<string>();
  for (const s of fresh) {
    const key = `${s.ocr}\u0000${s.fix}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (isPowerOfTwo(counts.get(key) ?? 0)) ctx.store.suspicions.requeue(a.batchId, s.ocr);
  }
}

/**
 * Each place of the batch's current texts where the correction recurs. Only texts holding the OCR string with
 * one side of its context can (see matchesAt), so those are found through the search index.
 */
export function placesInBatch(ctx: ServiceContext, batchId: number, p: CorrectionPattern): { article: { id: number; text: string }; start: number; end: number }[] {
  const needles = p.before === '' && p.after === '' ? [p.ocr] : [p.before + p.ocr, p.ocr + p.after].filter((n) => n !== p.ocr);
  return ctx.store.articles.textsHolding(batchId, needles).flatMap((article) => occurrences(article.text, p).map((r) => ({ article, ...r })));
}

/** How many places of the batch's current texts the correction recurs at: placesInBatch's length. */
function countInBatch(ctx: ServiceContext, batchId: number, p: CorrectionPattern): number {
  const plan = occurrenceCounts(p);
  // A name fixed in a byline recurs at hundreds of places (any name ending alike, before the same context):
  // counted in the store, not by reading those texts here, when plain counts give the same number.
  if (plan === null) return placesInBatch(ctx, batchId, p).length;
  const sum = (needles: string[]) => needles.reduce((n, s) => n + ctx.store.articles.countIn(batchId, s), 0);
  return sum(plan.add) - sum(plan.subtract);
}

/** The corrections just made that recur elsewhere in the batch, with how often. */
export function seriesOffers(ctx: ServiceContext, batchId: number, fresh: readonly Substitution[]): SeriesOffer[] {
  const seen = new Set<string>();
  const offers: SeriesOffer[] = [];
  for (const s of fresh) {
    const p = { ocr: s.ocr, fix: s.fix, before: s.before, after: s.after };
    if (seen.has(patternKey(p))) continue;
    seen.add(patternKey(p));
    const count = countInBatch(ctx, batchId, p);
    if (count > 0) offers.push({ ...p, count });
  }
  return offers;
}

