// Batch lint in the store: the warnings shared/lint finds only by comparing the pages of a batch — a masthead
// field that disagrees with the other pages' (stored per page), one name spelled two ways (stored once per pair
// of spellings, as a finding; the warning on each article using either is built when the article is read).
//
// A save relints only what it can change: the spellings its article gained or lost, each against the spellings
// one character away (relintSpellings). Changes to which articles or pages count — an import, a new page
// version, a split, a merge, noise — relint the batch's findings whole from the stored names (refreshBatchWarnings);
// neither reads an article's text.
import { isVariantPair, lintBatch, variantPairs } from '../../shared/lint/batch';
import type { BylineName } from '../../shared/lint/names';
import type { Warning } from '../../shared/model/types';
import type { ArticleRow, NameFinding, StoredBatchWarning } from '../store/repositories';
import type { ServiceContext } from './context';

const findingKey = (f: NameFinding) => `${f.role}\u0000${f.name}\u0000${f.other}`;
const spellingKey = (n: BylineName) => `${n.role}\u0000${n.name}`;

export interface RefreshOptions {
  /** Find the articles whose warnings changed (for article.changed); an import, which tells no one, skips it. */
  affected?: boolean;
}

/**
 * Lints the batch as it stands: its mastheads, and every name finding from the stored names. Call inside the
 * caller's transaction. Returns the articles whose batch warnings changed, for the caller to tell clients about
 * once committed.
 */
export function refreshBatchWarnings(ctx: ServiceContext, batchId: number, { affected = true }: RefreshOptions = {}): number[] {
  const { store } = ctx;
  const pages = store.pages.current(batchId);
  const pageByFile = new Map(pages.map((p) => [p.file, p]));
  const mastheads: StoredBatchWarning[] = lintBatch(pages.map((p) => ({ file: p.file, meta: p.meta, articles: [] }))).map(({ file, article: _none, ...warning }) => ({
    pageId: pageByFile.get(file)!.id,
    articleId: null,
    warning,
  }));
  store.batches.replaceWarnings(batchId, mastheads);

  const want = new Map<string, NameFinding>();
  for (const [a, b] of variantPairs(store.names.spellingsInBatch(batchId))) {
    const f = { role: a.role, name: a.name, other: b.name };
    want.set(findingKey(f), f);
  }
  const changed: NameFinding[] = [];
  for (const f of store.names.findings(batchId)) {
    if (want.delete(findingKey(f))) continue;
    store.names.dropFinding(batchId, f);
    changed.push(f);
  }
  for (const f of want.values()) {
    store.names.addFinding(batchId, f);
    changed.push(f);
  }
  return affected ? holdersOf(ctx, batchId, changed) : [];
}

/**
 * Relints the findings of the spellings an edit added or removed (`changed`), each with the spellings of its
 * role one character away and those it was paired with. Call inside the caller's transaction, after the
 * article's names were written. Returns the articles whose batch warnings changed.
 */
export function relintSpellings(ctx: ServiceContext, batchId: number, changed: BylineName[]): number[] {
  const { names } = ctx.store;
  const touched: NameFinding[] = [];
  const done = new Set<string>();
  for (const s of changed) {
    const stored = new Set(names.findingsWith(batchId, s.role, s.name).map(findingKey));
    // Two pages of either spelling are as good as all of them for isVariantPair: a common name is not read whole.
    const mine = names.pagesOf(batchId, s.role, s.name, 2);
    const paired = names.findingsWith(batchId, s.role, s.name).map((f) => (f.name === s.name ? f.other : f.name));
    for (const c of new Set([...names.nearby(batchId, s.role, s.name), ...paired])) {
      const f = s.name < c ? { role: s.role, name: s.name, other: c } : { role: s.role, name: c, other: s.name };
      const key = findingKey(f);
      if (done.has(key)) continue;
      done.add(key);
      const holds = isVariantPair(mine, names.pagesOf(batchId, s.role, c, 2));
      if (holds === stored.has(key)) continue;
      if (holds) names.addFinding(batchId, f);
      else names.dropFinding(batchId, f);
      touched.push(f);
    }
  }
  return holdersOf(ctx, batchId, touched);
}

/** The spellings in one list and not the other. */
export function changedSpellings(before: BylineName[], after: BylineName[]): BylineName[] {
  const a = new Set(before.map(spellingKey));
  const b = new Set(after.map(spellingKey));
  return [...before.filter((n) => !b.has(spellingKey(n))), ...after.filter((n) => !a.has(spellingKey(n)))];
}

/** Live articles using either spelling of the findings. */
function holdersOf(ctx: ServiceContext, batchId: number, findings: NameFinding[]): number[] {
  const out = new Set<number>();
  const seen = new Set<string>();
  for (const f of findings) {
    for (const name of [f.name, f.other]) {
      const key = spellingKey({ role: f.role, name });
      if (seen.has(key)) continue;
      seen.add(key);
      for (const id of ctx.store.names.holders(batchId, f.role, name)) out.add(id);
    }
  }
  return [...out];
}

/** Reads the names of batches stored before migration 10, then lints them; each batch is one transaction. */
export function catchUpNames(ctx: ServiceContext): void {
  for (let batchId = ctx.store.names.backfillNext(); batchId !== null; batchId = ctx.store.names.backfillNext()) {
    const id = batchId;
    ctx.store.transaction(() => refreshBatchWarnings(ctx, id, { affected: false }));
  }
}

/** Everything to show for an article: its text's own lint and the batch's, by position as lintText orders them. */
export function articleWarnings(a: Pick<ArticleRow, 'warnings' | 'batchWarnings'>): Warning[] {
  // A stable sort: at one place the text's own warnings stay first.
  return [...a.warnings, ...a.batchWarnings].sort((x, y) => (x.range?.start ?? 0) - (y.range?.start ?? 0));
}
