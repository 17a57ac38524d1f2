// The first schema. Text columns hold ISO timestamps; *_json columns hold JSON written by the repositories.
export const up = `
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE batches (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  -- From the first page with a masthead: the date and paper of pages that have none.
  date       TEXT,
  paper      TEXT
);

CREATE TABLE pages (
  id          INTEGER PRIMARY KEY,
  batch_id    INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
  file        TEXT NOT NULL,
  -- SHA-256 of the decoded, LF-normalised text: the same content in another encoding is a duplicate.
  hash        TEXT NOT NULL UNIQUE,
  encoding    TEXT NOT NULL,
  version     INTEGER NOT NULL,
  -- 1 for the newest version of (batch, file); older versions keep their articles but leave the lists.
  current     INTEGER NOT NULL DEFAULT 1 CHECK (current IN (0, 1)),
  text        TEXT NOT NULL,
  meta_json   TEXT,
  date        TEXT,
  noise_json  TEXT NOT NULL DEFAULT '[]',
  imported_at TEXT NOT NULL,
  UNIQUE (batch_id, file, version)
);
CREATE INDEX pages_batch ON pages (batch_id, current, file);

CREATE TABLE articles (
  id            INTEGER PRIMARY KEY,
  page_id       INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
  ord           INTEGER NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('news', 'photo', 'editor-note')),
  kicker        TEXT,
  headline      TEXT NOT NULL,
  subtitle      TEXT,
  byline        TEXT,
  subheads_json TEXT NOT NULL DEFAULT '[]',
  ocr_raw       TEXT NOT NULL,
  ocr_text      TEXT NOT NULL,
  auto_text     TEXT NOT NULL,
  edits_json    TEXT NOT NULL DEFAULT '[]',
  -- The newest revision's text, kept here for search and lists.
  text          TEXT NOT NULL,
  revision      INTEGER NOT NULL DEFAULT 1,
  status        TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'editing', 'flagged', 'approved')),
  flag_note     TEXT,
  approved_at   TEXT,
  approved_by   TEXT,
  warnings_json TEXT NOT NULL DEFAULT '[]',
  warning_count INTEGER NOT NULL DEFAULT 0,
  -- Set apart by a person: marked as noise (restorable) or merged into another article.
  removed       TEXT CHECK (removed IN ('noise', 'merged')),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE INDEX articles_page ON articles (page_id, ord);
CREATE INDEX articles_status ON articles (status);

CREATE TABLE revisions (
  id         INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL,
  author     TEXT NOT NULL,
  created_at TEXT NOT NULL,
  text       TEXT NOT NULL,
  origin     TEXT NOT NULL CHECK (origin IN ('import', 'edit', 'restore', 'replace', 'segment')),
  UNIQUE (article_id, seq)
);

CREATE TABLE tags (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);

CREATE TABLE article_tags (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  tag_id     INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  PRIMARY KEY (article_id, tag_id)
);
CREATE INDEX article_tags_tag ON article_tags (tag_id);

CREATE TABLE exports (
  id             INTEGER PRIMARY KEY,
  created_at     TEXT NOT NULL,
  format         TEXT NOT NULL,
  count          INTEGER NOT NULL,
  path           TEXT NOT NULL,
  selection_json TEXT NOT NULL
);

-- Trigram FTS over headline, current text and OCR text: Chinese substrings of 3+ characters match.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
  headline, text, ocr_text,
  content = 'articles', content_rowid = 'id', tokenize = 'trigram'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, headline, text, ocr_text) VALUES (new.id, new.headline, new.text, new.ocr_text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, headline, text, ocr_text) VALUES ('delete', old.id, old.headline, old.text, old.ocr_text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF headline, text, ocr_text ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, headline, text, ocr_text) VALUES ('delete', old.id, old.headline, old.text, old.ocr_text);
  INSERT INTO articles_fts (rowid, headline, text, ocr_text) VALUES (new.id, new.headline, new.text, new.ocr_text);
END;
`;
