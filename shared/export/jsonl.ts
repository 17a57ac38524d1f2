import { articleRecord } from './manifest';
import type { ExportArticle } from './types';

/** JSON Lines: one article object per line, each line ending in "\n". Newlines inside text are escaped by JSON. */
export function toJsonl(articles: readonly ExportArticle[]): string {
  return articles.map((a) => `${JSON.stringify(articleRecord(a))}\n`).join('');
}
