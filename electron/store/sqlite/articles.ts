import type { ArticleSummary } from '../../../shared/api/contract';
import type { ExportArticle } from '../../../shared/export/types';
import { packEdits, unpackEdits } from '../../../shared/model/edits-codec';
import type { ArticleKind, ArticleStatus, Edit, Masthead, Warning } from '../../../shared/model/types';
import type { Db } from '../database';
import type { ArticleFilter, ArticlePatch, ArticleRecord, ArticleRepo, ArticleRow, ArticleText, NameRepo, NewArticle, RemovedReason } from '../repositories';
import { articleWhere, indexedTermCounts, limitClause } from './article-filter';
import { fromJson, toJson } from './json';
import { canOverlap } from '../../../shared/corrections/series';
import { nameWriter } from './names';
import { candidatesHolding } from './text-lookup';

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
  page_current: number;
}

const FROM = 'FROM articles a JOIN pages p ON p.id = a.page_id JOIN batches b ON b.id = p.batch_id';
// What a filter and the list order read (articleWhere never names the batch): for choosing and counting rows, where
// a batch lookup per match is a tenth of a short search's time.
const FROM_FILTERED = 'FROM articles a JOIN pages p ON p.id = a.page_id';
// The same rows walked in list order (pages by batch and file, then their articles), for a LIMIT to stop early.
const FROM_IN_ORDER = 'FROM pages p CROSS JOIN articles a ON a.page_id = p.id';
// The large columns live apart (migration 003): joined only where a caller reads them.
const FROM_WITH_TEXTS = `${FROM} JOIN article_texts t ON t.article_id = a.id`;
const ALL = 'a.*, t.text, t.ocr_text, t.ocr_raw, t.auto_text, t.edits_json, t.warnings_json';
const SECTIONS = `(SELECT json_group_array(tg.name ORDER BY at.rowid) FROM article_tags at JOIN tags tg ON tg.id = at.tag_id
                   WHERE at.article_id = a.id) AS sections_json`;
const JOINED = `p.batch_id, p.file, p.date AS date, COALESCE(json_extract(p.meta_json, '$.paper'), b.paper) AS paper,
                p.meta_json, ${SECTIONS}`;
const BATCH_WARNINGS = `(SELECT json_group_array(json(bw.warning_json) ORDER BY bw.ord) FROM batch_warnings bw
                         WHERE bw.article_id = a.id) AS batch_warnings_json`;
// Name-variant findings count for the spellings the article uses, either side of the pair, while it is live on a current page.
const NAME_FINDINGS = `(CASE WHEN a.removed IS NULL AND p.current = 1 THEN
    (SELECT COUNT(*) FROM article_names n JOIN name_findings f ON f.batch_id = n.batch_id AND f.role = n.role AND f.name = n.name WHERE n.article_id = a.id) +
    (SELECT COUNT(*) FROM article_names n JOIN name_findings f ON f.batch_id = n.batch_id AND f.role = n.role AND f.other = n.name WHERE n.article_id = a.id)
  ELSE 0 END)`;
const WARNING_COUNT = `(a.warning_count + (SELECT COUNT(*) FROM batch_warnings bw WHERE bw.article_id = a.id) + ${NAME_FINDINGS}) AS warning_count`;
// Exports leave out the wide columns (OCR texts, edits, warnings): selecting and sorting them is most of the cost.
const EXPORTED = `a.id, a.ord, a.kind, a.kicker, a.headline, a.subtitle, a.byline, t.text, a.status, a.approved_at, a.approved_by, p.file,
                  p.date AS date, COALESCE(json_extract(p.meta_json, '$.paper'), b.paper) AS paper, ${SECTIONS}`;
const ORDER = 'ORDER BY p.batch_id, p.file, p.version DESC, a.ord, a.id';
// How often the string bound twice here occurs in t.text, without overlaps.
const OCCURRENCES = `(length(t.text) - length(replace(t.text, ?, ''))) / length(?)`;

type Table = 'articles' | 'article_texts';
type Assignment = [table: Table, column: string, value: unknown];

