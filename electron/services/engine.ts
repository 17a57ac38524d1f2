// The suspicion engine as the backend runs it: shared/suspect's findSuspicions over the bundled tables (read
// once, on first use) and what the library knows of the article's paper — n-grams and names of its approved
// articles, and its proofreaders' confusion counts.
import { namesInArticle } from '../../shared/lint/names';
import type { Suspicion } from '../../shared/model/types';
import { confusionCounts, findSuspicions, paperEvidence, type PaperEvidence } from '../../shared/suspect';
import type { Confusion, Store } from '../store/repositories';
import { suspicionEvidence } from '../suspect/evidence';

/** What the engine may use besides the text: the paper, and what its proofreaders corrected most often. */
export interface LibraryEvidence {
  paper: string | null;
  confusions: readonly Confusion[];
}

/** A suspicion engine: the spans of `text` likely misread. Injected, so the runner does not depend on one engine. */
export type SuspectFn = (text: string, evidence: LibraryEvidence) => Suspicion[];

/** The engine over the store's evidence. A paper's n-grams are counted again only when its approved articles change. */
export function libraryEngine(store: Store): SuspectFn {
  const papers = new Map<string, { stamp: string; evidence: PaperEvidence }>();
  const paperOf = (paper: string): PaperEvidence => {
    const stamp = store.articles.approvedStamp(paper);
    let cached = papers.get(paper);
    if (cached?.stamp !== stamp) {
      const approved = store.articles.approvedOfPaper(paper);
      const names = approved.flatMap((a) => namesInArticle(a.byline, a.text).map((n) => n.name));
      cached = { stamp, evidence: paperEvidence(approved.map((a) => a.text), names) };
      papers.set(paper, cached);
    }
    return cached.evidence;
  };
  return (text, { paper, confusions }) =>
    findSuspicions(
      text,
      suspicionEvidence({
        paper: paper === null ? undefined : paperOf(paper),
        confusions: confusionCounts(confusions.map((c) => ({ ocr: c.ocr, truth: c.fix, count: c.count }))),
      }),
    );
}
