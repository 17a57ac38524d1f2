// Segmentation history: each split, merge, paragraph move or noise mark of a page, with the state of every
// article it touched as it was before, so the step can be undone (latest first) without losing what came after.
export const up = `
CREATE TABLE segment_steps (
  id          INTEGER PRIMARY KEY,
  page_id     INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
  op          TEXT NOT NULL CHECK (op IN ('split', 'merge', 'move', 'noise')),
  author      TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  -- The touched articles before the step (records and sections), and the articles the step created.
  before_json TEXT NOT NULL,
  created_json TEXT NOT NULL,
  -- Each touched article's revision right after the step: an undo refuses once one of them moved on.
  after_json  TEXT NOT NULL,
  undone_at   TEXT
);
CREATE INDEX segment_steps_page ON segment_steps (page_id, id);
`;
