// Change statistics kept per article (issue 12: stats.batch diffed every article of the batch on each call,
// 8.7 s for 22,200 articles). A row holds what changeStats adds up for one article: the OCR → current text
// counts, the hand's share (automatic → current text), each rule's share and, once approved, the error counts; stats.batch
// sums the rows in SQL. Rows are computed when first asked for and dropped by a trigger when any text they
// are computed from changes; status is read from the article, so only an approval's error counts are added.
export const up = `
CREATE TABLE article_stats (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  inserted      INTEGER NOT NULL,
  deleted       INTEGER NOT NULL,
  substituted   INTEGER NOT NULL,
  hand_inserted INTEGER NOT NULL,
  hand_deleted  INTEGER NOT NULL,
  hand_substituted INTEGER NOT NULL,
  -- The character error rate's counts (OCR text against the current text), exact and ignoring width: counted
  -- only for an article approved when its row is written (the rate pools approved articles only).
  cer_errors    INTEGER,
  cer_length    INTEGER,
  cerw_errors   INTEGER,
  cerw_length   INTEGER
);
-- Each rule's share of an article, one row per rule that changed it (summed by rule without parsing JSON).
CREATE TABLE article_rule_stats (
  article_id  INTEGER NOT NULL REFERENCES article_stats(article_id) ON DELETE CASCADE,
  rule        TEXT NOT NULL,
  inserted    INTEGER NOT NULL,
  deleted     INTEGER NOT NULL,
  substituted INTEGER NOT NULL,
  PRIMARY KEY (article_id, rule)
) WITHOUT ROWID;
-- What batch sums read of each article, so they walk an index rather than the articles' rows.
CREATE INDEX articles_page_state ON articles (page_id, removed, status);
CREATE TRIGGER article_texts_restat AFTER UPDATE OF text, ocr_text, auto_text, edits_json ON article_texts BEGIN
  DELETE FROM article_rule_stats WHERE article_id = new.article_id;
  DELETE FROM article_stats WHERE article_id = new.article_id;
END;
`;
