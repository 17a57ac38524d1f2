import type { ArticleKind, ArticleStatus } from '../model/types';

/** One article as every export format carries it. */
export interface ExportArticle {
  id: number;
  paper: string | null;
  /** ISO date of the page (masthead or batch), or null. */
  date: string | null;
  pageFile: string;
  ord: number;
  kind: ArticleKind;
  kicker: string | null;
  headline: string;
  subtitle: string | null;
  byline: string | null;
  sections: string[];
  /** Cleaned body, one paragraph per line. */
  body: string;
  status: ArticleStatus;
  approvedAt: string | null;
  approvedBy: string | null;
}

/** The manifest the JSON export starts with. */
export interface ExportManifest {
  generator: string;
  version: string;
  exportedAt: string;
  papers: string[];
  dates: string[];
  pages: string[];
  count: number;
  byStatus: Record<string, number>;
}
