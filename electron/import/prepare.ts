// One file's bytes to a page ready to write: decoded, hashed and analysed. Pure CPU work, so it can run in the
// import's own thread or in an analysis worker (analysis-pool.ts) while the import thread writes.
import { createHash } from 'node:crypto';
import { packEdits, type PackedEdits } from '../../shared/model/edits-codec';
import { isLayoutFile, LayoutError, readLayout, type PageLayout } from '../../shared/layout';
import type { AnalyzedArticle, AnalyzedPage, Bilingual, LineBox } from '../../shared/model/types';
import { ImageRefused } from '../scans/images';
import { DecodeError, decodePage } from './decode';
import { SourceError } from './sources';

export type Analyze = (text: string, options: { sections?: string[]; layout?: readonly (LineBox | null)[] }) => AnalyzedPage;

/** An analysed article as the import writes it, its edits packed: a string passes between threads far cheaper. */
export type PreparedArticle = Omit<AnalyzedArticle, 'edits'> & { edits: PackedEdits };

export interface PreparedPage {
  text: string;
  encoding: string;
  /** SHA-256 of the decoded text (of a layout file: of the page text read from it). */
  hash: string;
  /** The boxes of the page's lines, for a page read from a layout file. */
  layout: PageLayout | null;
  page: Omit<AnalyzedPage, 'articles'> & { articles: PreparedArticle[] };
}

/** Prepares a file's bytes, or rejects with an error whose reason `reasonOf` gives. */
export type PreparePage = (bytes: Uint8Array, file: string, sections: string[]) => Promise<PreparedPage>;

/** A file the import refuses, for a reason given in both languages. */
export class RefusedFile extends Error {
  constructor(
    readonly file: string,
    readonly reason: Bilingual,
  ) {
    super(`${file}: ${reason.en}`);
    this.name = 'RefusedFile';
  }
}

export function reasonOf(err: unknown): Bilingual {
  if (err instanceof DecodeError || err instanceof SourceError || err instanceof RefusedFile || err instanceof ImageRefused) return err.reason;
  const message = err instanceof Error ? err.message : String(err);
  return { zh: `无法导入：${message}`, en: `could not import: ${message}` };
}

/** A page file's text and, for a layout file, the layout read from it. */
export function readPageFile(bytes: Uint8Array, file: string): { text: string; encoding: string; layout: PageLayout | null } {
  const decoded = decodePage(bytes, file);
  if (!isLayoutFile(file)) return { ...decoded, layout: null };
  try {
    const read = readLayout(decoded.text, file);
    return { text: read.text, encoding: decoded.encoding, layout: read.layout };
  } catch (err) {
    if (err instanceof LayoutError) throw new RefusedFile(file, err.reason);
    throw err;
  }
}

export function preparePage(bytes: Uint8Array, file: string, sections: string[], analyze: Analyze): PreparedPage {
  const { text, encoding, layout } = readPageFile(bytes, file);
  return prepareText(text, encoding, layout, sections, analyze);
}

/** A page's text (and layout, if any) hashed and analysed. */
export function prepareText(text: string, encoding: string, layout: PageLayout | null, sections: string[], analyze: Analyze): PreparedPage {
  const hash = createHash('sha256').update(text, 'utf8').digest('hex');
  const page = analyze(text, layout ? { sections, layout: layout.lines } : { sections });
  return { text, encoding, hash, layout, page: { ...page, articles: page.articles.map((a) => ({ ...a, edits: packEdits(a.edits) })) } };
}

/** Preparation in this thread. */
export const prepareHere =
  (analyze: Analyze): PreparePage =>
  async (bytes, file, sections) =>
    preparePage(bytes, file, sections, analyze);
