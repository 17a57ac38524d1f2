import Database from 'better-sqlite3';
import fc from 'fast-check';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { bulkTransaction, openDatabase, schemaVersion, StoreVersionError } from './database';
import { MIGRATIONS } from './migrations';
import type { Warning } from '../../shared/model/types';
import type { Store } from './repositories';
import { openStore } from './store';
import { openTempStore, tempDir, type TempStore } from './testing';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

function temp(): TempStore {
  const t = openTempStore();
  cleanups.push(t.dispose);
  return t;
}

function freshPath(): string {
  const dir = tempDir();
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'galley.db');
}

const warning = (rule: string, excerpt: string, start: number | null = null): Warning => ({
  rule,
  message: { zh: `提示 ${excerpt}`, en: `note ${excerpt}` },
  excerpt,
  range: start === null ? null : { start, end: start + excerpt.length },
  severity: 'warning',
});

/** One batch, one page, and the given articles (headline, text, ocr). */
function seed(store: Store, articles: { headline: string; text: string; ocr?: string }[]): number[] {
  const now = '2024-01-01T00:00:00.000Z';
  const batch = store.batches.create('b', now);
  const pageId = store.pages.insert({
    batchId: batch.id,
    file: 'p.txt',
    hash: `h${Math.random()}`,
    encoding: 'utf-8',
    version: 1,
    text: '',
    meta: null,
    date: null,
    dateSource: null,
    noise: [],
    importedAt: now,
  });
  return articles.map((a, i) =>
    store.articles.insert({
      pageId,
      ord: i + 1,
      kind: 'news',
      kicker: null,
      headline: a.headline,
      subtitle: null,
      byline: null,
      subheads: [],
      ocrRaw: a.ocr ?? a.text,
      ocrText: a.ocr ?? a.text,
      autoText: a.text,
      edits: [],
      text: a.text,
      warnings: [],
      createdAt: now,
      updatedAt: now,
    }),
  );
}

describe('openStore', () => {
  it('opens in WAL mode with synchronous=FULL, foreign keys and the latest schema', () => {
    const path = freshPath();
    const db = openDatabase(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)!.version);
    db.close();
  });

  it('keeps data across reopening and does not migrate twice', () => {
    const path = freshPath();
    const a = openStore(path);
    a.settings.set('reviewer', '张三');
    a.close();
    const b = openStore(path);
    expect(b.settings.get('reviewer')).toBe('张三');
    b.close();
  });

  it('refuses a database from a newer version and leaves it untouched', () => {
    const path = freshPath();
    openStore(path).close();
    const raw = new Database(path);
    raw.pragma('user_version = 99');
    raw.close();
    expect(() => openStore(path)).toThrow(StoreVersionError);
    expect(() => openStore(path)).toThrow(`newer Galley (schema version 99; this version knows up to ${MIGRATIONS.at(-1)!.version})`);
    const check = new Database(path);
    expect(check.pragma('user_version', { simple: true })).toBe(99);
    check.close();
  });

  it('applies later migrations in order, and a failing one leaves the previous version', () => {
    const path = freshPath();
    openDatabase(path).close();
    const known = MIGRATIONS.at(-1)!.version;
    const next = [...MIGRATIONS, { version: known + 1, name: 'notes', up: 'CREATE TABLE notes (id INTEGER PRIMARY KEY);' }];
    const db = openDatabase(path, next);
    expect(schemaVersion(db)).toBe(known + 1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'notes'").get()).toBeTruthy();
    db.close();
    const broken = [...next, { version: known + 2, name: 'broken', up: 'CREATE TABLE extra (id INTEGER); CREATE TABLE oops (' }];
    expect(() => openDatabase(path, broken)).toThrow();
    const after = openDatabase(path, next);
    expect(schemaVersion(after)).toBe(known + 1);
    expect(after.prepare("SELECT name FROM sqlite_master WHERE name = 'extra'").get()).toBeUndefined();
    after.close();
  });

  it('has FTS5 with the trigram tokenizer', () => {
    const { store } = temp();
    expect(store.integrityCheck()).toBe('ok');
    const db = new Database(':memory:');
    expect(() => db.exec("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'trigram')")).not.toThrow();
    db.close();
  });
});

