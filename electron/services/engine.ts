// The suspicion engine as the backend runs it: shared/suspect's findSuspicions over the bundled tables (read
// once, on first use) and what the library knows — n-grams and names of the paper's approved articles, what
// recurs in the article's batch, and the paper's confusion counts. In the desk it runs in a worker
// (suspicion-pool.ts).
import { namesInArticle } from '../../shared/lint/names';
import type { Suspicion } from '../../shared/model/types';
import { batchEvidence, combineEvidence, confusionCounts, findSuspicions, paperEvidence, type PaperEvidence } from '../../shared/suspect';
import type { ArticleRecord, Confusion, Store } from '../store/repositories';
import { suspicionEvidence } from '../suspect/evidence';

/** What the engine may use besides the text: the paper, its batch, and what the paper's proofreaders corrected most often. */
export interface LibraryEvidence {
  paper: string | null;
  batchId: number | null;
  confusions: readonly Confusion[];
}

/** A suspicion engine: the spans of `text` likely misread. Injected, so the runner does not depend on one engine. */
export type SuspectFn = (text: string, evidence: LibraryEvidence) => Suspicion[] | Promise<Suspicion[]>;

export type ApprovedArticle = Pick<ArticleRecord, 'text' | 'byline'>;

/** A paper's evidence from its approved articles: their text and the names in them. */
export function approvedEvidence(approved: readonly ApprovedArticle[]): PaperEvidence {
  const names = approved.flatMap((a) => namesInArticle(a.byline, a.text).map((n) => n.name));
  return paperEvidence(approved.map((a) => a.text), names);
}

/** findSuspicions with the bundled tables, the paper's and the batch's evidence and the confusion counts. */
export function suspectWith(text: string, paper: PaperEvidence | undefined, batch: PaperEvidence | undefined, confusions: readonly Confusion[]): Suspicion[] {
  const library = paper && batch ? combineEvidence(paper, batch) : (paper ?? batch);
  return findSuspicions(text, suspicionEvidence({ paper: library, confusions: confusionCounts(confusions.map((c) => ({ ocr: c.ocr, truth: c.fix, count: c.count }))) }));
}

/**
 * A per-paper cache of something built from its approved articles, rebuilt only when they change (one is
 * approved or reopened).
 */
export function paperCache<T>(store: Store, build: (approved: ApprovedArticle[], stamp: string) => T): (paper: string) => T {
  const cache = new Map<string, { stamp: string; value: T }>();
  return (paper) => {
    const stamp = store.articles.approvedStamp(paper);
    let cached = cache.get(paper);
    if (cached?.stamp !== stamp) {
      cached = { stamp, value: build(store.articles.approvedOfPaper(paper), stamp) };
      cache.set(paper, cached);
    }
    return cached.value;
  };
}

/** The batch's live texts, cached until one of them changes. */
export function batchCache<T>(store: Store, build: (texts: string[], stamp: string) => T): (batchId: number) => T {
  const cache = new Map<number, { stamp: string; value: T }>();
  return (batchId) => {
    const stamp = store.articles.textsStamp(batchId);
    let cached = cache.get(batchId);
    if (cached?.stamp !== stamp) {
      // One batch at a time is being read; older ones are dropped rather than kept in memory.
      cache.clear();
      cached = { stamp, value: build(store.articles.texts(batchId).map((a) => a.text), stamp) };
      cache.set(batchId, cached);
    }
    return cached.value;
  };
}

/** The engine in this thread, over the store's evidence. */
export function libraryEngine(store: Store): (text: string, evidence: LibraryEvidence) => Suspicion[] {
  const paperOf = paperCache(store, (approved) => approvedEvidence(approved));
  const batchOf = batchCache(store, (texts) => batchEvidence(texts));
  return (text, { paper, batchId, confusions }) =>
    suspectWith(text, paper === null ? undefined : paperOf(paper), batchId === null ? undefined : batchOf(batchId), confusions);
}