/** Table and column for every patchable field; anything not listed here cannot reach SQL. */
const COLUMNS: Record<keyof ArticlePatch, (v: never) => Assignment[]> = {
  pageId: (v: number) => [['articles', 'page_id', v]],
  ord: (v: number) => [['articles', 'ord', v]],
  kind: (v: ArticleKind) => [['articles', 'kind', v]],
  kicker: (v: string | null) => [['articles', 'kicker', v]],
  headline: (v: string) => [['articles', 'headline', v]],
  subtitle: (v: string | null) => [['articles', 'subtitle', v]],
  byline: (v: string | null) => [['articles', 'byline', v]],
  subheads: (v: string[]) => [['articles', 'subheads_json', toJson(v)]],
  ocrRaw: (v: string) => [['article_texts', 'ocr_raw', v]],
  ocrText: (v: string) => [['article_texts', 'ocr_text', v]],
  autoText: (v: string) => [['article_texts', 'auto_text', v]],
  edits: (v: Edit[]) => [['article_texts', 'edits_json', packEdits(v)]],
  text: (v: string) => [['article_texts', 'text', v]],
  revision: (v: number) => [['articles', 'revision', v]],
  status: (v: ArticleStatus) => [['articles', 'status', v]],
  flagNote: (v: string | null) => [['articles', 'flag_note', v]],
  approvedAt: (v: string | null) => [['articles', 'approved_at', v]],
  approvedBy: (v: string | null) => [['articles', 'approved_by', v]],
  warnings: (v: Warning[]) => [
    ['article_texts', 'warnings_json', toJson(v)],
    ['articles', 'warning_count', v.length],
  ],
  removed: (v: RemovedReason | null) => [['articles', 'removed', v]],
  updatedAt: (v: string) => [['articles', 'updated_at', v]],
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
    edits: unpackEdits(r.edits_json),
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

function toRow(r: FullRow, names: NameRepo): ArticleRow {
  const stored = fromJson<Warning[]>(r.batch_warnings_json) ?? [];
  const live = r.removed === null && r.page_current === 1;
  let batchWarnings: Warning[] | undefined;
  return {
    ...toRecord(r),
    batchId: r.batch_id,
    pageFile: r.file,
    date: r.date,
    paper: r.paper,
    pageMeta: fromJson<Masthead>(r.meta_json),
    sections: fromJson<string[]>(r.sections_json) ?? [],
    // Built on first read, not with the row: a common name's warnings take a few queries, and most readers
    // (a save checking the base revision, a status change) never look at them.
    get batchWarnings() {
      return (batchWarnings ??= live ? [...stored, ...names.warnings(r.id, r.text)] : stored);
    },
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

export function articleRepo(db: Db, names: NameRepo): ArticleRepo {
  const writeNames = nameWriter(db);
  const insert = db.prepare(
    `INSERT INTO articles (page_id, ord, kind, kicker, headline, subtitle, byline, subheads_json, warning_count, created_at, updated_at)
     VALUES (@pageId, @ord, @kind, @kicker, @headline, @subtitle, @byline, @subheads, @warningCount, @createdAt, @updatedAt)`,
  );
  const insertTexts = db.prepare(
    `INSERT INTO article_texts (article_id, text, ocr_text, ocr_raw, auto_text, edits_json, warnings_json)
     VALUES (@id, @text, @ocrText, @ocrRaw, @autoText, @edits, @warnings)`,
  );
  const get = db.prepare<[number], FullRow>(`SELECT ${ALL}, ${JOINED}, ${BATCH_WARNINGS}, p.current AS page_current ${FROM_WITH_TEXTS} WHERE a.id = ?`);
  const nameSource = db.prepare<[number], { byline: string | null; text: string }>(
    'SELECT a.byline, t.text FROM articles a JOIN article_texts t ON t.article_id = a.id WHERE a.id = ?',
  );
  const onPage = db.prepare<[number], ArticleDbRow>(
    `SELECT ${ALL} FROM articles a JOIN article_texts t ON t.article_id = a.id WHERE a.page_id = ? ORDER BY a.ord, a.id`,
  );
  const readings = db.prepare<[number], Pick<ArticleDbRow, 'id' | 'page_id' | 'kicker' | 'headline' | 'subtitle' | 'text' | 'revision' | 'status' | 'removed'> & { sections_json: string }>(
    `SELECT a.id, a.page_id, a.kicker, a.headline, a.subtitle, t.text, a.revision, a.status, a.removed, ${SECTIONS}
     FROM articles a JOIN pages p ON p.id = a.page_id JOIN article_texts t ON t.article_id = a.id
     WHERE p.batch_id = ? AND p.current = 1 ORDER BY p.id, a.ord, a.id`,
  );
  const setOrd = db.prepare('UPDATE articles SET ord = ? WHERE id = ?');
  // Revisions, tags, texts, names, statistics and the search queue go with the articles (ON DELETE CASCADE).
  const deleteOnPage = db.prepare('DELETE FROM articles WHERE page_id = ?');
  const texts = db.prepare<[number], { id: number; page_id: number; byline: string | null; text: string }>(
    `SELECT a.id, a.page_id, a.byline, t.text FROM articles a JOIN pages p ON p.id = a.page_id JOIN article_texts t ON t.article_id = a.id
     WHERE p.batch_id = ? AND p.current = 1 AND a.removed IS NULL ORDER BY p.file, a.ord, a.id`,
  );

  // The paper as lists name it: the page's masthead, else the batch's.
  const OF_PAPER = `${FROM} WHERE a.status = 'approved' AND a.removed IS NULL AND COALESCE(json_extract(p.meta_json, '$.paper'), b.paper) = ?`;
  const approvedOfPaper = db.prepare<[string], { text: string; byline: string | null }>(
    `SELECT t.text, a.byline ${OF_PAPER.replace(FROM, FROM_WITH_TEXTS)} ORDER BY a.id`,
  );
  const approvedStamp = db.prepare<[string], { n: number; at: string | null }>(`SELECT COUNT(*) AS n, MAX(a.approved_at) AS at ${OF_PAPER}`);
  // Every text change moves the article's revision on, and adding or removing articles changes the count.
  const textsStamp = db.prepare<[number], { n: number; revisions: number | null; last: number | null }>(
    `SELECT COUNT(*) AS n, SUM(a.revision) AS revisions, MAX(a.id) AS last FROM articles a JOIN pages p ON p.id = a.page_id
     WHERE p.batch_id = ? AND p.current = 1 AND a.removed IS NULL`,
  );

  // The trigram index's token instances, per article and column (a connection's own view of it, not stored).
  db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.article_search_instances USING fts5vocab(main, article_search, instance)');
  const instancesInText = db
    .prepare<[string, number], number>(
      `SELECT COUNT(*) FROM temp.article_search_instances v JOIN articles a ON a.id = v.doc JOIN pages p ON p.id = a.page_id
       WHERE v.term = ? AND v.col = 'text' AND p.batch_id = ? AND p.current = 1 AND a.removed IS NULL
         AND v.doc NOT IN (SELECT article_id FROM search_pending)`,
    )
    .pluck();
  // A string of 4 to 6 characters is its first trigram with its last n - 3 positions further on: the two cover it.
  const pairsInText = db
    .prepare<[string, number, string, number], number>(
      `WITH x AS MATERIALIZED (SELECT doc, "offset" FROM temp.article_search_instances WHERE term = ? AND col = 'text'),
            y AS MATERIALIZED (SELECT doc, "offset" - ? AS "offset" FROM temp.article_search_instances WHERE term = ? AND col = 'text')
       SELECT COUNT(*) FROM x JOIN y ON y.doc = x.doc AND y."offset" = x."offset" JOIN articles a ON a.id = x.doc JOIN pages p ON p.id = a.page_id
       WHERE p.batch_id = ? AND p.current = 1 AND a.removed IS NULL AND x.doc NOT IN (SELECT article_id FROM search_pending)`,
    )
    .pluck();
  const countInTexts = db
    .prepare<[string, string, number, string], number>(
      // CROSS JOIN keeps the queue the outer loop: planned from the batch's pages, every article of the batch is visited.
      `SELECT COALESCE(SUM(${OCCURRENCES}), 0) FROM search_pending q CROSS JOIN articles a ON a.id = q.article_id JOIN pages p ON p.id = a.page_id
       JOIN article_texts t ON t.article_id = a.id WHERE p.batch_id = ? AND p.current = 1 AND a.removed IS NULL AND instr(t.text, ?) > 0`,
    )
    .pluck();

  const articleCount = db.prepare<[], number>('SELECT COUNT(*) FROM articles').pluck();
  /**
   * Whether a page of search results is found faster by walking the list in order until the page is full than by
   * sorting every match. Sorting costs per match (~2.5 µs here), the walk per article passed (~0.27 µs) and passes
   * about articles × wanted / matches of them: the walk pays once matches² ≥ 0.1 × wanted × articles (for 200 hits
   * on 28,000 articles, from ~750 matches; a common 2-character word has thousands). Counted by the index, the
   * rarest term bounding the matches.
   */
  const inListOrder = (f: ArticleFilter): boolean => {
    const counts = indexedTermCounts(f.q);
    if (counts.length === 0 || f.limit === undefined) return false;
    const matches = Math.min(...counts.map((c) => db.prepare<[string], number>(c.sql).pluck().get(c.param)!));
    return matches * matches >= 0.1 * (f.limit + (f.offset ?? 0)) * articleCount.get()!;
  };

  const select = <T extends { id: number }>(columns: string, from: string, f: ArticleFilter): T[] => {
    const where = articleWhere(f);
    if (f.limit === undefined && f.offset === undefined) return db.prepare(`SELECT ${columns} ${from} WHERE ${where.sql} ${ORDER}`).all(...where.params) as T[];
    // One page of a longer list: its ids first, so the columns (and their subqueries) are read for that page only
    // rather than for every match before sorting.
    const limit = limitClause(f);
    const ids = db.prepare(`SELECT a.id ${inListOrder(f) ? FROM_IN_ORDER : FROM_FILTERED} WHERE ${where.sql} ${ORDER} ${limit.sql}`).pluck().all(...where.params, ...limit.params) as number[];
    const rows = db.prepare(`SELECT ${columns} ${from} WHERE a.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as T[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id)!);
  };

  return {
    insert: (a: NewArticle) => {
      const id = Number(
        insert.run({
          pageId: a.pageId,
          ord: a.ord,
          kind: a.kind,
          kicker: a.kicker,
          headline: a.headline,
          subtitle: a.subtitle,
          byline: a.byline,
          subheads: toJson(a.subheads),
          warningCount: a.warnings.length,
          createdAt: a.createdAt,
          updatedAt: a.updatedAt,
        }).lastInsertRowid,
      );
      insertTexts.run({
        id,
        text: a.text,
        ocrText: a.ocrText,
        ocrRaw: a.ocrRaw,
        autoText: a.autoText,
        edits: typeof a.edits === 'string' ? a.edits : packEdits(a.edits),
        warnings: toJson(a.warnings),
      });
      writeNames(id, a.byline, a.text);
      return id;
    },
    get: (id) => {
      const r = get.get(id);
      return r ? toRow(r, names) : null;
    },
    update: (id, patch) => {
      const sets: Assignment[] = [];
      for (const [key, value] of Object.entries(patch) as [keyof ArticlePatch, never][]) {
        if (value !== undefined) sets.push(...COLUMNS[key](value));
      }
      for (const table of ['articles', 'article_texts'] as const) {
        const mine = sets.filter(([t]) => t === table);
        if (mine.length === 0) continue;
        const key = table === 'articles' ? 'id' : 'article_id';
        db.prepare(`UPDATE ${table} SET ${mine.map(([, c]) => `${c} = ?`).join(', ')} WHERE ${key} = ?`).run(...mine.map(([, , v]) => v), id);
      }
      if (patch.text !== undefined || patch.byline !== undefined || patch.pageId !== undefined) {
        const source = nameSource.get(id);
        if (source) writeNames(id, source.byline, source.text);
      }
    },
    summaries: (f): ArticleSummary[] =>
      select<JoinedRow>(
        `a.id, a.page_id, a.ord, a.kind, a.kicker, a.headline, a.status, ${WARNING_COUNT}, a.revision, a.updated_at, ${JOINED}`,
        FROM,
        f,
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
    rows: (f) => select<FullRow>(`${ALL}, ${JOINED}, ${BATCH_WARNINGS}, p.current AS page_current`, FROM_WITH_TEXTS, f).map((r) => toRow(r, names)),
    forExport: (f) => select<ExportRow>(EXPORTED, FROM_WITH_TEXTS, f).map(toExportArticle),
    count: (f) => {
      const where = articleWhere(f);
      return (db.prepare(`SELECT COUNT(*) AS n ${FROM_FILTERED} WHERE ${where.sql}`).get(...where.params) as { n: number }).n;
    },
    onPage: (pageId) => onPage.all(pageId).map(toRecord),
    readings: (batchId) =>
      readings.all(batchId).map((r) => ({
        id: r.id,
        pageId: r.page_id,
        kicker: r.kicker,
        headline: r.headline,
        subtitle: r.subtitle,
        text: r.text,
        revision: r.revision,
        status: r.status,
        removed: r.removed,
        sections: fromJson<string[]>(r.sections_json) ?? [],
      })),
    reorder: (ids) => ids.forEach((id, i) => setOrd.run(i + 1, id)),
    deleteOnPage: (pageId) => void deleteOnPage.run(pageId),
    texts: (batchId): ArticleText[] => texts.all(batchId).map((r) => ({ id: r.id, pageId: r.page_id, byline: r.byline, text: r.text })),
    textsHolding: (batchId, needles): ArticleText[] => {
      if (needles.length === 0) return [];
      const c = candidatesHolding(needles);
      const rows = db
        .prepare<unknown[], { id: number; page_id: number; byline: string | null; text: string }>(
          `SELECT a.id, a.page_id, a.byline, t.text FROM articles a JOIN pages p ON p.id = a.page_id JOIN article_texts t ON t.article_id = a.id
           WHERE p.batch_id = ? AND p.current = 1 AND a.removed IS NULL AND (${needles.map(() => 'instr(t.text, ?) > 0').join(' OR ')})
           ${c.sql === null ? '' : `AND a.id IN (${c.sql})`} ORDER BY p.file, a.ord, a.id`,
        )
        .all(batchId, ...needles, ...c.params);
      return rows.map((r) => ({ id: r.id, pageId: r.page_id, byline: r.byline, text: r.text }));
    },
    countIn: (batchId, needle) => {
      // A string of three characters is one token of the trigram index, whose instances count it without reading a
      // text (4 to 6, two tokens at their distance): exactly, when it has no letter case (the index folds case) and
      // cannot overlap itself (the index counts every position). Queued articles, not in the index or stale there,
      // are counted from their text.
      const chars = Array.from(needle);
      if (chars.length >= 3 && chars.length <= 6 && needle.toLowerCase() === needle.toUpperCase() && !canOverlap(needle)) {
        const queued = countInTexts.get(needle, needle, batchId, needle)!;
        if (chars.length === 3) return instancesInText.get(needle, batchId)! + queued;
        // Every place the first trigram stands with the last one n - 3 on is one of the string (it cannot overlap
        // itself, so replace() counts those too): a common byline's thousands are not read text by text.
        return pairsInText.get(chars.slice(0, 3).join(''), chars.length - 3, chars.slice(-3).join(''), batchId)! + queued;
      }
      const c = candidatesHolding([needle]);
      // Counted in SQL: bringing each text into JavaScript to count it there is most of the time for a common string.
      return db
        .prepare<unknown[], number>(
          `SELECT COALESCE(SUM(${OCCURRENCES}), 0) FROM articles a JOIN pages p ON p.id = a.page_id JOIN article_texts t ON t.article_id = a.id
           WHERE p.batch_id = ? AND p.current = 1 AND a.removed IS NULL AND instr(t.text, ?) > 0
           ${c.sql === null ? '' : `AND a.id IN (${c.sql})`}`,
        )
        .pluck()
        .get(needle, needle, batchId, needle, ...c.params)!;
    },
    approvedOfPaper: (paper) => approvedOfPaper.all(paper),
    textsStamp: (batchId) => {
      const r = textsStamp.get(batchId)!;
      return `${r.n}:${r.revisions ?? 0}:${r.last ?? 0}`;
    },
    approvedStamp: (paper) => {
      const r = approvedStamp.get(paper)!;
      return `${r.n}:${r.at ?? ''}`;
    },
  };
}
