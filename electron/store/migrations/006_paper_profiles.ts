// Paper profiles: what proofreaders taught Galley about a paper (running heads to set apart, section labels),
// one row per paper (`paper:<name>`) or, for pages that never name their paper, per batch (`batch:<id>`).
// The rules are one JSON document: they are read and written whole, a few dozen at most.
export const up = `
CREATE TABLE paper_profiles (
  key        TEXT PRIMARY KEY,
  paper      TEXT,
  rules_json TEXT NOT NULL DEFAULT '[]',
  updated_at TEXT NOT NULL
);
`;
