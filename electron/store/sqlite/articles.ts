import type { ArticleSummary } from '../../../shared/api/contract';
import type { ExportArticle } from '../../../shared/export/types';
import type { ArticleKind, ArticleStatus, Edit, Masthead, Warning } from '../../../shared/model/types';
import type { Db } from '../database';
import type { ArticleFilter, ArticlePatch, ArticleRecord, ArticleRepo, ArticleRow, ArticleText, NewArticle, RemovedReason } from '../repositories';
import { articleWhere, limitClause } from './article-filter';
import { fromJson, toJson } from './json';

interface ArticleDbRow {
  id: number;
  page_id: number;
  ord: number;
  kind: ArticleKind;
  kicker: string | null;
  headline: string;
  subtitle: string | null;
  byline: string | null;
  subheads_json: string;
  ocr_raw: string;
  ocr_text: string;
  auto_text: string;
  edits_json: string;
  text: string;
  revision: number;
  status: ArticleStatus;
  flag_note: string | null;
  approved_at: string | null;
  approved_by: string | null;
  warnings_json: string;
  warning_count: number;
  removed: RemovedReason | null;
  created_at: string;
  updated_at: string;
}

interface JoinedRow extends ArticleDbRow {
  batch_id: number;
  file: string;
  date: string | null;
  paper: string | null;
  meta_json: string | null;
  sections_json: string;
}

type ExportRow = Pick<ArticleDbRow, 'id' | 'ord' | 'kind' | 'kicker' | 'headline' | 'subtitle' | 'byline' | 'text' | 'status' | 'approved_at' | 'approved_by'> &
  Pick<JoinedRow, 'file' | 'date' | 'paper' | 'sections_json'>;

interface FullRow extends JoinedRow {
  batch_warnings_json: string;
}

const FROM = 'FROM articles a JOIN pages p ON p.id = a.page_id JOIN batches b ON b.id = p.batch_id';
const SECTIONS = `(SELECT json_group_array(t.name ORDER BY at.rowid) FROM article_tags at JOIN tags t ON t.id = at.tag_id
                   WHERE at.article_id = a.id) AS sections_json`;
const JOINED = `p.batch_id, p.file, COALESCE(p.date, b.date) AS date, COALESCE(json_extract(p.meta_json, '$.paper'), b.paper) AS paper,
                p.meta_json, ${SECTIONS}`;
const BATCH_WARNINGS = `(SELECT json_group_array(json(bw.warning_json) ORDER BY bw.ord) FROM batch_warnings bw
                         WHERE bw.article_id = a.id) AS batch_warnings_json`;
const WARNING_COUNT = '(a.warning_count + (SELECT COUNT(*) FROM batch_warnings bw WHERE bw.article_id = a.id)) AS warning_count';
// Exports leave out the wide columns (OCR texts, edits, warnings): selecting and sorting them is most of the cost.
const EXPORTED = `a.id, a.ord, a.kind, a.kicker, a.headline, a.subtitle, a.byline, a.text, a.status, a.approved_at, a.approved_by, p.file,
                  COALESCE(p.date, b.date) AS date, COALESCE(json_extract(p.meta_json, '$.paper'), b.paper) AS paper, ${SECTIONS}`;
const ORDER = 'ORDER BY p.batch_id, p.file, p.version DESC, a.ord, a.id';

/** Column names for every patchable field; anything not listed here cannot reach SQL. */
const COLUMNS: Record<keyof ArticlePatch, (v: never) => [string, unknown][]> = {
  pageId: (v: number) => [['page_id', v]],
  ord: (v: number) => [['ord', v]],
  kind: (v: ArticleKind) => [['kind', v]],
  kicker: (v: string | null) => [['kicker', v]],
  headline: (v: string) => [['headline', v]],
  subtitle: (v: string | null) => [['subtitle', v]],
  byline: (v: string | null) => [['byline', v]],
  subheads: (v: string[]) => [['subheads_json', toJson(v)]],
  ocrRaw: (v: string) => [['ocr_raw', v]],
  ocrText: (v: string) => [['ocr_text', v]],
  autoText: (v: string) => [['auto_text', v]],
  edits: (v: Edit[]) => [['edits_json', toJson(v)]],
  text: (v: string) => [['text', v]],
  revision: (v: number) => [['revision', v]],
  status: (v: ArticleStatus) => [['status', v]],
  flagNote: (v: string | null) => [['flag_note', v]],
  approvedAt: (v: string | null) => [['approved_at', v]],
  approvedBy: (v: string | null) => [['approved_by', v]],
  warnings: (v: Warning[]) => [
    ['warnings_json', toJson(v)],
    ['warning_count', v.length],
  ],
  removed: (v: RemovedReason | null) => [['removed', v]],
  updatedAt: (v: string) => [['updated_at', v]],
};

