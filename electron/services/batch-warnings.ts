// Batch lint in the store: the warnings shared/lint finds only by comparing the pages of a batch (a masthead
// field that disagrees with the other pages', one name spelled two ways), computed from what the batch holds
// now — the newest version of each page, its live articles with their current text and byline — and stored, so
// lists and the desk read them without linting again.
import { lintBatch, type BatchLintPage } from '../../shared/lint';
import { namesInArticle } from '../../shared/lint/names';
import type { Warning } from '../../shared/model/types';
import type { ArticleRecord, ArticleRow, ArticleText, StoredBatchWarning } from '../store/repositories';
import type { ServiceContext } from './context';

/**
 * Lints the batch as it stands and replaces its stored batch warnings; call inside the caller's transaction.
 * Returns the articles whose batch warnings changed, for the caller to tell clients about once committed.
 */
export function refreshBatchWarnings(ctx: ServiceContext, batchId: number): number[] {
  const { store } = ctx;
  const before = warningsByArticle(store.batches.warnings(batchId));
  const pages = store.pages.current(batchId);
  const articles = new Map<number, ArticleText[]>();
  // Each page's articles in reading order: lintBatch names an article by its index there.
  for (const a of store.articles.texts(batchId)) {
    const onPage = articles.get(a.pageId);
    if (onPage) onPage.push(a);
    else articles.set(a.pageId, [a]);
  }
  const input: BatchLintPage[] = pages.map((p) => ({
    file: p.file,
    meta: p.meta,
    articles: (articles.get(p.id) ?? []).map((a) => ({ byline: a.byline, text: a.text })),
  }));
  // A batch holds one current version per file name, so the file names the page.
  const pageByFile = new Map(pages.map((p) => [p.file, p]));
  const idOf = (file: string, article: number) => articles.get(pageByFile.get(file)!.id)![article]!.id;
  const stored: StoredBatchWarning[] = lintBatch(input).map(({ file, article, others, ...warning }) => {
    const page = pageByFile.get(file)!;
    const related = others?.map((o) => idOf(o.file, o.article));
    return { pageId: page.id, articleId: article === null ? null : idOf(file, article), warning: related ? { ...warning, related } : warning };
  });
  store.batches.replaceWarnings(batchId, stored);
  const after = warningsByArticle(stored);
  return [...new Set([...before.keys(), ...after.keys()])].filter((id) => before.get(id) !== after.get(id));
}

/** Each article's batch warnings as one comparable string. */
function warningsByArticle(warnings: StoredBatchWarning[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const w of warnings) if (w.articleId !== null) out.set(w.articleId, `${out.get(w.articleId) ?? ''}${JSON.stringify(w.warning)}\n`);
  return out;
}

/**
 * Whether a text change can alter what batch lint says: the article already carries batch warnings (their
 * ranges point into the old text, and the change may have fixed the name), or the names in its bylines changed.
 */
export function batchLintAffected(before: Pick<ArticleRow, 'byline' | 'text' | 'batchWarnings'>, after: Pick<ArticleRecord, 'byline' | 'text'>): boolean {
  if (before.batchWarnings.length > 0) return true;
  const names = (a: Pick<ArticleRecord, 'byline' | 'text'>) => namesInArticle(a.byline, a.text).map((n) => `${n.role}\u0000${n.name}`).join('\u0001');
  return names(before) !== names(after);
}

/** Everything to show for an article: its text's own lint and the batch's, by position as lintText orders them. */
export function articleWarnings(a: Pick<ArticleRow, 'warnings' | 'batchWarnings'>): Warning[] {
  // A stable sort: at one place the text's own warnings stay first.
  return [...a.warnings, ...a.batchWarnings].sort((x, y) => (x.range?.start ?? 0) - (y.range?.start ?? 0));
}