describe('article search', () => {
  it('falls back to LIKE for terms shorter than 3 characters', () => {
    const { store } = temp();
    const [a, b] = seed(store, [
      { headline: '镇海', text: '补贴。' },
      { headline: '嘉兴', text: '入会 50%。' },
    ]);
    const ids = (q: string) => store.articles.summaries({ q }).map((s) => s.id);
    expect(ids('镇海')).toEqual([a]);
    expect(ids('入')).toEqual([b]);
    // LIKE wildcards in the query are literal characters.
    expect(ids('%')).toEqual([b]);
    expect(ids('_')).toEqual([]);
  });

  it('answers 2-character terms from the bigram index, queued or indexed, without reading the texts', () => {
    const { store, path } = temp();
    const [a, b, c] = seed(store, [
      { headline: '镇海发放补贴', text: '记者张浩呈报道，职工。', ocr: '记者张浩呈报道,职工。' },
      { headline: '嘉兴', text: '入会 AB 计划 50%。', ocr: '入会 AB 计划 50%。' },
      { headline: '别的', text: '没有这些字。', ocr: '没有这些字。' },
    ]);
    const ids = (q: string) => store.articles.summaries({ q }).map((s) => s.id);
    const expectations = () => {
      expect(ids('浩呈')).toEqual([a]);
      expect(ids('补贴')).toEqual([a]);
      expect(ids('报道')).toEqual([a]);
      expect(ids('ab')).toEqual([b]);
      expect(ids('50')).toEqual([b]);
      expect(ids('呈报 职工')).toEqual([a]);
      // Across punctuation or a space the pair is not a token: LIKE still finds it.
      expect(ids('道，')).toEqual([a]);
      expect(ids('这些')).toEqual([c]);
      expect(ids('张报')).toEqual([]);
    };
    expectations();
    expect(store.searchIndex.indexNext(10)).toBe(3);
    expectations();
    // Indexed, the texts are not read: with them blanked behind the index's back, the index alone still answers.
    const raw = new Database(path);
    raw.exec("DROP TRIGGER article_texts_reindex; UPDATE article_texts SET text = '', ocr_text = '' WHERE article_id = 1");
    raw.close();
    expect(ids('浩呈')).toEqual([a]);
    expect(ids('职工')).toEqual([a]);
  });

  it('finds the batch texts holding a string through the search index, queued or indexed', () => {
    const { store, path } = temp();
    const [a, b] = seed(store, [
      { headline: '一', text: '职工人会后享受补贴。' },
      { headline: '二', text: '新职工人会仪式。' },
      { headline: '三', text: '没有这些字。' },
    ]);
    const batchId = store.batches.list()[0]!.id;
    const holding = (needles: string[]) => store.articles.textsHolding(batchId, needles).map((t) => t.id);
    expect(holding(['工人会'])).toEqual([a, b]);
    expect(holding(['人会后', '会仪式'])).toEqual([a, b]);
    expect(store.searchIndex.indexNext(10)).toBe(3);
    expect(holding(['人会后'])).toEqual([a]);
    expect(holding(['人会'])).toEqual([a, b]);
    // Indexed, only the index's candidates are read: a text blanked behind its back is no longer a candidate's.
    const raw = new Database(path);
    raw.exec("DROP TRIGGER article_texts_reindex; UPDATE article_texts SET text = '新职工入会仪式。' WHERE article_id = " + b);
    raw.close();
    expect(holding(['工人会'])).toEqual([a]);
    expect(holding(['工入会'])).toEqual([]);
  });

  it('counts a string in the batch texts, queued or indexed, without overlaps', () => {
    const { store } = temp();
    const [, b] = seed(store, [
      { headline: '工人会', text: '工人会，工人会员。人人人', ocr: '工人会工人会' },
      { headline: '二', text: '新职工人会仪式。' },
      { headline: '三', text: '没有这些字。' },
    ]);
    const batchId = store.batches.list()[0]!.id;
    const counts = () => ['工人会', '人会', '人人', '人人人', '入会'].map((s) => store.articles.countIn(batchId, s));
    // The headline and the OCR text are not the text: their strings are not counted.
    expect(counts()).toEqual([3, 3, 1, 1, 0]);
    store.searchIndex.indexNext(10);
    expect(counts()).toEqual([3, 3, 1, 1, 0]);
    // An edited text waits for the index again, and is counted as it now reads.
    store.articles.update(b!, { text: '工人会工人会' });
    expect(counts()).toEqual([4, 4, 1, 1, 0]);
    store.searchIndex.indexNext(10);
    expect(counts()).toEqual([4, 4, 1, 1, 0]);
  });

  it('counts strings of 3 to 6 characters through the trigram index as replace() counts them in the texts', () => {
    const chars = fc.constantFrom('工', '人', '会', '员', '，', ' ', 'A');
    const text = fc.array(chars, { maxLength: 40 }).map((c) => c.join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), fc.array(fc.array(chars, { minLength: 3, maxLength: 6 }), { minLength: 1, maxLength: 8 }), (texts, cut) => {
        const { store, dispose } = openTempStore();
        const ids = seed(store, texts.map((t, i) => ({ headline: `标题${i}`, text: t, ocr: t })));
        const batchId = store.batches.list()[0]!.id;
        // Strings cut from the texts too, so most needles occur.
        const needles = [...cut.map((c) => c.join('')), ...texts.filter((t) => t.length >= 6).map((t) => t.slice(1, 6))];
        const expected = needles.map((n) => texts.reduce((sum, t) => sum + t.split(n).length - 1, 0));
        const counts = () => needles.map((n) => store.articles.countIn(batchId, n));
        expect(counts()).toEqual(expected);
        store.searchIndex.indexNext(ids.length);
        expect(counts()).toEqual(expected);
        dispose();
      }),
      { numRuns: 60 },
    );
  });

  it('pages search results in list order, for common terms (walked in order) and rare ones (sorted) alike', () => {
    const { store } = temp();
    const ids = seed(store, Array.from({ length: 40 }, (_, i) => ({ headline: `标题${i}`, text: i === 7 ? '职工之家。' : i % 3 === 0 ? '别的。' : '工会开会。' })));
    store.searchIndex.indexNext(100);
    for (const q of ['工会', '职工', '开会 工会']) {
      const all = store.articles.summaries({ q }).map((a) => a.id);
      const paged = [0, 4, 8, 12, 16, 20, 24, 28].flatMap((offset) => store.articles.summaries({ q, limit: 4, offset }).map((a) => a.id));
      expect(paged, q).toEqual(all);
    }
    expect(store.articles.summaries({ q: '职工', limit: 4 }).map((a) => a.id)).toEqual([ids[7]]);
    expect(store.articles.summaries({ q: '工会', limit: 4, offset: 24 }).map((a) => a.id)).toEqual(ids.filter((_, i) => i !== 7 && i % 3 !== 0).slice(24, 28));
  });

  it('requires every whitespace-separated term and treats query syntax as text', () => {
    const { store } = temp();
    const [a] = seed(store, [
      { headline: '镇海为职工发放补贴', text: '总工会 "AND" 决定。' },
      { headline: '镇海新闻', text: '别的内容。' },
    ]);
    const ids = (q: string) => store.articles.summaries({ q }).map((s) => s.id);
    // Queued (read directly), then through the FTS index, where query syntax could bite.
    for (const indexed of [false, true]) {
      if (indexed) store.searchIndex.indexNext(10);
      expect(ids('镇海 发放补贴'), `indexed: ${indexed}`).toEqual([a]);
      expect(ids('"AND"'), `indexed: ${indexed}`).toEqual([a]);
      expect(ids('NOT OR'), `indexed: ${indexed}`).toEqual([]);
    }
  });

  it('follows text updates', () => {
    const { store } = temp();
    const [a] = seed(store, [{ headline: '标题', text: '旧的正文内容。', ocr: '原来的识别文字。' }]);
    store.articles.update(a!, { text: '新的正文内容。' });
    expect(store.articles.summaries({ q: '旧的正' })).toEqual([]);
    expect(store.articles.summaries({ q: '新的正' }).map((s) => s.id)).toEqual([a]);
  });
});

