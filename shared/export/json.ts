import { articleRecord } from './manifest';
import type { ExportArticle, ExportManifest } from './types';

/** One JSON document: the manifest, then the articles. Text is exported as-is (JSON escaping only). */
export function toJson(articles: readonly ExportArticle[], manifest: ExportManifest): string {
  return `${JSON.stringify({ manifest, articles: articles.map(articleRecord) }, null, 2)}\n`;
}
