// Name-variant findings kept incrementally (issue 12): batch lint used to relint the whole batch on a save and
// store one warning per article per spelling, each listing every page file of the other spelling — 72 MB for a
// 3,000-page batch, seconds per save.
//
// - `article_names`: the byline names of every article (namesInArticle), written with the article and its text
//   edits, so a save knows which spellings it added or dropped without reading the batch. Whether a use counts
//   (live article, current page) is read through the joins, so removal and new page versions need no rewrite.
// - `name_findings`: one row per pair of spellings found to be one name misread, in code-point order. The
//   warnings on the articles using them are built when an article is read, from the pair and the uses.
// - Name-variant rows leave `batch_warnings` (it keeps the page-level masthead warnings); every batch is queued
//   in `name_backfill` for its names to be read from the stored texts when the store next opens.
// - An edited text or headline leaves the full-text index and waits in its queue like a new article, instead of
//   being re-indexed inside the save (trigram indexing a long article, and the index merges it sets off, took
//   a save past 100 ms); searches read queued articles' text directly, so results do not change.
export const up = `
DROP TRIGGER article_texts_reindex;
CREATE TRIGGER article_texts_reindex AFTER UPDATE OF text, ocr_text ON article_texts BEGIN
  DELETE FROM article_search WHERE rowid = new.article_id;
  INSERT OR IGNORE INTO search_pending (article_id) VALUES (new.article_id);
END;
DROP TRIGGER articles_reindex;
CREATE TRIGGER articles_reindex AFTER UPDATE OF headline ON articles BEGIN
  DELETE FROM article_search WHERE rowid = new.id;
  INSERT OR IGNORE INTO search_pending (article_id) VALUES (new.id);
END;

CREATE TABLE article_names (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  batch_id   INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
  role       TEXT NOT NULL,
  name       TEXT NOT NULL,
  PRIMARY KEY (article_id, role, name)
) WITHOUT ROWID;
CREATE INDEX article_names_spelling ON article_names (batch_id, role, name);

-- Each spelling once per masked position (张浩呈 under 记者 as *浩呈, 张*呈, 张浩*): spellings one character
-- apart share a key, so a changed name finds its candidates by key rather than by reading every name of the batch.
CREATE TABLE name_keys (
  batch_id INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
  role     TEXT NOT NULL,
  key      TEXT NOT NULL,
  name     TEXT NOT NULL,
  PRIMARY KEY (batch_id, role, key, name)
) WITHOUT ROWID;

CREATE TABLE name_findings (
  batch_id INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
  role     TEXT NOT NULL,
  name     TEXT NOT NULL,
  other    TEXT NOT NULL CHECK (name < other),
  PRIMARY KEY (batch_id, role, name, other)
) WITHOUT ROWID;
CREATE INDEX name_findings_other ON name_findings (batch_id, role, other);

CREATE TABLE name_backfill (batch_id INTEGER PRIMARY KEY REFERENCES batches(id) ON DELETE CASCADE);
INSERT INTO name_backfill (batch_id) SELECT id FROM batches;
DELETE FROM batch_warnings WHERE article_id IS NOT NULL AND warning_json ->> '$.rule' = 'name-variant';
`;
