import { ARTICLE_STATUSES } from '../model/types';
import type { ExportArticle, ExportManifest } from './types';

export interface ManifestInfo {
  /** The Galley version that wrote the export. */
  version: string;
  /** ISO timestamp of the export. */
  exportedAt: string;
}

/** Summarise what an export holds: papers, dates and pages in first-seen order (dates sorted), counts. */
export function buildManifest(articles: readonly ExportArticle[], info: ManifestInfo): ExportManifest {
  const papers = new Set<string>();
  const dates = new Set<string>();
  const pages = new Set<string>();
  const byStatus: Record<string, number> = Object.fromEntries(ARTICLE_STATUSES.map((s) => [s, 0]));
  for (const a of articles) {
    if (a.paper) papers.add(a.paper);
    if (a.date) dates.add(a.date);
    pages.add(a.pageFile);
    byStatus[a.status] = (byStatus[a.status] ?? 0) + 1;
  }
  return {
    generator: 'Galley',
    version: info.version,
    exportedAt: info.exportedAt,
    papers: [...papers],
    dates: [...dates].sort(),
    pages: [...pages],
    count: articles.length,
    byStatus,
  };
}

/**
 * The article as JSON and JSONL carry it: a fixed key order, every field present (null when absent), so
 * consumers can rely on the shape.
 */
export function articleRecord(a: ExportArticle) {
  return {
    id: a.id,
    paper: a.paper,
    date: a.date,
    pageFile: a.pageFile,
    ord: a.ord,
    kind: a.kind,
    kicker: a.kicker,
    headline: a.headline,
    subtitle: a.subtitle,
    byline: a.byline,
    sections: a.sections,
    body: a.body,
    status: a.status,
    approvedAt: a.approvedAt,
    approvedBy: a.approvedBy,
  };
}
