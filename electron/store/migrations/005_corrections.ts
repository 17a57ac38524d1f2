// Corrections and dismissed suspicions.
//
// - `corrections`: every substitution a proofreader's text holds against the cleaning rules' text (OCR string →
//   fix, with a little context), per article and paper. An article's rows are replaced whenever its text
//   changes, so they always describe the text as it stands; `by_suggestion` says the fix was accepted from a
//   suggestion rather than typed. The paper's rows are its confusion counts and its error series.
// - `suspicion_dismissals`: a suspicion the proofreader rejected, for that article, by its string, proposal and
//   context (so it stays dismissed when the text changes elsewhere).
// - The suspicion engine is too slow to run inside a request, so it runs in the background (like the search
//   index): new and changed texts wait in `suspicion_pending`, and its findings are kept with the text in
//   `article_texts.suspicions_json` (null until first computed). Every article already stored is queued.
export const up = `
CREATE TABLE corrections (
  id            INTEGER PRIMARY KEY,
  article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  -- The paper's name, '' when the page names none.
  paper         TEXT NOT NULL,
  ocr           TEXT NOT NULL,
  fix           TEXT NOT NULL,
  before        TEXT NOT NULL,
  after         TEXT NOT NULL,
  -- Where the fix stands in the article's current text.
  start         INTEGER NOT NULL,
  by_suggestion INTEGER NOT NULL DEFAULT 0 CHECK (by_suggestion IN (0, 1)),
  created_at    TEXT NOT NULL
);
CREATE INDEX corrections_paper ON corrections (paper, ocr);
CREATE INDEX corrections_article ON corrections (article_id);

CREATE TABLE suspicion_dismissals (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  key        TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (article_id, key)
);

ALTER TABLE article_texts ADD COLUMN suspicions_json TEXT;

CREATE TABLE suspicion_pending (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE
);
INSERT INTO suspicion_pending (article_id) SELECT id FROM articles WHERE removed IS NULL;

CREATE TRIGGER article_texts_suspect AFTER INSERT ON article_texts BEGIN
  INSERT OR IGNORE INTO suspicion_pending (article_id) VALUES (new.article_id);
END;
CREATE TRIGGER article_texts_resuspect AFTER UPDATE OF text ON article_texts BEGIN
  INSERT OR IGNORE INTO suspicion_pending (article_id) VALUES (new.article_id);
END;
`;