describe('the search index queue', () => {
  it('finds 3+ character substrings of headline, text and OCR text the same while queued and once indexed', () => {
    const { store } = temp();
    const [a, b, c] = seed(store, [
      { headline: '镇海为职工发放补贴', text: '宁波市镇海区总工会召开会议。' },
      { headline: '产改进行时', text: '嘉兴推进新业态建会入会。' },
      { headline: '别的标题', text: '改正后的文字。', ocr: '改正前的交字。' },
    ]);
    const ids = (q: string) => store.articles.summaries({ q }).map((s) => s.id);
    const queries = { 发放补贴: [a], 新业态建: [b], 前的交: [c], 产改进行: [b], 不存在的: [] };
    expect(store.searchIndex.pending()).toBe(3);
    for (const [q, expected] of Object.entries(queries)) expect(ids(q)).toEqual(expected);
    expect(store.searchIndex.indexNext(2)).toBe(2);
    expect(store.searchIndex.pending()).toBe(1);
    for (const [q, expected] of Object.entries(queries)) expect(ids(q)).toEqual(expected);
    expect(store.searchIndex.indexNext(10)).toBe(1);
    expect(store.searchIndex.indexNext(10)).toBe(0);
    for (const [q, expected] of Object.entries(queries)) expect(ids(q)).toEqual(expected);
  });

  it('queues an edited text or headline again instead of re-indexing it in the save, and forgets the old words', () => {
    const { store } = temp();
    const [indexed, queued] = seed(store, [
      { headline: '第一篇标题', text: '旧的正文内容。', ocr: '识别的第一篇。' },
      { headline: '第二篇标题', text: '另一段旧文字。', ocr: '识别的第二篇。' },
    ]);
    store.searchIndex.indexNext(1);
    store.articles.update(indexed!, { text: '新的正文内容。' });
    store.articles.update(queued!, { headline: '改过的标题', text: '另一段新文字。' });
    expect(store.searchIndex.pending()).toBe(2);
    const ids = (q: string) => store.articles.summaries({ q }).map((s) => s.id);
    const expectations = () => {
      expect(ids('旧的正')).toEqual([]);
      expect(ids('新的正')).toEqual([indexed]);
      expect(ids('段旧文')).toEqual([]);
      expect(ids('段新文')).toEqual([queued]);
      expect(ids('二篇标')).toEqual([]);
      expect(ids('改过的')).toEqual([queued]);
      expect(ids('识别的')).toEqual([indexed, queued]);
    };
    expectations();
    expect(store.searchIndex.indexNext(10)).toBe(2);
    expectations();
  });
});

