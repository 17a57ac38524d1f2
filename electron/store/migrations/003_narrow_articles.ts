// Articles split in two, page text moved to the end of its row, and the search index kept up in the background.
//
// - `articles` keeps what lists, filters and sorts read (≈200 bytes a row); the large texts, edits and warnings
//   move to `article_texts`, one row per article. Lists over thousands of search hits no longer read kilobytes
//   of text per hit.
// - `pages` is rebuilt with its text last, for the same reason.
// - The FTS index becomes contentless (nothing is read back from it; matching ids are all we ask) with
//   contentless_delete, so a row can be dropped by rowid alone, whatever text it was indexed with.
// - New articles are queued in `search_pending` instead of being indexed inside the import's transaction
//   (trigram indexing costs more than writing the article itself); the search indexer works the queue off when
//   the store is idle, and searches read queued articles' text directly until then. Text and headline updates
//   re-index at once, so an edit is never waiting in the queue.
//
// Runs with foreign keys off (see database.ts): `articles` and `pages` are rebuilt, and dropping the old table must not
// cascade into revisions, tags and batch warnings. Every article already stored is queued for indexing.
export const up = `
DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TABLE articles_fts;

CREATE TABLE articles_narrow (
  id            INTEGER PRIMARY KEY,
  page_id       INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
  ord           INTEGER NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('news', 'photo', 'editor-note')),
  status        TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'editing', 'flagged', 'approved')),
  revision      INTEGER NOT NULL DEFAULT 1,
  warning_count INTEGER NOT NULL DEFAULT 0,
  -- Set apart by a person: marked as noise (restorable) or merged into another article.
  removed       TEXT CHECK (removed IN ('noise', 'merged')),
  kicker        TEXT,
  headline      TEXT NOT NULL,
  subtitle      TEXT,
  byline        TEXT,
  subheads_json TEXT NOT NULL DEFAULT '[]',
  flag_note     TEXT,
  approved_at   TEXT,
  approved_by   TEXT,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
INSERT INTO articles_narrow (id, page_id, ord, kind, status, revision, warning_count, removed, kicker, headline, subtitle, byline,
                             subheads_json, flag_note, approved_at, approved_by, created_at, updated_at)
  SELECT id, page_id, ord, kind, status, revision, warning_count, removed, kicker, headline, subtitle, byline,
         subheads_json, flag_note, approved_at, approved_by, created_at, updated_at FROM articles;

CREATE TABLE article_texts (
  article_id    INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  -- The newest revision's text, kept here for search, lint and export. First, with the OCR text: what a text
  -- search reads comes before the rest of the row.
  text          TEXT NOT NULL,
  ocr_text      TEXT NOT NULL,
  ocr_raw       TEXT NOT NULL,
  auto_text     TEXT NOT NULL,
  edits_json    TEXT NOT NULL DEFAULT '[]',
  warnings_json TEXT NOT NULL DEFAULT '[]'
);
INSERT INTO article_texts (article_id, text, ocr_text, ocr_raw, auto_text, edits_json, warnings_json)
  SELECT id, text, ocr_text, ocr_raw, auto_text, edits_json, warnings_json FROM articles;

DROP TABLE articles;
ALTER TABLE articles_narrow RENAME TO articles;

-- Pages keep their text, but last: the columns lists read (file, dates, masthead) come before it in the row.
CREATE TABLE pages_reordered (
  id          INTEGER PRIMARY KEY,
  batch_id    INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
  file        TEXT NOT NULL,
  -- SHA-256 of the decoded, LF-normalised text: the same content in another encoding is a duplicate.
  hash        TEXT NOT NULL UNIQUE,
  encoding    TEXT NOT NULL,
  version     INTEGER NOT NULL,
  -- 1 for the newest version of (batch, file); older versions keep their articles but leave the lists.
  current     INTEGER NOT NULL DEFAULT 1 CHECK (current IN (0, 1)),
  date        TEXT,
  imported_at TEXT NOT NULL,
  meta_json   TEXT,
  noise_json  TEXT NOT NULL DEFAULT '[]',
  text        TEXT NOT NULL,
  UNIQUE (batch_id, file, version)
);
INSERT INTO pages_reordered (id, batch_id, file, hash, encoding, version, current, date, imported_at, meta_json, noise_json, text)
  SELECT id, batch_id, file, hash, encoding, version, current, date, imported_at, meta_json, noise_json, text FROM pages;
DROP TABLE pages;
ALTER TABLE pages_reordered RENAME TO pages;
CREATE INDEX pages_batch ON pages (batch_id, current, file);
CREATE INDEX articles_page ON articles (page_id, ord);
CREATE INDEX articles_status ON articles (status);

-- Trigram FTS over headline, current text and OCR text: Chinese substrings of 3+ characters match.
CREATE VIRTUAL TABLE article_search USING fts5 (
  headline, text, ocr_text,
  content = '', contentless_delete = 1, tokenize = 'trigram'
);

-- Articles not indexed yet.
CREATE TABLE search_pending (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE
);
INSERT INTO search_pending (article_id) SELECT id FROM articles;

CREATE TRIGGER article_texts_queue AFTER INSERT ON article_texts BEGIN
  INSERT OR IGNORE INTO search_pending (article_id) VALUES (new.article_id);
END;
CREATE TRIGGER article_texts_reindex AFTER UPDATE OF text, ocr_text ON article_texts BEGIN
  DELETE FROM article_search WHERE rowid = new.article_id;
  INSERT INTO article_search (rowid, headline, text, ocr_text)
    SELECT a.id, a.headline, new.text, new.ocr_text FROM articles a WHERE a.id = new.article_id;
  DELETE FROM search_pending WHERE article_id = new.article_id;
END;
CREATE TRIGGER articles_reindex AFTER UPDATE OF headline ON articles BEGIN
  DELETE FROM article_search WHERE rowid = new.id;
  INSERT INTO article_search (rowid, headline, text, ocr_text)
    SELECT new.id, new.headline, t.text, t.ocr_text FROM article_texts t WHERE t.article_id = new.id;
  DELETE FROM search_pending WHERE article_id = new.id;
END;
CREATE TRIGGER articles_unindex AFTER DELETE ON articles BEGIN
  DELETE FROM article_search WHERE rowid = old.id;
END;
`;
