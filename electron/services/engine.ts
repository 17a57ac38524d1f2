// The suspicion engine as the services run it: shared/suspect's findSuspicions over the bundled tables (read
// once, on first use) and what the library knows of the article's paper — n-grams and names of its approved
// articles, and its proofreaders' confusion counts.
import { namesInArticle } from '../../shared/lint/names';
import { confusionCounts, findSuspicions, paperEvidence, type PaperEvidence } from '../../shared/suspect';
import type { Store } from '../store/repositories';
import { suspicionEvidence } from '../suspect/evidence';
import type { SuspectFn } from './corrections';

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