describe('batch warnings', () => {

  it('are counted with the text’s own warnings, kept in order, and page-level ones shown on the page', () => {
    const { store } = temp();
    const [a, b] = seed(store, [
      { headline: '甲', text: '记者张浩呈报道 甲。' },
      { headline: '乙', text: '乙。' },
    ]);
    const { batchId, pageId } = store.articles.get(a!)!;
    store.articles.update(a!, { warnings: [warning('stray-latin', 'x', 5)] });
    const name = warning('name-variant', '张浩呈', 2);
    const site = warning('masthead-mismatch', 'www.zjgrbb.com');
    store.batches.replaceWarnings(batchId, [
      { pageId, articleId: null, warning: site },
      { pageId, articleId: a!, warning: name },
    ]);
    expect(store.articles.get(a!)).toMatchObject({ warnings: [warning('stray-latin', 'x', 5)], batchWarnings: [name] });
    expect(store.articles.get(b!)!.batchWarnings).toEqual([]);
    expect(store.articles.rows({ batchId }).map((r) => r.batchWarnings.length)).toEqual([1, 0]);
    expect(store.articles.summaries({ batchId }).map((r) => r.warningCount)).toEqual([2, 0]);
    expect(store.pages.list(batchId).map((p) => p.warnings)).toEqual([[site]]);
    expect(store.batches.warnings(batchId)).toEqual([
      { pageId, articleId: null, warning: site },
      { pageId, articleId: a!, warning: name },
    ]);

    store.batches.replaceWarnings(batchId, [{ pageId, articleId: b!, warning: name }]);
    expect(store.batches.warnings(batchId)).toEqual([{ pageId, articleId: b!, warning: name }]);
    expect(store.articles.summaries({ batchId }).map((r) => r.warningCount)).toEqual([1, 1]);
    expect(store.pages.list(batchId)[0]!.warnings).toEqual([]);
  });

  it('keep each article’s byline names with its writes, counting uses of live articles on current pages only', () => {
    const { store } = temp();
    const [a, b, c] = seed(store, [
      { headline: '甲', text: '本报讯 记者张浩呈 报道 甲。' },
      { headline: '乙', text: '乙。' },
      { headline: '丙', text: '丙。' },
    ]);
    const { batchId, pageId } = store.articles.get(a!)!;
    expect(store.names.of(a!)).toEqual([{ role: '记者', name: '张浩呈' }]);
    store.articles.update(b!, { byline: '记者张浩星' });
    store.articles.update(c!, { text: '记者张浩星报道 丙。' });
    expect(store.names.of(c!)).toEqual([{ role: '记者', name: '张浩星' }]);
    expect(store.names.nearby(batchId, '记者', '张浩呈')).toEqual(['张浩星']);
    expect(store.names.nearby(batchId, '记者', '张浩')).toEqual([]);
    expect(store.names.holders(batchId, '记者', '张浩星').sort()).toEqual([b, c].sort());
    store.articles.update(b!, { removed: 'noise' });
    expect(store.names.holders(batchId, '记者', '张浩星')).toEqual([c]);
    expect(store.names.pagesOf(batchId, '记者', '张浩星')).toEqual(new Set([pageId]));
    store.articles.update(c!, { text: '丙。' });
    expect(store.names.of(c!)).toEqual([]);
    store.pages.supersede(pageId);
    expect(store.names.spellingsInBatch(batchId)).toEqual([]);
    expect(store.names.holders(batchId, '记者', '张浩呈')).toEqual([]);
  });

  it('arrive by migration in a database written before them, which keeps its data', () => {
    const path = freshPath();
    const v1 = openDatabase(path, MIGRATIONS.slice(0, 1));
    v1.exec(`INSERT INTO batches (id, name, created_at) VALUES (1, 'b', 't');
             INSERT INTO pages (id, batch_id, file, hash, encoding, version, text, imported_at) VALUES (1, 1, 'p.txt', 'h', 'utf-8', 1, '', 't');
             INSERT INTO articles (id, page_id, ord, kind, headline, ocr_raw, ocr_text, auto_text, text, warnings_json, warning_count, created_at, updated_at)
             VALUES (1, 1, 1, 'news', '甲', '甲。', '甲。', '甲。', '甲。', '${JSON.stringify([warning('truncated-ending', '甲。')])}', 1, 't', 't');`);
    v1.close();
    const store = openStore(path);
    cleanups.push(() => store.close());
    expect(store.articles.get(1)).toMatchObject({ headline: '甲', warnings: [warning('truncated-ending', '甲。')], batchWarnings: [] });
    expect(store.articles.summaries({})[0]!.warningCount).toBe(1);
    expect(store.pages.list(1)[0]!.warnings).toEqual([]);
    expect(store.integrityCheck()).toBe('ok');
  });
});