function toRecord(r: ArticleDbRow): ArticleRecord {
  return {
    id: r.id,
    pageId: r.page_id,
    ord: r.ord,
    kind: r.kind,
    kicker: r.kicker,
    headline: r.headline,
    subtitle: r.subtitle,
    byline: r.byline,
    subheads: fromJson<string[]>(r.subheads_json) ?? [],
    ocrRaw: r.ocr_raw,
    ocrText: r.ocr_text,
    autoText: r.auto_text,
    edits: fromJson<Edit[]>(r.edits_json) ?? [],
    text: r.text,
    revision: r.revision,
    status: r.status,
    flagNote: r.flag_note,
    approvedAt: r.approved_at,
    approvedBy: r.approved_by,
    warnings: fromJson<Warning[]>(r.warnings_json) ?? [],
    removed: r.removed,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toRow(r: FullRow): ArticleRow {
  return {
    ...toRecord(r),
    batchId: r.batch_id,
    pageFile: r.file,
    date: r.date,
    paper: r.paper,
    pageMeta: fromJson<Masthead>(r.meta_json),
    sections: fromJson<string[]>(r.sections_json) ?? [],
    batchWarnings: fromJson<Warning[]>(r.batch_warnings_json) ?? [],
  };
}

function toExportArticle(r: ExportRow): ExportArticle {
  return {
    id: r.id,
    paper: r.paper,
    date: r.date,
    pageFile: r.file,
    ord: r.ord,
    kind: r.kind,
    kicker: r.kicker,
    headline: r.headline,
    subtitle: r.subtitle,
    byline: r.byline,
    sections: fromJson<string[]>(r.sections_json) ?? [],
    body: r.text,
    status: r.status,
    approvedAt: r.approved_at,
    approvedBy: r.approved_by,
  };
}

export function articleRepo(db: Db): ArticleRepo {
  const insert = db.prepare(
    `INSERT INTO articles (page_id, ord, kind, kicker, headline, subtitle, byline, subheads_json, ocr_raw, ocr_text, auto_text,
                           edits_json, text, warnings_json, warning_count, created_at, updated_at)
     VALUES (@pageId, @ord, @kind, @kicker, @headline, @subtitle, @byline, @subheads, @ocrRaw, @ocrText, @autoText,
             @edits, @text, @warnings, @warningCount, @createdAt, @updatedAt)`,
  );
  const get = db.prepare<[number], FullRow>(`SELECT a.*, ${JOINED}, ${BATCH_WARNINGS} ${FROM} WHERE a.id = ?`);
  const onPage = db.prepare<[number], ArticleDbRow>('SELECT * FROM articles WHERE page_id = ? ORDER BY ord, id');
  const setOrd = db.prepare('UPDATE articles SET ord = ? WHERE id = ?');
  const texts = db.prepare<[number], { id: number; page_id: number; byline: string | null; text: string }>(
    `SELECT a.id, a.page_id, a.byline, a.text FROM articles a JOIN pages p ON p.id = a.page_id
     WHERE p.batch_id = ? AND p.current = 1 AND a.removed IS NULL ORDER BY p.file, a.ord, a.id`,
  );

  const select = <T>(columns: string, f: ArticleFilter, paged: boolean): T[] => {
    const where = articleWhere(f);
    const limit = paged ? limitClause(f) : { sql: '', params: [] };
    return db.prepare(`SELECT ${columns} ${FROM} WHERE ${where.sql} ${ORDER} ${limit.sql}`).all(...where.params, ...limit.params) as T[];
  };

  return {
    insert: (a: NewArticle) =>
      Number(
        insert.run({
          pageId: a.pageId,
          ord: a.ord,
          kind: a.kind,
          kicker: a.kicker,
          headline: a.headline,
          subtitle: a.subtitle,
          byline: a.byline,
          subheads: toJson(a.subheads),
          ocrRaw: a.ocrRaw,
          ocrText: a.ocrText,
          autoText: a.autoText,
          edits: toJson(a.edits),
          text: a.text,
          warnings: toJson(a.warnings),
          warningCount: a.warnings.length,
          createdAt: a.createdAt,
          updatedAt: a.updatedAt,
        }).lastInsertRowid,
      ),
    get: (id) => {
      const r = get.get(id);
      return r ? toRow(r) : null;
    },
    update: (id, patch) => {
      const sets: [string, unknown][] = [];
      for (const [key, value] of Object.entries(patch) as [keyof ArticlePatch, never][]) {
        if (value !== undefined) sets.push(...COLUMNS[key](value));
      }
      if (sets.length === 0) return;
      db.prepare(`UPDATE articles SET ${sets.map(([c]) => `${c} = ?`).join(', ')} WHERE id = ?`).run(...sets.map(([, v]) => v), id);
    },
    summaries: (f): ArticleSummary[] =>
      select<JoinedRow>(
        `a.id, a.page_id, a.ord, a.kind, a.kicker, a.headline, a.status, ${WARNING_COUNT}, a.revision, a.updated_at, ${JOINED}`,
        f,
        true,
      ).map((r) => ({
        id: r.id,
        pageId: r.page_id,
        batchId: r.batch_id,
        ord: r.ord,
        kind: r.kind,
        kicker: r.kicker,
        headline: r.headline,
        status: r.status,
        warningCount: r.warning_count,
        sections: fromJson<string[]>(r.sections_json) ?? [],
        pageFile: r.file,
        date: r.date,
        revision: r.revision,
        updatedAt: r.updated_at,
      })),
    rows: (f) => select<FullRow>(`a.*, ${JOINED}, ${BATCH_WARNINGS}`, f, true).map(toRow),
    forExport: (f) => select<ExportRow>(EXPORTED, f, true).map(toExportArticle),
    count: (f) => {
      const where = articleWhere(f);
      return (db.prepare(`SELECT COUNT(*) AS n ${FROM} WHERE ${where.sql}`).get(...where.params) as { n: number }).n;
    },
    onPage: (pageId) => onPage.all(pageId).map(toRecord),
    reorder: (ids) => ids.forEach((id, i) => setOrd.run(i + 1, id)),
    texts: (batchId): ArticleText[] => texts.all(batchId).map((r) => ({ id: r.id, pageId: r.page_id, byline: r.byline, text: r.text })),
  };
}
