// Corrections and dismissed suspicions.
//
// - `corrections`: every substitution a proofreader's text holds against the cleaning rules' text (OCR string →
//   fix, with a little context), per article and paper. An article's rows are replaced whenever its text
//   changes, so they always describe the text as it stands; `by_suggestion` says the fix was accepted from a
//   suggestion rather than typed. The paper's rows are its confusion counts and its error series.
// - `suspicion_dismissals`: a suspicion the proofreader rejected, for that article, by its string, proposal and
//   context (so it stays dismissed when the text changes elsewhere).
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
`;