describe('migration 15 (live articles index)', () => {
  it('indexes the articles of a database written before it, and the name uses are read through it', () => {
    const path = freshPath();
    const v14 = openDatabase(path, MIGRATIONS.slice(0, 14));
    const article = (id: number, removed: string | null) =>
      `INSERT INTO articles (id, page_id, ord, kind, headline, removed, created_at, updated_at) VALUES (${id}, 1, ${id}, 'news', '题', ${removed === null ? 'NULL' : `'${removed}'`}, 't', 't');
       INSERT INTO article_texts (article_id, text, ocr_text, ocr_raw, auto_text) VALUES (${id}, '记者张浩呈', '', '', '');
       INSERT INTO article_names (article_id, batch_id, role, name) VALUES (${id}, 1, '记者', '张浩呈');`;
    v14.exec(`INSERT INTO batches (id, name, created_at) VALUES (1, 'b', 't');
              INSERT INTO pages (id, batch_id, file, hash, encoding, version, text, imported_at) VALUES (1, 1, 'p.txt', 'h', 'utf-8', 1, '', 't');
              ${article(1, null)} ${article(2, 'noise')} ${article(3, null)}`);
    v14.close();
    const store = openStore(path);
    cleanups.push(() => store.close());
    expect(store.names.holders(1, '记者', '张浩呈')).toEqual([1, 3]);
    const raw = new Database(path, { readonly: true });
    cleanups.push(() => raw.close());
    expect(raw.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(15);
    const plan = raw.prepare("EXPLAIN QUERY PLAN SELECT removed, page_id FROM articles INDEXED BY articles_live WHERE id = 1").all() as { detail: string }[];
    expect(plan.map((r) => r.detail)).toEqual(['SEARCH articles USING COVERING INDEX articles_live (id=?)']);
    expect(store.integrityCheck()).toBe('ok');
  });
});

describe('migration 3 (articles split, background search index)', () => {
  it('keeps every article with its texts, revisions, tags and batch warnings, and queues all for indexing', () => {
    const path = freshPath();
    const v2 = openDatabase(path, MIGRATIONS.slice(0, 2));
    const edits = [{ rule: 'punct-fullwidth', start: 1, end: 2, before: ',', after: '，', reason: { zh: '全角', en: 'full-width' } }];
    v2.exec(`INSERT INTO batches (id, name, created_at) VALUES (1, 'b', 't');
             INSERT INTO pages (id, batch_id, file, hash, encoding, version, text, imported_at) VALUES (1, 1, 'p.txt', 'h', 'utf-8', 1, '', 't');
             INSERT INTO articles (id, page_id, ord, kind, headline, ocr_raw, ocr_text, auto_text, edits_json, text, revision, status, warnings_json,
                                   warning_count, created_at, updated_at)
             VALUES (7, 1, 1, 'news', '镇海发放补贴', '甲,乙\n丙', '甲,乙丙', '甲，乙丙', '${JSON.stringify(edits)}', '甲，乙丙改过了', 2, 'editing',
                     '${JSON.stringify([warning('truncated-ending', '丙')])}', 1, 't', 'u');
             INSERT INTO revisions (article_id, seq, author, created_at, text, origin) VALUES (7, 1, 'Galley', 't', '甲，乙丙', 'import'),
                                                                                      (7, 2, '校对', 'u', '甲，乙丙改过了', 'edit');
             INSERT INTO tags (id, name) VALUES (1, '产改进行时');
             INSERT INTO article_tags (article_id, tag_id) VALUES (7, 1);
             INSERT INTO batch_warnings (batch_id, page_id, article_id, ord, warning_json)
             VALUES (1, 1, 7, 1, '${JSON.stringify(warning('masthead-mismatch', '乙'))}');`);
    v2.close();

    const store = openStore(path);
    cleanups.push(() => store.close());
    expect(store.articles.get(7)).toMatchObject({
      headline: '镇海发放补贴',
      ocrRaw: '甲,乙\n丙',
      ocrText: '甲,乙丙',
      autoText: '甲，乙丙',
      edits,
      text: '甲，乙丙改过了',
      revision: 2,
      status: 'editing',
      warnings: [warning('truncated-ending', '丙')],
      sections: ['产改进行时'],
      batchWarnings: [warning('masthead-mismatch', '乙')],
    });
    expect(store.revisions.list(7).map((r) => r.text)).toEqual(['甲，乙丙', '甲，乙丙改过了']);
    expect(store.articles.summaries({})[0]!.warningCount).toBe(2);
    expect(store.searchIndex.pending()).toBe(1);
    expect(store.articles.summaries({ q: '丙改过' }).map((s) => s.id)).toEqual([7]);
    expect(store.searchIndex.indexNext(100)).toBe(1);
    expect(store.articles.summaries({ q: '丙改过' }).map((s) => s.id)).toEqual([7]);
    expect(store.articles.summaries({ q: '发放补' }).map((s) => s.id)).toEqual([7]);
    expect(store.integrityCheck()).toBe('ok');
  });
});

describe('transactions', () => {
  it('roll back everything written when the function throws', () => {
    const { store } = temp();
    expect(() =>
      store.transaction(() => {
        store.batches.create('x', 'now');
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(store.batches.findByName('x')).toBeNull();
  });

  it('in bulk commit unflushed and without checkpoints, then restore full durability, whatever happens', () => {
    const db = openDatabase(freshPath());
    cleanups.push(() => db.close());
    db.exec('CREATE TABLE t (x INTEGER)');
    const settings = () => [db.pragma('synchronous', { simple: true }), db.pragma('wal_autocheckpoint', { simple: true })];
    expect(settings()).toEqual([2, 1000]);
    let inside: unknown[] = [];
    bulkTransaction(db, () => {
      inside = settings();
      db.exec('INSERT INTO t VALUES (1)');
    });
    expect(inside).toEqual([1, 0]);
    expect(settings()).toEqual([2, 1000]);
    expect(() =>
      bulkTransaction(db, () => {
        db.exec('INSERT INTO t VALUES (2)');
        throw new Error('half-way');
      }),
    ).toThrow('half-way');
    expect(settings()).toEqual([2, 1000]);
    // Inside another transaction it is a savepoint of it, and leaves the settings alone.
    db.transaction(() => {
      bulkTransaction(db, () => db.exec('INSERT INTO t VALUES (3)'));
      expect(settings()).toEqual([2, 1000]);
    }).immediate();
    expect(db.prepare('SELECT x FROM t ORDER BY x').pluck().all()).toEqual([1, 3]);
  });
});

describe('tags', () => {
  it('look up an id by exact name, following renames and merges', () => {
    const { store } = temp();
    const [a] = seed(store, [{ headline: '甲', text: '正文。' }]);
    const news = store.tags.create('要闻');
    const opinion = store.tags.create('评论');
    store.tags.assign(a!, news.id);
    expect(store.tags.idByName('要闻')).toBe(news.id);
    expect(store.tags.idByName('评论')).toBe(opinion.id);
    expect(store.tags.idByName('要')).toBeNull();
    expect(store.tags.idByName('要闻 ')).toBeNull();

    store.tags.rename(news.id, '头版');
    expect(store.tags.idByName('要闻')).toBeNull();
    expect(store.tags.idByName('头版')).toBe(news.id);

    store.tags.merge(news.id, opinion.id);
    expect(store.tags.idByName('头版')).toBeNull();
    expect(store.tags.sectionsOf(a!)).toEqual(['评论']);
  });
});
