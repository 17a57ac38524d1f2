// Batch warnings: what lint finds only across the pages of a batch (a masthead field that disagrees with the
// other pages, one name spelled two ways). Recomputed whole for a batch whenever its pages change, so the rows
// are replaced, never edited. article_id is null for a warning about the page itself (its masthead).
export const up = `
CREATE TABLE batch_warnings (
  id           INTEGER PRIMARY KEY,
  batch_id     INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
  page_id      INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
  article_id   INTEGER REFERENCES articles(id) ON DELETE CASCADE,
  -- The order lint reported them in, within the batch.
  ord          INTEGER NOT NULL,
  warning_json TEXT NOT NULL
);
CREATE INDEX batch_warnings_batch ON batch_warnings (batch_id, ord);
CREATE INDEX batch_warnings_page ON batch_warnings (page_id);
CREATE INDEX batch_warnings_article ON batch_warnings (article_id);
`;
