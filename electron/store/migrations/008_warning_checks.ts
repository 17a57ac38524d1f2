// A warning a person has checked (who, when), per article, keyed by the warning's rule and the text it is about
// (shared/lint/warning.ts warningKey), so the mark stays while the warning does.
export const up = `
CREATE TABLE warning_checks (
  article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  key         TEXT NOT NULL,
  checked_by  TEXT NOT NULL,
  checked_at  TEXT NOT NULL,
  PRIMARY KEY (article_id, key)
);
`;
