// The suspicion engine as the backend runs it: shared/suspect's findSuspicions over the bundled tables (read
// once, on first use) and what the library knows of the article's paper — n-grams and names of its approved
// articles, and its proofreaders' confusion counts. In the desk it runs in a worker (suspicion-pool.ts).
import { namesInArticle } from '../../shared/lint/names';
import type { Suspicion } from '../../shared/model/types';
import { confusionCounts, findSuspicions, paperEvidence, type PaperEvidence } from '../../shared/suspect';
import type { ArticleRecord, Confusion, Store } from '../store/repositories';
import { suspicionEvidence } from '../suspect/evidence';

/** What the engine may use besides the text: the paper, and what its proofreaders corrected most often. */
export interface LibraryEvidence {
  paper: string | null;
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

/** findSuspicions with the bundled tables, a paper's evidence and the confusion counts. */
export function suspectWith(text: string, paper: PaperEvidence | undefined, confusions: readonly Confusion[]): Suspicion[] {
  return findSuspicions(text, suspicionEvidence({ paper, confusions: confusionCounts(confusions.map((c) => ({ ocr: c.ocr, truth: c.fix, count: c.count }))) }));
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

/** The engine in this thread, over the store's evidence. */
export function libraryEngine(store: Store): (text: string, evidence: LibraryEvidence) => Suspicion[] {
  const paperOf = paperCache(store, (approved) => approvedEvidence(approved));
  return (text, { paper, confusions }) => suspectWith(text, paper === null ? undefined : paperOf(paper), confusions);
}
